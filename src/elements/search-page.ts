import type { SearchFilters, SearchHit } from '../lib/search/rank.ts';
import { renderHit, search } from './search-engine.ts';

/**
 * `<search-page>`: runs the query and filters in the page's URL (`?q=…&type=…&outlet=…&speaker=…`)
 * and lists the results, best first, in an ordered list; editing the form keeps the URL in
 * step, so a search can be shared.
 */
class SearchPage extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		const params = new URL(location.href).searchParams;
		for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]'))
			field.value = params.get(field.name) ?? '';
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#run(form);
		});
		form.addEventListener('input', (event) => void this.#run(form, event.timeStamp));
		void this.#run(form, performance.now());
	}

	async #run(form: HTMLFormElement, typedAt = performance.now()) {
		const data = new FormData(form);
		const query = String(data.get('q') ?? '');
		const filters: SearchFilters = {
			type: (String(data.get('type') ?? '') || undefined) as SearchFilters['type'],
			outlet: String(data.get('outlet') ?? '') || undefined,
			speaker: String(data.get('speaker') ?? '') || undefined,
		};
		const url = new URL(location.href);
		for (const [name, value] of data) {
			if (String(value)) url.searchParams.set(name, String(value));
			else url.searchParams.delete(name);
		}
		history.replaceState(null, '', url);
		const list = this.querySelector('ol')!;
		const status = this.querySelector('[role="status"]')!;
		if (!query.trim()) {
			list.replaceChildren();
			status.textContent = 'Type words from a claim or a quote, a name, or a number.';
			return;
		}
		let hits: SearchHit[];
		try {
			hits = await search(this.dataset.index!, query, filters, 50);
		} catch (error) {
			status.textContent = `Search could not load (${String(error)}). Reload the page to try again.`;
			return;
		}
		if (!this.#isCurrent(form, query, filters)) return; // a newer edit has its own search
		list.replaceChildren(
			...hits.map((hit) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = hit.record.url;
				renderHit(hit, link, query);
				item.append(link);
				return item;
			}),
		);
		status.textContent =
			hits.length === 0
				? `Nothing matches “${query}”${filters.type || filters.outlet || filters.speaker ? ' with these filters' : ''}. Check the spelling, use fewer words, or clear a filter.`
				: `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”, best first.`;
		performance.measure('search', { start: typedAt });
	}

	#isCurrent(form: HTMLFormElement, query: string, filters: SearchFilters): boolean {
		const now = new FormData(form);
		return (
			String(now.get('q') ?? '') === query &&
			(String(now.get('type') ?? '') || undefined) === filters.type &&
			(String(now.get('outlet') ?? '') || undefined) === filters.outlet &&
			(String(now.get('speaker') ?? '') || undefined) === filters.speaker
		);
	}
}

customElements.define('search-page', SearchPage);
