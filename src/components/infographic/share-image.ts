/**
 * `<share-image>`: shares the image file itself through the Web Share API where the browser can
 * share files (most Android phones: straight into Zalo or Facebook), and downloads it elsewhere.
 * The server renders the button hidden beside a download link of the same file and size; once
 * this runs, the button takes the link's place (without JavaScript the link stays).
 * The decision logic (`shareImage`) is DOM-free and unit-tested with a fake environment.
 */

export interface ShareRequest {
	src: string;
	filename: string;
	title: string;
	text: string;
}

/** What the page can do; in the browser these wrap fetch, navigator and an <a download>. */
export interface ShareEnv {
	getFile: (src: string, filename: string) => Promise<File>;
	canShare?: ((data: ShareData) => boolean) | undefined;
	share?: ((data: ShareData) => Promise<void>) | undefined;
	download: (src: string, filename: string) => void;
}

export type ShareOutcome = 'shared' | 'cancelled' | 'downloaded';

/** Shares the file when the browser can share files, else downloads it. */
export async function shareImage(request: ShareRequest, env: ShareEnv): Promise<ShareOutcome> {
	if (env.share && env.canShare) {
		try {
			const file = await env.getFile(request.src, request.filename);
			const data: ShareData = { files: [file], title: request.title, text: request.text };
			if (env.canShare(data)) {
				await env.share(data);
				return 'shared';
			}
		} catch (error) {
			// The person closed the share sheet: nothing to do.
			if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
			// Anything else (offline, not allowed): fall back to the download.
		}
	}
	env.download(request.src, request.filename);
	return 'downloaded';
}

/** Status text after an attempt (announced by the element's live region). */
export const SHARE_MESSAGES: Record<ShareOutcome, string> = {
	shared: '',
	cancelled: '',
	downloaded:
		'Máy này không chia sẻ thẳng được ảnh. Ảnh đã được tải về, hãy đăng ảnh từ thư mục Tải về.',
};

/** Registers `<share-image>` once; safe to import where there is no DOM (does nothing there). */
export function defineShareImage(): void {
	if (typeof customElements === 'undefined' || customElements.get('share-image')) return;

	class ShareImage extends HTMLElement {
		#file: Promise<File> | undefined;

		connectedCallback(): void {
			const button = this.querySelector('button');
			const fallback = this.querySelector<HTMLAnchorElement>(':scope > a[download]');
			const status = this.querySelector<HTMLElement>('[role="status"]');
			const { src, filename, title, text } = this.dataset;
			if (!button || !src || !filename) return;
			// Fetch on intent (touch/focus), so the share sheet opens while the tap still counts as one.
			const prefetch = () => {
				this.#file ??= fetch(src)
					.then((response) => {
						if (!response.ok) throw new Error(`HTTP ${response.status}`);
						return response.blob();
					})
					.then((blob) => new File([blob], filename, { type: blob.type || 'image/png' }));
				this.#file.catch(() => (this.#file = undefined));
			};
			button.addEventListener('pointerdown', prefetch);
			button.addEventListener('focus', prefetch);
			button.addEventListener('click', async () => {
				if (status) status.textContent = '';
				const outcome = await shareImage(
					{ src, filename, title: title ?? '', text: text ?? '' },
					{
						getFile: () => {
							prefetch();
							return this.#file!;
						},
						canShare: navigator.canShare?.bind(navigator),
						share: navigator.share?.bind(navigator),
						download: (href, name) => {
							const link = document.createElement('a');
							link.href = href;
							link.download = name;
							link.hidden = true;
							document.body.append(link);
							link.click();
							link.remove();
						},
					}
				);
				if (status) status.textContent = SHARE_MESSAGES[outcome];
			});
			button.hidden = false;
			if (fallback) fallback.hidden = true;
		}
	}

	customElements.define('share-image', ShareImage);
}
