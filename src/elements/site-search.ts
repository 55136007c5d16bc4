import type { SearchHit } from '../lib/search/rank.ts';

/**
 * `<site-search>`: the search dialog on every page. A visible button, `/` and Ctrl/Cmd-K
 * open it; the input is an ARIA combobox over a listbox of results (arrows move, Enter
 * opens, Esc closes). The search code and records load on first use, not with the page.
 */
class SiteSearch extends HTMLElement {
	#active = -1;
	#urls: string[] = [];
	#engine: typeof import('./search-engine.ts') | undefined;

	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('[data-open]');
		const dialog = this.querySelector('dialog');
		const input = this.querySelector<HTMLInputElement>('input[role="combobox"]');
		const list = this.querySelector<HTMLElement>('[role="listbox"]');
		if (!button || !dialog || !input || !list) return;
		const open = () => {
			if (!dialog.open) dialog.showModal();
			input.focus();
			input.select();
			void this.#prepare();
		};
		button.addEventListener('click', open);
		addEventListener('keydown', (event) => {
			const typing =
				event.target instanceof HTMLElement &&
				event.target.closest('input, textarea, select, [contenteditable]');
			if (
				(event.key === '/' && !typing) ||
				(event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))
			) {
				event.preventDefault();
				open();
			}
		});
		input.addEventListener('input', (event) => {
			void this.#search(input, list, event.timeStamp);
		});
		input.addEventListener('keydown', (event) => this.#keys(event, input, list));
		dialog.addEventListener('close', () => input.setAttribute('aria-expanded', 'false'));
	}

	/** The search code, the entry file and the manifest, while the reader starts typing. */
	async #prepare() {
		try {
			await (await this.#loadEngine()).prepareSearch(this.dataset.index!);
		} catch {
			// The first search asks again, and says so if it fails too.
		}
	}

	async #loadEngine() {
		// Imported once: even a loaded module's import() can wait for the next frame.
		this.#engine ??= await import('./search-engine.ts');
		return this.#engine;
	}

	async #search(input: HTMLInputElement, list: HTMLElement, typedAt: number) {
		const query = input.value;
		const status = this.querySelector('[role="status"]')!;
		const { search, renderHit } = this.#engine ?? (await this.#loadEngine());
		let hits: SearchHit[];
		try {
			hits = await search(this.dataset.index!, query, {}, 8);
		} catch (error) {
			if (input.value === query) status.textContent = `Search could not load (${String(error)}).`;
			return;
		}
		if (input.value !== query) return; // a newer keystroke has its own search
		list.replaceChildren();
		this.#urls = hits.map((hit) => hit.record.url);
		this.#active = -1;
		input.removeAttribute('aria-activedescendant');
		hits.forEach((hit, i) => {
			const option = document.createElement('li');
			option.id = `search-option-${i}`;
			option.setAttribute('role', 'option');
			option.setAttribute('aria-selected', 'false');
			renderHit(hit, option, query);
			option.addEventListener('click', () => location.assign(hit.record.url));
			list.append(option);
		});
		status.textContent =
			query.trim() === ''
				? ''
				: hits.length === 0
					? `Nothing matches “${query}”. Try fewer or other words.`
					: `${hits.length} results. Up and down to choose, Enter to open.`;
		input.setAttribute('aria-expanded', String(hits.length > 0));
		// Keystroke to results on screen, for anyone measuring (npm run bench:search does).
		performance.measure('search', { start: typedAt });
	}

	#keys(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement) {
		const options = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (options.length === 0) return;
			const step = event.key === 'ArrowDown' ? 1 : -1;
			this.#active = (this.#active + step + options.length) % options.length;
			for (const [i, option] of options.entries())
				option.setAttribute('aria-selected', String(i === this.#active));
			input.setAttribute('aria-activedescendant', options[this.#active]!.id);
			options[this.#active]!.scrollIntoView({ block: 'nearest' });
		} else if (event.key === 'Enter') {
			event.preventDefault();
			const url = this.#urls[this.#active];
			if (url) location.assign(url);
			else if (input.value.trim())
				location.assign(`${this.dataset.page}?q=${encodeURIComponent(input.value.trim())}`);
		}
	}
}

customElements.define('site-search', SiteSearch);
