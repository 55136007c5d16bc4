/**
 * `<share-link>`: "Copy link" copies the page's address as the reader sees it, anchor and
 * query included, and says so; where the clipboard is refused it shows the address to copy
 * by hand. "Share…" appears only where the device offers the Web Share API.
 */
class ShareLink extends HTMLElement {
	connectedCallback() {
		const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
		const share = this.querySelector<HTMLButtonElement>('[data-share]');
		const status = this.querySelector<HTMLElement>('[role="status"]');
		const fallback = this.querySelector<HTMLInputElement>('input');
		if (!copy || !status || !fallback) return;
		this.hidden = false;
		copy.addEventListener('click', async () => {
			const url = location.href;
			try {
				await navigator.clipboard.writeText(url);
				fallback.hidden = true;
				status.textContent = 'Link copied.';
			} catch {
				fallback.value = url;
				fallback.hidden = false;
				fallback.select();
				status.textContent = 'Copying was refused: the link is selected, copy it from the box.';
			}
		});
		if (share && typeof navigator.share === 'function') {
			share.hidden = false;
			share.addEventListener('click', () => {
				navigator.share({ title: document.title, url: location.href }).catch(() => {
					// The reader closed the share sheet: nothing to report.
				});
			});
		}
	}
}

customElements.define('share-link', ShareLink);
