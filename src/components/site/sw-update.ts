/**
 * The <sw-update> island: registers the service worker (workbox-window, loaded only after the page
 * has loaded, and only where service workers exist) and, when a new build's worker is waiting,
 * shows "Có nội dung mới" with a "Tải lại" button that switches to it and reloads. The prompt is a
 * polite live region created only then (so pages carry no empty status region), is reached with
 * Tab like any button, and never takes the focus. Without JavaScript nothing registers and nothing
 * shows: every page still works online.
 */
import { readLocation, RELOAD_LABEL, UPDATE_TEXT } from './sw-update-text.ts';

interface WaitingWorker {
	addEventListener(type: 'controlling', listener: () => void): void;
	messageSkipWaiting(): void;
}

/** Adds the prompt to `host` once (a second waiting worker reuses it). */
function showPrompt(host: HTMLElement, worker: WaitingWorker): void {
	if (host.querySelector('[role="status"]')) return;
	const region = document.createElement('div');
	region.setAttribute('role', 'status');
	region.className = 'sw-update';
	host.append(region);
	// Filled once the empty region is in the page: screen readers announce what changes in a live
	// region they already know, not always one that arrives with its text.
	requestAnimationFrame(() => {
		const text = document.createElement('span');
		text.textContent = UPDATE_TEXT;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'site-button site-button--primary';
		button.textContent = RELOAD_LABEL;
		button.addEventListener('click', () => {
			button.disabled = true;
			// The new worker takes over (clientsClaim), then the page loads again from it.
			worker.addEventListener('controlling', () => location.reload());
			worker.messageSkipWaiting();
		});
		region.append(text, ' ', button);
	});
}

async function register(host: HTMLElement, script: string, scope: string): Promise<void> {
	const { Workbox } = await import('workbox-window');
	const workbox = new Workbox(script, { scope });
	workbox.addEventListener('waiting', () => showPrompt(host, workbox));
	await workbox.register();
}

class SwUpdate extends HTMLElement {
	connectedCallback(): void {
		const where = readLocation(this.dataset);
		if (!where || !('serviceWorker' in navigator)) return;
		// After the page's own loading: the worker's precache never competes with the first view.
		const start = () => {
			register(this, where.script, where.scope).catch(() => {
				// No worker (a private window, storage refused): the site works online as before.
			});
		};
		if (document.readyState === 'complete') start();
		else window.addEventListener('load', start, { once: true });
	}
}

export function defineSwUpdate(): void {
	if (!customElements.get('sw-update')) customElements.define('sw-update', SwUpdate);
}
