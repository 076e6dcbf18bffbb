/**
 * <qr-scanner>: the interactive QR demo. Reveals the server-rendered controls and wires the four
 * ways in (camera, photo, keyboard-wedge scanner or pasted text, sample cards) to decode.worker.ts.
 *
 * Loading: this file is the page's only scanner JS and stays small; the worker, the decoder and
 * zxing's WebAssembly load on the first scan. Privacy: frames, files and text go to the worker and
 * nowhere else; nothing is stored. The picture shown beside a result (the photo, sample card or
 * camera frame that was read) is an object URL of an in-memory Blob, revoked when it is replaced.
 * The camera stops as soon as a card is read, the page is hidden or left. Frames are grabbed and
 * sent by camera-loop.ts; `element.stats` exposes its per-frame timings for scripts/bench-camera.ts.
 */
import {
	cameraConstraints,
	guideRegion,
	hasTorch,
	nextCameraId,
	type ScanStats,
} from './camera.ts';
import { CameraLoop } from './camera-loop.ts';
import {
	CAMERA_PROBLEMS,
	cameraProblemKind,
	DECODE_PROBLEMS,
	revealText,
	STATUS,
	type Problem,
} from './messages.ts';
import {
	outlineCorners,
	pictureAlt,
	pictureCaption,
	spotViewBox,
	svgPoints,
	type PictureSource,
} from './picture.ts';
import type {
	CodeSpot,
	DecodeOutcome,
	FractionRect,
	WorkerRequest,
	WorkerResponse,
} from './protocol.ts';
import { cardView, problemFor, type ValueView } from './result-view.ts';
import { el } from '../element.ts';

/** A request without its id (distributes over the union so each variant keeps its fields). */
type Request = WorkerRequest extends infer R
	? R extends { id: number }
		? Omit<R, 'id'>
		: never
	: never;
type CardOutcome = Extract<DecodeOutcome, { kind: 'card' }>;
/** The worker's answer to one camera frame. */
interface FrameResult {
	outcome: DecodeOutcome;
	snapshot: Blob | undefined;
}
/** The picture a decode read, to show beside its result. */
interface Picture {
	blob: Blob;
	source: PictureSource;
}

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

class QrScanner extends HTMLElement {
	#worker: Worker | null = null;
	#ready: Promise<void> | null = null;
	#pending = new Map<number, (response: WorkerResponse) => void>();
	#nextId = 1;

	#stream: MediaStream | null = null;
	#cameraId: string | undefined;
	/** The frame loop over the video element (made on first use). */
	#loop: CameraLoop<FrameResult> | null = null;

	#card: CardOutcome | null = null;
	#reveal = false;
	/** Object URL of the picture beside the result (revoked when replaced or hidden). */
	#pictureUrl: string | null = null;

	/** Per-frame decode timings of the current or last camera session. */
	get stats(): ScanStats {
		return this.#frameLoop().stats;
	}

	connectedCallback(): void {
		this.#part('[data-qr-nojs]').hidden = true;
		this.#part('[data-qr-ui]').hidden = false;
		this.dataset['state'] = 'idle';
		this.addEventListener('click', this.#onClick);
		this.addEventListener('change', this.#onChange);
		this.addEventListener('submit', this.#onSubmit);
		const drop = this.#part('[data-drop]');
		drop.addEventListener('dragover', this.#onDragOver);
		drop.addEventListener('dragleave', this.#onDragLeave);
		drop.addEventListener('drop', this.#onDrop);
		document.addEventListener('paste', this.#onPaste);
		document.addEventListener('visibilitychange', this.#onVisibility);
		window.addEventListener('pagehide', this.#onPageHide);
	}

	disconnectedCallback(): void {
		this.#stopCamera();
		this.#clearPicture();
		document.removeEventListener('paste', this.#onPaste);
		document.removeEventListener('visibilitychange', this.#onVisibility);
		window.removeEventListener('pagehide', this.#onPageHide);
		this.#worker?.terminate();
		this.#worker = null;
		this.#ready = null;
	}

	#part<T extends HTMLElement = HTMLElement>(selector: string): T {
		const el = this.querySelector<T>(selector);
		if (!el) throw new Error(`<qr-scanner> is missing ${selector}`);
		return el;
	}

	#button(action: string): HTMLButtonElement {
		return this.#part<HTMLButtonElement>(`button[data-action="${action}"]`);
	}

	// ---- Worker ------------------------------------------------------------------------------

	/** The worker, created on first use (this is what loads the decoder's JS). */
	#getWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
			const resolve = this.#pending.get(event.data.id);
			this.#pending.delete(event.data.id);
			resolve?.(event.data);
		});
		worker.addEventListener('error', () => this.#failAll('worker error'));
		this.#worker = worker;
		return worker;
	}

	/** Worker plus zxing's WebAssembly, loaded and compiled (camera and photo paths). */
	#decoder(): Promise<void> {
		this.#ready ??= this.#request({ type: 'warm-up' }).then((res) => {
			if (res.type !== 'ready') throw new Error('decoder did not start');
			this.dataset['decoder'] = 'ready';
		});
		return this.#ready;
	}

	#request(request: Request, transfer: Transferable[] = []): Promise<WorkerResponse> {
		const id = this.#nextId++;
		return new Promise((resolve) => {
			this.#pending.set(id, resolve);
			this.#getWorker().postMessage({ ...request, id } as WorkerRequest, transfer);
		});
	}

	#failAll(detail: string): void {
		for (const [id, resolve] of this.#pending) {
			resolve({ id, type: 'result', outcome: { kind: 'failure', detail }, ms: 0 });
		}
		this.#pending.clear();
		this.#worker?.terminate();
		this.#worker = null;
		this.#ready = null;
	}

	// ---- Events -------------------------------------------------------------------------------

	#onClick = (event: MouseEvent): void => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		switch (button.dataset['action']) {
			case 'camera-start':
				void this.#startCamera();
				break;
			case 'camera-stop':
				this.#stopCamera();
				this.#status(STATUS.cameraStopped);
				this.#button('camera-start').focus();
				break;
			case 'camera-switch':
				void this.#switchCamera();
				break;
			case 'torch':
				void this.#toggleTorch(button);
				break;
			case 'sample-image':
				void this.#sampleImage();
				break;
			case 'sample-text':
				this.#sampleText();
				break;
			case 'reveal':
				this.#reveal = !this.#reveal;
				this.#renderCard();
				this.#status(this.#reveal ? STATUS.revealed : STATUS.masked);
				break;
			case 'again':
				this.#again();
				break;
		}
	};

	#onChange = (event: Event): void => {
		const input = event.target as HTMLInputElement;
		if (!input.matches('[data-file]')) return;
		const file = input.files?.[0];
		if (file) void this.#decodeBlob(file);
		// Let the same file be chosen again after a failure.
		input.value = '';
	};

	#onSubmit = (event: SubmitEvent): void => {
		event.preventDefault();
		void this.#decodeText(this.#part<HTMLInputElement>('[data-text]').value);
	};

	#onDragOver = (event: DragEvent): void => {
		event.preventDefault();
		this.#part('[data-drop]').dataset['dragging'] = '';
	};

	#onDragLeave = (): void => {
		delete this.#part('[data-drop]').dataset['dragging'];
	};

	#onDrop = (event: DragEvent): void => {
		event.preventDefault();
		delete this.#part('[data-drop]').dataset['dragging'];
		const file = event.dataTransfer?.files[0];
		if (file) void this.#decodeBlob(file);
	};

	/** A pasted image goes to the photo path; pasted text outside a field goes to the text path. */
	#onPaste = (event: ClipboardEvent): void => {
		const data = event.clipboardData;
		if (!data) return;
		const image = [...data.files].find((f) => f.type.startsWith('image/'));
		if (image) {
			event.preventDefault();
			void this.#decodeBlob(image);
			return;
		}
		const target = event.target as Element | null;
		const text = data.getData('text/plain');
		if (!text || target?.closest(EDITABLE)) return;
		event.preventDefault();
		this.#part<HTMLInputElement>('[data-text]').value = text.trim();
		void this.#decodeText(text);
	};

	#onVisibility = (): void => {
		if (document.visibilityState === 'hidden' && this.#stream) {
			this.#stopCamera();
			this.#status(STATUS.cameraPaused);
		}
	};

	#onPageHide = (): void => {
		this.#stopCamera();
	};

	// ---- Camera -------------------------------------------------------------------------------

	async #startCamera(): Promise<void> {
		this.#clearProblem();
		this.#hideResult();
		if (!navigator.mediaDevices?.getUserMedia) {
			this.#showProblem(CAMERA_PROBLEMS.unsupported);
			return;
		}
		const start = this.#button('camera-start');
		start.disabled = true;
		this.#status(STATUS.cameraStarting);
		// Intent is clear: fetch the decoder while the user answers the permission prompt.
		const decoder = this.#decoder();
		let stream: MediaStream;
		try {
			stream = await navigator.mediaDevices.getUserMedia(cameraConstraints(this.#cameraId));
		} catch (error) {
			start.disabled = false;
			this.#status('');
			this.#showProblem(CAMERA_PROBLEMS[cameraProblemKind(error)]);
			return;
		}
		this.#stream = stream;
		const video = this.#part<HTMLVideoElement>('[data-video]');
		video.srcObject = stream;
		this.#part('[data-viewport]').hidden = false;
		try {
			await Promise.all([video.play(), decoder]);
		} catch {
			this.#stopCamera();
			start.disabled = false;
			this.#showProblem(DECODE_PROBLEMS.failure);
			return;
		}
		if (this.#stream !== stream) return;
		const track = stream.getVideoTracks()[0];
		this.#cameraId = track?.getSettings().deviceId;
		start.hidden = true;
		start.disabled = false;
		this.#button('camera-stop').hidden = false;
		const torch = this.#button('torch');
		torch.hidden = !hasTorch(track?.getCapabilities?.());
		torch.setAttribute('aria-pressed', 'false');
		void this.#listCameras();
		this.dataset['state'] = 'camera';
		this.#status(STATUS.scanning);
		this.#frameLoop().start(track);
	}

	async #listCameras(): Promise<void> {
		try {
			const devices = await navigator.mediaDevices.enumerateDevices();
			const cameras = devices.filter((d) => d.kind === 'videoinput');
			this.#button('camera-switch').hidden = cameras.length < 2 || !this.#stream;
		} catch {
			this.#button('camera-switch').hidden = true;
		}
	}

	async #switchCamera(): Promise<void> {
		const devices = await navigator.mediaDevices.enumerateDevices();
		const next = nextCameraId(
			devices.filter((d) => d.kind === 'videoinput'),
			this.#cameraId
		);
		if (!next) return;
		this.#stopCamera();
		this.#cameraId = next;
		await this.#startCamera();
		if (this.#stream) {
			this.#status(STATUS.switched);
			this.#button('camera-switch').focus();
		}
	}

	async #toggleTorch(button: HTMLButtonElement): Promise<void> {
		const track = this.#stream?.getVideoTracks()[0];
		if (!track) return;
		const on = button.getAttribute('aria-pressed') !== 'true';
		try {
			// `torch` is not in TypeScript's DOM constraint types yet.
			await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
			button.setAttribute('aria-pressed', String(on));
			this.#status(on ? STATUS.torchOn : STATUS.torchOff);
		} catch {
			button.hidden = true;
		}
	}

	#stopCamera(): void {
		this.#loop?.stop();
		if (!this.#stream) return;
		for (const track of this.#stream.getTracks()) track.stop();
		this.#stream = null;
		const video = this.querySelector<HTMLVideoElement>('[data-video]');
		if (video) video.srcObject = null;
		this.querySelector<HTMLElement>('[data-viewport]')?.toggleAttribute('hidden', true);
		for (const action of ['camera-stop', 'camera-switch', 'torch']) {
			this.querySelector<HTMLElement>(`[data-action="${action}"]`)?.toggleAttribute('hidden', true);
		}
		this.querySelector<HTMLElement>('[data-action="camera-start"]')?.toggleAttribute(
			'hidden',
			false
		);
		if (this.dataset['state'] === 'camera') this.dataset['state'] = 'idle';
	}

	/** The camera loop: each grabbed frame goes to the worker, each answer to #onFrameResult. */
	#frameLoop(): CameraLoop<FrameResult> {
		this.#loop ??= new CameraLoop<FrameResult>({
			video: this.#part<HTMLVideoElement>('[data-video]'),
			send: async (frame, roi) => {
				const res = await this.#request({ type: 'frame', frame, roi }, [frame]);
				if (res.type !== 'result') return null;
				return { answer: { outcome: res.outcome, snapshot: res.snapshot }, ms: res.ms };
			},
			region: () => this.#roi(),
			onAnswer: (result) => this.#onFrameResult(result),
		});
		return this.#loop;
	}

	#onFrameResult({ outcome, snapshot }: FrameResult): void {
		if (outcome.kind === 'card') {
			this.#stopCamera();
			this.#showCard(outcome, snapshot ? { blob: snapshot, source: { kind: 'camera' } } : null);
			return;
		}
		if (outcome.kind === 'failure') {
			this.#stopCamera();
			this.#showProblem(DECODE_PROBLEMS.failure);
			return;
		}
		if (outcome.kind === 'invalid') {
			this.#status(
				outcome.errors.some((e) => e.code === 'not-cccd') ? STATUS.foreignQr : STATUS.unclearQr
			);
		}
	}

	/** Where the guide box is, in the video frame's own coordinates. */
	#roi(): FractionRect | null {
		const video = this.#part<HTMLVideoElement>('[data-video]');
		const view = this.#part('[data-viewport]').getBoundingClientRect();
		const guide = this.#part('[data-guide]').getBoundingClientRect();
		return guideRegion(
			{ width: video.videoWidth, height: video.videoHeight },
			{ width: view.width, height: view.height },
			{ x: guide.x - view.x, y: guide.y - view.y, width: guide.width, height: guide.height }
		);
	}

	// ---- Photo and text -----------------------------------------------------------------------

	async #decodeBlob(blob: Blob, source: PictureSource = { kind: 'photo' }): Promise<void> {
		this.#stopCamera();
		this.#clearProblem();
		this.#hideResult();
		this.#status(STATUS.photo);
		let outcome: DecodeOutcome;
		try {
			await this.#decoder();
			const res = await this.#request({ type: 'image', blob });
			outcome = res.type === 'result' ? res.outcome : { kind: 'failure', detail: 'no result' };
		} catch {
			outcome = { kind: 'failure', detail: 'decoder' };
		}
		this.#showOutcome(outcome, { blob, source });
	}

	async #decodeText(text: string): Promise<void> {
		this.#stopCamera();
		this.#clearProblem();
		this.#hideResult();
		this.#status(STATUS.text);
		const res = await this.#request({ type: 'text', text });
		this.#showOutcome(
			res.type === 'result' ? res.outcome : { kind: 'failure', detail: 'no result' }
		);
	}

	#selectedSample(): HTMLOptionElement | null {
		const select = this.#part<HTMLSelectElement>('[data-sample]');
		return select.selectedOptions[0] ?? null;
	}

	async #sampleImage(): Promise<void> {
		const option = this.#selectedSample();
		const url = option?.dataset['image'];
		if (!option || !url) return;
		let blob: Blob;
		try {
			// A same-site static file (public/samples/), like any image on the page.
			const response = await fetch(url);
			if (!response.ok) throw new Error(String(response.status));
			blob = await response.blob();
		} catch {
			this.#showProblem(DECODE_PROBLEMS.image);
			return;
		}
		await this.#decodeBlob(blob, { kind: 'sample', index: Number(option.value) });
	}

	#sampleText(): void {
		const payload = this.#selectedSample()?.dataset['payload'];
		if (!payload) return;
		const input = this.#part<HTMLInputElement>('[data-text]');
		input.value = payload;
		void this.#decodeText(payload);
	}

	// ---- Showing results ------------------------------------------------------------------------

	#showOutcome(outcome: DecodeOutcome, picture: Picture | null = null): void {
		if (outcome.kind === 'card') {
			this.#showCard(outcome, picture);
			return;
		}
		this.#status('');
		const problem = problemFor(outcome);
		if (problem) this.#showProblem(problem, problem.details);
	}

	/** Shows a card with the picture it was read from (none for typed or pasted text). */
	#showCard(outcome: CardOutcome, picture: Picture | null): void {
		this.#card = outcome;
		this.#reveal = false;
		this.#clearProblem();
		this.#showPicture(picture, outcome.spot);
		this.#renderCard();
		const result = this.#part('[data-result]');
		result.hidden = false;
		this.dataset['state'] = 'result';
		this.#status(STATUS.found);
		// Focus first without its jump, then bring the whole result to the top of the view.
		this.#part('[data-result-heading]').focus({ preventScroll: true });
		const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		result.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
	}

	/** The picture beside the result, with the code that was read outlined in red. */
	#showPicture(picture: Picture | null, spot: CodeSpot | undefined): void {
		this.#clearPicture();
		if (!picture) return;
		const url = URL.createObjectURL(picture.blob);
		this.#pictureUrl = url;
		const img = el('img');
		img.alt = pictureAlt(picture.source, spot !== undefined);
		img.decoding = 'async';
		if (spot) {
			// Reserves the picture's proportions before it is decoded.
			img.width = spot.width;
			img.height = spot.height;
		}
		// A picture the browser cannot show (the worker could): the result stands alone.
		img.addEventListener('error', () => {
			if (this.#pictureUrl === url) this.#clearPicture();
		});
		img.src = url;
		const frame = this.#part('[data-picture-frame]');
		frame.replaceChildren(img, ...(spot ? [outlineSvg(spot)] : []));
		this.#part('[data-picture-caption]').textContent = pictureCaption(picture.source);
		this.#part('[data-picture]').hidden = false;
		this.#part('[data-result-top]').dataset['withPicture'] = '';
	}

	#clearPicture(): void {
		if (this.#pictureUrl) URL.revokeObjectURL(this.#pictureUrl);
		this.#pictureUrl = null;
		this.querySelector('[data-picture-frame]')?.replaceChildren();
		this.querySelector('[data-picture]')?.toggleAttribute('hidden', true);
		this.querySelector('[data-result-top]')?.removeAttribute('data-with-picture');
	}

	#renderCard(): void {
		if (!this.#card) return;
		const view = cardView(this.#card.card, this.#card.warnings, this.#reveal);
		this.#part('[data-generation]').textContent = view.generation;
		const text = revealText(this.#reveal);
		this.#button('reveal').textContent = text.button;
		this.#part('[data-reveal-state]').textContent = text.state;

		const fields = this.#part('[data-fields]');
		fields.replaceChildren(
			...view.fields.flatMap((row) => [el('dt', row.label), valueElement('dd', row.value)])
		);

		this.#part('[data-checks]').replaceChildren(
			...view.checks.map((item) => {
				const li = el('li');
				li.dataset['status'] = item.status;
				li.append(
					el('span', item.word, 'qr-check-word'),
					el('span', item.title, 'qr-check-title'),
					el('span', item.detail)
				);
				return li;
			})
		);

		const notes = this.#part('[data-notes]');
		notes.hidden = view.notes.length === 0;
		this.#part('[data-notes-list]').replaceChildren(...view.notes.map((n) => el('li', n)));

		this.#part('[data-form]').replaceChildren(
			...view.form.flatMap((row) => {
				if (row.value) return [el('dt', row.label), valueElement('dd', row.value)];
				const blank = el('dd', 'Người khai tự điền');
				blank.dataset['blank'] = '';
				return [el('dt', row.label), blank];
			})
		);
	}

	#hideResult(): void {
		this.#card = null;
		this.#clearPicture();
		this.querySelector<HTMLElement>('[data-result]')?.toggleAttribute('hidden', true);
		if (this.dataset['state'] === 'result') this.dataset['state'] = 'idle';
	}

	#again(): void {
		this.#hideResult();
		this.#clearProblem();
		this.#status('');
		this.#part<HTMLInputElement>('[data-text]').value = '';
		this.#button('camera-start').focus();
	}

	#status(text: string): void {
		const status = this.#part('[data-status]');
		if (status.textContent !== text) status.textContent = text;
	}

	#showProblem(problem: Problem, details: readonly string[] = []): void {
		const box = this.#part('[data-error]');
		const parts: HTMLElement[] = [el('p', problem.message, 'qr-error-message')];
		if (details.length) {
			const list = el('ul');
			list.append(...details.map((d) => el('li', d)));
			parts.push(list);
		}
		parts.push(el('p', problem.next));
		box.replaceChildren(...parts);
		this.dataset['problem'] = problem.message;
	}

	#clearProblem(): void {
		this.#part('[data-error]').replaceChildren();
		delete this.dataset['problem'];
	}
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The red outline of the code, laid over the picture: its viewBox is the decoder's pixel grid, so
 * it scales with the picture; the line keeps its width (non-scaling stroke) on a white halo.
 */
function outlineSvg(spot: CodeSpot): SVGSVGElement {
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('class', 'qr-outline');
	svg.setAttribute('viewBox', spotViewBox(spot));
	svg.setAttribute('preserveAspectRatio', 'none');
	svg.setAttribute('aria-hidden', 'true');
	svg.setAttribute('focusable', 'false');
	svg.dataset['outline'] = '';
	const points = svgPoints(outlineCorners(spot));
	for (const kind of ['halo', 'line']) {
		const polygon = document.createElementNS(SVG, 'polygon');
		polygon.setAttribute('class', `qr-outline-${kind}`);
		polygon.setAttribute('points', points);
		polygon.setAttribute('vector-effect', 'non-scaling-stroke');
		svg.append(polygon);
	}
	return svg;
}

/** A value cell: masked text is hidden from screen readers, which read the sentence instead. */
function valueElement(tag: 'dd', value: ValueView): HTMLElement {
	const cell = el(tag);
	if (!value.masked) {
		cell.textContent = value.text;
		return cell;
	}
	const drawn = el('span', value.text);
	drawn.setAttribute('aria-hidden', 'true');
	cell.append(drawn, el('span', value.spoken, 'qr-sr'));
	return cell;
}

if (!customElements.get('qr-scanner')) customElements.define('qr-scanner', QrScanner);
