import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../../scripts/lib/dist-files.ts';

/** Each file of a built site by its path, with the sha256 of its bytes. */
export async function fingerprint(dir: string): Promise<Map<string, string>> {
	const sums = new Map<string, string>();
	for (const file of await listFiles(dir))
		sums.set(
			file,
			createHash('sha256')
				.update(await readFile(path.join(dir, file)))
				.digest('hex'),
		);
	return sums;
}
