/**
 * Reads one file of the index by its path relative to the manifest: fetch, or disk. `ahead`
 * marks a file read for a keystroke not yet typed, which a browser may fetch after others.
 */
export type IndexReader = (path: string, ahead?: boolean) => Promise<unknown>;

/** A file of the index, read at most once however often it is asked for. */
export type IndexLoader = <T>(path: string, ahead?: boolean) => Promise<T>;

/** Reads each file once through `read`, so later keystrokes mostly cost no fetch at all. */
export function createIndexLoader(read: IndexReader): IndexLoader {
	const files = new Map<string, Promise<unknown>>();
	return <T>(path: string, ahead = false): Promise<T> => {
		let file = files.get(path);
		if (!file) {
			file = read(path, ahead);
			// A failed fetch is not remembered: the next keystroke tries again.
			file.catch(() => files.delete(path));
			files.set(path, file);
		}
		return file as Promise<T>;
	};
}
