import { type BlockList, hashLength, indexPath, type SearchManifest } from './index-format.ts';
import type { IndexLoader } from './index-loader.ts';
import type { SearchRecord } from './search-records.ts';

/**
 * Reads records by number from their blocks, named by the block list once it has come
 * (`useBlockList`), else by their block tables.
 */
export function createRecordReader(meta: SearchManifest, load: IndexLoader) {
	let blockNames: BlockList | undefined;
	const { blockSize, tableSize } = meta;
	const blockOf = (number: number) => Math.floor(number / blockSize);
	const nameOf = async (block: number, ahead: boolean) =>
		blockNames?.slice(block * hashLength, (block + 1) * hashLength) ??
		(await load<string[]>(indexPath.table(meta.tables[Math.floor(block / tableSize)]!), ahead))[
			block % tableSize
		]!;

	return {
		/** Whether blocks are named by the block list yet. */
		hasBlockList: () => blockNames !== undefined,
		useBlockList(list: BlockList) {
			blockNames = list;
		},
		/** The records numbered `numbers`, in that order. */
		async recordsAt(numbers: readonly number[], ahead = false): Promise<SearchRecord[]> {
			const wanted = [...new Set(numbers.map(blockOf))];
			const blocks = new Map(
				await Promise.all(
					wanted.map(async (block) => {
						const records = await load<SearchRecord[]>(
							indexPath.block(await nameOf(block, ahead)),
							ahead,
						);
						return [block, records] as const;
					}),
				),
			);
			return numbers.map((number) => blocks.get(blockOf(number))![number % blockSize]!);
		},
	};
}
