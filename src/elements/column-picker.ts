import { chosenColumns, columnsQuery, manyLayout } from '../lib/compare/column-choice.ts';

/**
 * `<column-picker>` around a many-way comparison: reads `?articles=a,b,c`, shows those
 * columns in that order, and keeps the URL in step as the reader ticks articles on and off.
 * Without JavaScript every column shows and the form is an ordinary GET form.
 */
class ColumnPicker extends HTMLElement {
	#known: string[] = [];

	connectedCallback() {
		const boxes = this.#boxes();
		this.#known = boxes.map((box) => box.value);
		const chosen = chosenColumns(new URL(location.href).searchParams.get('articles'), this.#known);
		for (const box of boxes) box.checked = chosen.includes(box.value);
		this.#apply(chosen);
		this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
		this.addEventListener('change', () => this.#update());
		this.querySelector('[data-submit]')?.setAttribute('hidden', '');
	}

	#boxes(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[name="articles"]')];
	}

	#update() {
		const url = new URL(location.href);
		const current = chosenColumns(url.searchParams.get('articles'), this.#known);
		const ticked = this.#boxes()
			.filter((box) => box.checked)
			.map((box) => box.value);
		// Keep the reader's order; newly ticked articles join at the end.
		const chosen = [
			...current.filter((id) => ticked.includes(id)),
			...ticked.filter((id) => !current.includes(id)),
		];
		const query = columnsQuery(chosen, this.#known);
		if (query === undefined || chosen.length === 0) url.searchParams.delete('articles');
		else url.searchParams.set('articles', query);
		history.replaceState(null, '', url.toString().replaceAll('%2C', ','));
		this.#apply(chosen.length > 0 ? chosen : this.#known);
	}

	/** Shows the chosen columns in order in every row of the comparison table. */
	#apply(chosen: readonly string[]) {
		const table = document.getElementById(this.dataset.table ?? '');
		if (!table) return;
		for (const row of table.querySelectorAll('tr')) {
			const cells = [...row.querySelectorAll<HTMLElement>(':scope > [data-article]')];
			const byId = new Map(cells.map((cell) => [cell.dataset.article!, cell]));
			for (const id of chosen) {
				const cell = byId.get(id);
				if (cell) row.append(cell);
			}
			for (const cell of cells) cell.hidden = !chosen.includes(cell.dataset.article!);
		}
		table.dataset.layout = manyLayout(chosen.length);
		// A claim none of the chosen articles covers has nothing to compare: hide its rows.
		for (const cells of table.querySelectorAll<HTMLElement>('tr[data-claim-cells]')) {
			const covered = chosen.filter((id) =>
				cells.querySelector(`[data-article="${id}"][data-covered]`),
			).length;
			cells.hidden = covered === 0;
			const statement = cells.previousElementSibling;
			if (!(statement instanceof HTMLElement)) continue;
			statement.hidden = covered === 0;
			const count = statement.querySelector('[data-count]');
			if (count) count.textContent = `in ${covered} of ${chosen.length}`;
		}
		const status = this.querySelector('[role="status"]');
		if (status) status.textContent = `Showing ${chosen.length} of ${this.#known.length} articles.`;
	}
}

customElements.define('column-picker', ColumnPicker);
