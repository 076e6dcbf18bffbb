/**
 * <qr-projector>: shows one sample QR at a time, chosen by ?mau=N, switched with the buttons or the
 * arrow keys (and Page Up/Down, which presentation clickers send). Without this script every sample
 * stays listed. Nothing is stored: the URL is the only state.
 */
import { sampleFromQuery, stepSample } from './samples.ts';

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

class QrProjector extends HTMLElement {
	#current = 1;
	#count = 0;

	connectedCallback(): void {
		this.#count = Number(this.dataset['count'] ?? 0);
		if (!this.#count) return;
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-qp-js]')) hidden.hidden = false;
		this.addEventListener('click', this.#onClick);
		document.addEventListener('keydown', this.#onKey);
		document.addEventListener('fullscreenchange', this.#onFullscreen);
		this.#show(sampleFromQuery(location.search, this.#count), false);
	}

	disconnectedCallback(): void {
		document.removeEventListener('keydown', this.#onKey);
		document.removeEventListener('fullscreenchange', this.#onFullscreen);
	}

	#onClick = (event: MouseEvent): void => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-qp]');
		if (!button) return;
		const action = button.dataset['qp'];
		if (action === 'prev') this.#show(stepSample(this.#current, -1, this.#count), true);
		if (action === 'next') this.#show(stepSample(this.#current, 1, this.#count), true);
		if (action === 'fullscreen') void this.#toggleFullscreen();
	};

	#onKey = (event: KeyboardEvent): void => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		if ((event.target as Element | null)?.closest(EDITABLE)) return;
		const step =
			event.key === 'ArrowRight' || event.key === 'PageDown'
				? 1
				: event.key === 'ArrowLeft' || event.key === 'PageUp'
					? -1
					: 0;
		if (!step) return;
		event.preventDefault();
		this.#show(stepSample(this.#current, step, this.#count), true);
	};

	#onFullscreen = (): void => {
		const on = document.fullscreenElement === this;
		this.querySelector('[data-qp="fullscreen"]')?.setAttribute('aria-pressed', String(on));
	};

	async #toggleFullscreen(): Promise<void> {
		try {
			if (document.fullscreenElement) await document.exitFullscreen();
			else await this.requestFullscreen();
		} catch {
			// Full screen refused (e.g. inside an iframe): the page view still works.
		}
	}

	#show(index: number, updateUrl: boolean): void {
		this.#current = index;
		for (const item of this.querySelectorAll<HTMLElement>('[data-qp-item]')) {
			item.hidden = Number(item.dataset['qpItem']) !== index;
		}
		const counter = this.querySelector('[data-qp-counter]');
		if (counter) counter.textContent = `Thẻ mẫu ${index} / ${this.#count}`;
		if (updateUrl) {
			const url = new URL(location.href);
			url.searchParams.set('mau', String(index));
			history.replaceState(null, '', url);
		}
	}
}

if (!customElements.get('qr-projector')) customElements.define('qr-projector', QrProjector);
