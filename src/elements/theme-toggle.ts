const storageKey = 'parallax-theme';

function stored(): string | null {
	try {
		return localStorage.getItem(storageKey);
	} catch {
		return null; // storage refused (private mode, settings): follow the system
	}
}

function isDark(): boolean {
	const chosen = document.documentElement.dataset.theme;
	return chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * `<theme-toggle>`: a button that switches between light and dark and remembers the
 * choice. Until a reader chooses, the system setting decides (CSS does that alone); the
 * button stays invisible until this script defines the element (global.css), so without
 * JavaScript, where it could not work, it is never shown.
 */
class ThemeToggle extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		const theme = stored();
		if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
		const show = () => button.setAttribute('aria-pressed', String(isDark()));
		show();
		button.addEventListener('click', () => {
			const next = isDark() ? 'light' : 'dark';
			document.documentElement.dataset.theme = next;
			try {
				localStorage.setItem(storageKey, next);
			} catch {
				// The choice holds for this page only.
			}
			show();
		});
	}
}

customElements.define('theme-toggle', ThemeToggle);
