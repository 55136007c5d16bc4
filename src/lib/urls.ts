/** Site paths, in one place so links and routes cannot drift apart. Each ends with a slash. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const homeUrl = () => base;
export const storyUrl = (id: string) => `${base}stories/${id}/`;
export const articleUrl = (id: string) => `${base}articles/${id}/`;
