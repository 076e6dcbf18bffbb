/**
 * <poster-maker>: the form, the live preview and the downloads. The server renders the form
 * hidden and a notice for readers without JavaScript; this reveals the form. The worker (satori,
 * fontkit, pdf-lib and the fonts) loads on the first touch of the form, not with the page.
 * Checks and names come from src/lib/infographics/poster.ts; nothing typed leaves the device.
 */
import type { Catalog } from '../../lib/infographics/catalog.ts';
import {
	checkUnit,
	designOptions,
	posterFileName,
	POSTER_FORMATS,
	type DesignOption,
	type PosterDesign,
	type PosterFormat,
	type PosterRequest,
	type UnitField,
	type UnitForm,
} from '../../lib/infographics/poster.ts';
import type { BlockCheck } from '../../lib/infographics/scene.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

type Pending = (response: WorkerResponse) => void;
type Ask = WorkerRequest extends infer R
	? R extends { id: number }
		? Omit<R, 'id'>
		: never
	: never;

const FIELDS: readonly UnitField[] = ['name', 'address', 'phone1', 'phone2', 'note'];

class PosterMaker extends HTMLElement {
	#worker: Worker | null = null;
	#ready: Promise<void> | null = null;
	#pending = new Map<number, Pending>();
	#nextId = 1;
	#catalog!: Catalog;
	#designs: DesignOption[] = [];
	/** Fields the person has left once: their messages show from then on. */
	#touched = new Set<UnitField>();
	/** Object URL of the preview's SVG. */
	#previewUrl: string | null = null;
	/** The SVG of the current preview, for the PNG download. */
	#current: { key: string; svg: string; width: number; height: number } | null = null;
	/** A newer request makes an older preview stale. */
	#generation = 0;
	/** Layout of the last preview: each text block, its box and what it used (tests read it). */
	layout: BlockCheck[] = [];

	connectedCallback(): void {
		this.#catalog = JSON.parse(this.dataset['catalog'] ?? '{}') as Catalog;
		this.#designs = designOptions(this.#catalog);
		this.#part('[data-pm-nojs]').hidden = true;
		this.#part('[data-pm-ui]').hidden = false;
		const form = this.#form();
		form.addEventListener('focusin', this.#start, { once: true });
		form.addEventListener('input', this.#onInput);
		form.addEventListener('change', this.#onInput);
		form.addEventListener('focusout', this.#onBlur);
		form.addEventListener('submit', (event) => event.preventDefault());
		this.addEventListener('click', this.#onClick);
		this.#syncFormats();
	}

	disconnectedCallback(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#ready = null;
		if (this.#previewUrl) URL.revokeObjectURL(this.#previewUrl);
	}

	#part<T extends HTMLElement = HTMLElement>(selector: string): T {
		const el = this.querySelector<T>(selector);
		if (!el) throw new Error(`<poster-maker> is missing ${selector}`);
		return el;
	}

	#form(): HTMLFormElement {
		return this.#part<HTMLFormElement>('form');
	}

	#value(name: string): string {
		const field = this.#form().elements.namedItem(name);
		if (field instanceof RadioNodeList) return field.value;
		return field instanceof HTMLInputElement ||
			field instanceof HTMLSelectElement ||
			field instanceof HTMLTextAreaElement
			? field.value
			: '';
	}

	#status(text: string): void {
		this.#part('[data-pm-status]').textContent = text;
	}

	// ---- Worker ------------------------------------------------------------------------------

	#start = (): void => {
		void this.#whenReady().catch(() => undefined);
	};

	#whenReady(): Promise<void> {
		if (this.#ready) return this.#ready;
		const worker = new Worker(new URL('./poster.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
			const resolve = this.#pending.get(event.data.id);
			this.#pending.delete(event.data.id);
			resolve?.(event.data);
		});
		this.#worker = worker;
		this.dataset['state'] = 'loading';
		this.#status('Đang tải bộ tạo áp phích…');
		this.#ready = this.#ask({ kind: 'init', catalog: this.#catalog }).then(() => {
			this.dataset['state'] = 'ready';
			if (this.dataset['preview'] !== 'ready') this.#status('Bộ tạo áp phích đã sẵn sàng.');
		});
		this.#ready.catch((error: unknown) => {
			this.#ready = null;
			this.dataset['state'] = 'error';
			this.#status(`Không tải được bộ tạo áp phích: ${String(error)}. Hãy tải lại trang.`);
		});
		return this.#ready;
	}

	#ask(message: Ask): Promise<WorkerResponse> {
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, (response) => {
				if (response.ok) resolve(response);
				else reject(new Error(response.message));
			});
			this.#worker!.postMessage({ ...message, id } as WorkerRequest);
		});
	}

	// ---- Form --------------------------------------------------------------------------------

	#unitForm(): UnitForm {
		return {
			name: this.#value('name'),
			address: this.#value('address'),
			phone1: this.#value('phone1'),
			phone2: this.#value('phone2'),
			note: this.#value('note'),
		};
	}

	/** The request the form describes, or null (with the messages shown) when a field is wrong. */
	#request(showAll: boolean): PosterRequest | null {
		const check = checkUnit(this.#unitForm());
		const errors = check.ok ? {} : check.errors;
		for (const field of FIELDS) {
			const message = errors[field];
			const shown = message !== undefined && (showAll || this.#touched.has(field));
			const input = this.#part<HTMLInputElement>(`[name="${field}"]`);
			const slot = this.#part(`[data-pm-error="${field}"]`);
			slot.textContent = shown ? message : '';
			slot.hidden = !shown;
			if (shown) input.setAttribute('aria-invalid', 'true');
			else input.removeAttribute('aria-invalid');
		}
		if (!check.ok) return null;
		const print = this.#part<HTMLInputElement>('input[name="print"]').checked;
		return {
			design: this.#value('design') as PosterDesign,
			format: this.#value('format') as PosterFormat,
			unit: check.unit,
			...(print ? { print } : {}),
		};
	}

	/** Enables the formats the chosen design is drawn for; keeps the choice when it can. */
	#syncFormats(): void {
		const design = this.#designs.find((d) => d.id === this.#value('design')) ?? this.#designs[0]!;
		const radios = this.querySelectorAll<HTMLInputElement>('input[name="format"]');
		let checked: HTMLInputElement | undefined;
		for (const radio of radios) {
			radio.disabled = !design.formats.includes(radio.value as PosterFormat);
			if (radio.checked && !radio.disabled) checked = radio;
		}
		if (!checked) {
			const first = [...radios].find((radio) => !radio.disabled);
			if (first) first.checked = true;
		}
	}

	#onBlur = (event: FocusEvent): void => {
		const name = (event.target as HTMLInputElement).name as UnitField;
		if (!FIELDS.includes(name)) return;
		this.#touched.add(name);
		this.#request(false);
	};

	#onInput = (event: Event): void => {
		if ((event.target as HTMLElement).getAttribute('name') === 'design') this.#syncFormats();
		void this.#preview();
	};

	#key(request: PosterRequest): string {
		return JSON.stringify(request);
	}

	/** Draws the preview for the form as it is now (skipped while a field is wrong). */
	async #preview(): Promise<void> {
		const request = this.#request(false);
		const generation = ++this.#generation;
		if (!request) {
			this.#clearPreview('Sửa các ô được báo lỗi để xem trước áp phích.');
			return;
		}
		try {
			await this.#whenReady();
			const response = await this.#ask({ kind: 'svg', request });
			if (generation !== this.#generation || !response.ok || response.kind !== 'svg') return;
			this.#show(request, response.svg, response.width, response.height, response.blocks);
		} catch (error) {
			if (generation === this.#generation) this.#status(`Không vẽ được áp phích: ${String(error)}`);
		}
	}

	#clearPreview(message: string): void {
		const img = this.#part<HTMLImageElement>('[data-pm-preview]');
		img.hidden = true;
		img.removeAttribute('src');
		this.#current = null;
		this.layout = [];
		this.dataset['preview'] = 'none';
		this.#part('[data-pm-empty]').hidden = false;
		this.#part('[data-pm-empty]').textContent = message;
	}

	#show(
		request: PosterRequest,
		svg: string,
		width: number,
		height: number,
		blocks: BlockCheck[]
	): void {
		if (this.#previewUrl) URL.revokeObjectURL(this.#previewUrl);
		this.#previewUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
		const img = this.#part<HTMLImageElement>('[data-pm-preview]');
		const design = this.#designs.find((d) => d.id === request.design);
		img.width = width;
		img.height = height;
		img.alt = `Bản xem trước áp phích ${design?.label ?? ''}, ${POSTER_FORMATS[request.format].label}${request.print ? ', bản tiết kiệm mực' : ''}, của ${request.unit.name}, số điện thoại ${request.unit.phones.join(' và ')}.`;
		img.src = this.#previewUrl;
		img.hidden = false;
		this.#part('[data-pm-empty]').hidden = true;
		this.#current = { key: this.#key(request), svg, width, height };
		this.layout = blocks;
		this.dataset['preview'] = 'ready';
		this.#status('Đã cập nhật bản xem trước.');
		this.dispatchEvent(new CustomEvent('poster-preview', { bubbles: true }));
	}

	// ---- Downloads ---------------------------------------------------------------------------

	#onClick = (event: MouseEvent): void => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const action = button.dataset['action'];
		if (action === 'png' || action === 'pdf') void this.#download(action);
	};

	async #download(kind: 'png' | 'pdf'): Promise<void> {
		const request = this.#request(true);
		if (!request) {
			const wrong = this.querySelector<HTMLElement>('[aria-invalid="true"]');
			wrong?.focus();
			this.#status('Chưa tạo được tệp: hãy sửa các ô được báo lỗi.');
			return;
		}
		try {
			this.#status(kind === 'pdf' ? 'Đang tạo tệp PDF…' : 'Đang tạo ảnh PNG…');
			await this.#whenReady();
			const blob = kind === 'pdf' ? await this.#pdf(request) : await this.#png(request);
			const link = document.createElement('a');
			link.href = URL.createObjectURL(blob);
			link.download = posterFileName(request, kind);
			link.hidden = true;
			this.append(link);
			link.click();
			link.remove();
			setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
			this.#status(`Đã tạo tệp ${link.download}. Tệp nằm trong thư mục Tải về (Download).`);
		} catch (error) {
			this.#status(`Không tạo được tệp: ${String(error)}`);
		}
	}

	async #pdf(request: PosterRequest): Promise<Blob> {
		const response = await this.#ask({ kind: 'pdf', request, date: Date.now() });
		if (!response.ok || response.kind !== 'pdf') throw new Error('PDF');
		return new Blob([response.pdf], { type: 'application/pdf' });
	}

	/** The preview's SVG (or a fresh one) drawn on a canvas at its full size. */
	async #png(request: PosterRequest): Promise<Blob> {
		let current = this.#current;
		if (!current || current.key !== this.#key(request)) {
			const response = await this.#ask({ kind: 'svg', request });
			if (!response.ok || response.kind !== 'svg') throw new Error('SVG');
			current = { key: this.#key(request), ...response };
		}
		const url = URL.createObjectURL(new Blob([current.svg], { type: 'image/svg+xml' }));
		try {
			const image = new Image(current.width, current.height);
			image.src = url;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = current.width;
			canvas.height = current.height;
			canvas.getContext('2d')!.drawImage(image, 0, 0, current.width, current.height);
			return await new Promise<Blob>((resolve, reject) =>
				canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png')
			);
		} finally {
			URL.revokeObjectURL(url);
		}
	}
}

if (!customElements.get('poster-maker')) customElements.define('poster-maker', PosterMaker);
