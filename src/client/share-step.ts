/**
 * `<share-step>`: the "Share this step" button. Where the browser has a share sheet (the Web
 * Share API, mostly phones) it opens that; elsewhere, or if sharing fails, it copies the link
 * and says so beside the button, in a status region that screen readers announce. If the
 * clipboard is refused too, it shows the link for the reader to copy.
 */

/** How long the confirmation stays beside the button. */
const CONFIRMATION_MS = 6000;

class ShareStep extends HTMLElement {
	#timer = 0;

	connectedCallback(): void {
		const button = this.querySelector('button');
		if (!button || !this.dataset.url) return;
		button.addEventListener('click', () => void this.#share());
		this.querySelector('[data-share-link]')?.remove();
		button.hidden = false;
	}

	disconnectedCallback(): void {
		clearTimeout(this.#timer);
	}

	async #share(): Promise<void> {
		const url = new URL(this.dataset.url!, location.href).href;
		if (typeof navigator.share === 'function') {
			try {
				await navigator.share({ title: this.dataset.title ?? document.title, url });
				return;
			} catch (error) {
				// The reader closed the sheet: nothing to say. Any other failure falls back to copying.
				if (error instanceof DOMException && error.name === 'AbortError') return;
			}
		}
		try {
			await navigator.clipboard.writeText(url);
			this.#say('Link copied', url);
		} catch {
			this.#say('Copy this link:', url, true);
		}
	}

	#say(message: string, url: string, showUrl = false): void {
		const status = this.querySelector<HTMLElement>('[role="status"]');
		if (!status) return;
		status.textContent = showUrl ? `${message} ${url}` : message;
		status.dataset.url = url;
		clearTimeout(this.#timer);
		if (!showUrl) this.#timer = window.setTimeout(() => (status.textContent = ''), CONFIRMATION_MS);
	}
}

if (!customElements.get('share-step')) customElements.define('share-step', ShareStep);
