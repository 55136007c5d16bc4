import { fileURLToPath } from 'node:url';

// A frozen copy of content/ taken on 2026-11-29: do not edit it to follow content/.
export const fixtureContentDir = fileURLToPath(new URL('../fixtures/content', import.meta.url));
