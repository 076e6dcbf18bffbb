/**
 * <class-quiz-collect>: the trainer's "Thu kết quả" page. The camera stays on and the shared frame
 * loop (camera-loop.ts) hands frames to the scanner's worker, which returns the text of every QR
 * in view ('codes' request); a photo of several phones goes through the same worker in thorough
 * mode. Each results code is counted once (ledger.ts), confirmed by a flash and an optional beep,
 * and refusals are explained in an assertive live region. The collected codes stay in this
 * browser's localStorage (per set and version) until "Xoá kết quả"; nothing is sent anywhere.
 */
import { resolveSet, type QuizSet } from '../../../lib/class-quiz/code.ts';
import {
	outcomeMessage,
	parseStored,
	ResultsLedger,
	SightingFilter,
	storageKey,
	type AddOutcome,
} from '../../../lib/class-quiz/ledger.ts';
import {
	classStats,
	statsCsv,
	type ClassStats,
	type StatsQuestion,
} from '../../../lib/class-quiz/stats.ts';
import { cameraConstraints } from '../../qr-scanner/camera.ts';
import { CameraLoop } from '../../qr-scanner/camera-loop.ts';
import type {
	CameraFrame,
	FractionRect,
	WorkerRequest,
	WorkerResponse,
} from '../../qr-scanner/protocol.ts';
import { renderStats } from './results-view.ts';

type CodesResponse = Extract<WorkerResponse, { type: 'codes' }>;

/** Results codes are read anywhere in the frame: phones are held up all over the view. */
const WHOLE_FRAME: FractionRect = { x: 0, y: 0, width: 1, height: 1 };
/** Lines kept in the scan log. */
const LOG_MAX = 30;

class ClassQuizCollect extends HTMLElement {
	#set: QuizSet | null = null;
	#questions: StatsQuestion[] = [];
	#ledger: ResultsLedger | null = null;
	#stats: ClassStats | null = null;
	#sightings = new SightingFilter();
	#worker: Worker | null = null;
	#pending = new Map<number, (response: CodesResponse) => void>();
	#nextId = 1;
	#stream: MediaStream | null = null;
	#loop: CameraLoop<string[]> | null = null;
	#audio: AudioContext | null = null;
	/** Each counted code with when it was counted (performance.now()), for bench-class-quiz.ts. */
	readonly counted: Array<{ at: number; code: string }> = [];

	connectedCallback(): void {
		for (const element of this.querySelectorAll('[data-cq-nojs]')) element.remove();
		const bank = JSON.parse(this.dataset['bank'] ?? '[]') as StatsQuestion[];
		const sets = JSON.parse(this.dataset['sets'] ?? '[]') as QuizSet[];
		const code = new URLSearchParams(location.search).get('bo') ?? '';
		const set = code ? resolveSet(code, bank, sets) : null;
		if (!set) {
			this.#part('noset').hidden = false;
			return;
		}
		this.#set = set;
		const byId = new Map(bank.map((q) => [q.id, q]));
		this.#questions = set.questionIds.map((id) => byId.get(id)!);
		this.#ledger = new ResultsLedger(set, parseStored(this.#load()));
		this.#part('main').hidden = false;
		this.#part('set-title').textContent =
			`${set.title}, ${set.questionIds.length} câu (mã bộ ${set.id})`;
		this.#part('camera').addEventListener('click', () => void this.#toggleCamera());
		this.#part<HTMLInputElement>('photo').addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			void this.#readPhotos([...(input.files ?? [])]).finally(() => (input.value = ''));
		});
		this.#part<HTMLInputElement>('beep').addEventListener('change', (event) => {
			// Created on the click: browsers only let a page make sound after a user gesture.
			if ((event.target as HTMLInputElement).checked) this.#audio ??= new AudioContext();
		});
		this.#part('csv').addEventListener('click', () => this.#downloadCsv());
		this.#part('clear').addEventListener('click', () => this.#askClear());
		this.#part('clear-no').addEventListener('click', () => {
			this.#part('confirm').hidden = true;
			this.#part('clear').focus();
		});
		this.#part('clear-yes').addEventListener('click', () => this.#clear());
		this.#render();
	}

	disconnectedCallback(): void {
		this.#stopCamera();
		this.#worker?.terminate();
	}

	#part<E extends HTMLElement = HTMLElement>(name: string): E {
		const element = this.querySelector<E>(`[data-cq-${name}]`);
		if (!element) throw new Error(`missing [data-cq-${name}]`);
		return element;
	}

	// ---- Storage ------------------------------------------------------------------------------

	#load(): string | null {
		try {
			return localStorage.getItem(storageKey(this.#set!));
		} catch {
			return null;
		}
	}

	#save(): void {
		try {
			if (this.#ledger!.size === 0) localStorage.removeItem(storageKey(this.#set!));
			else localStorage.setItem(storageKey(this.#set!), JSON.stringify(this.#ledger!.codes()));
		} catch {
			this.#part('storage').textContent =
				'Trình duyệt này không cho lưu: kết quả sẽ mất khi tải lại trang. Hãy xuất CSV trước khi đóng trang.';
		}
	}

	// ---- Worker -------------------------------------------------------------------------------

	#read(source: CameraFrame | Blob, roi: FractionRect | null = null): Promise<CodesResponse> {
		if (!this.#worker) {
			this.#worker = new Worker(new URL('../../qr-scanner/decode.worker.ts', import.meta.url), {
				type: 'module',
			});
			this.#worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
				if (event.data.type !== 'codes') return;
				this.#pending.get(event.data.id)?.(event.data);
				this.#pending.delete(event.data.id);
			});
		}
		const id = this.#nextId++;
		const request: WorkerRequest = { id, type: 'codes', source, roi };
		return new Promise((resolve) => {
			this.#pending.set(id, resolve);
			this.#worker!.postMessage(request, source instanceof Blob ? [] : [source]);
		});
	}

	// ---- Camera -------------------------------------------------------------------------------

	async #toggleCamera(): Promise<void> {
		if (this.#stream) {
			this.#stopCamera();
			this.#say('Đã tắt camera.');
			return;
		}
		if (!navigator.mediaDevices?.getUserMedia) {
			this.#warn(
				'Trình duyệt này không mở được camera. Hãy chọn ảnh chụp các điện thoại thay thế.'
			);
			return;
		}
		const button = this.#part<HTMLButtonElement>('camera');
		button.disabled = true;
		this.#say('Đang mở camera…');
		try {
			this.#stream = await navigator.mediaDevices.getUserMedia(cameraConstraints());
		} catch (error) {
			button.disabled = false;
			const denied = error instanceof DOMException && error.name === 'NotAllowedError';
			this.#warn(
				denied
					? 'Chưa được phép dùng camera. Cho phép camera trong cài đặt trình duyệt rồi bấm "Bật camera" lại, hoặc chọn ảnh chụp.'
					: 'Không mở được camera (không có camera hoặc camera đang bận). Hãy chọn ảnh chụp các điện thoại thay thế.'
			);
			return;
		}
		const video = this.#part<HTMLVideoElement>('video');
		video.srcObject = this.#stream;
		this.#part('camera-box').hidden = false;
		await video.play().catch(() => undefined);
		this.#loop = new CameraLoop<string[]>({
			video,
			region: () => WHOLE_FRAME,
			send: async (frame, region) => {
				const response = await this.#read(frame, region);
				return { answer: response.texts, ms: response.ms };
			},
			onAnswer: (texts) => this.#seen(texts),
		});
		this.#loop.start();
		button.disabled = false;
		button.textContent = 'Tắt camera';
		this.dataset['camera'] = 'on';
		this.#say('Camera đang bật. Cho từng điện thoại (hoặc cả nhóm) giơ mã kết quả trước camera.');
	}

	#stopCamera(): void {
		this.#loop?.stop();
		this.#loop = null;
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		const video = this.querySelector<HTMLVideoElement>('[data-cq-video]');
		if (video) video.srcObject = null;
		this.querySelector<HTMLElement>('[data-cq-camera-box]')?.toggleAttribute('hidden', true);
		const button = this.querySelector<HTMLButtonElement>('[data-cq-camera]');
		if (button) button.textContent = 'Bật camera';
		delete this.dataset['camera'];
	}

	/** Codes in one camera frame: only those that just came into view are news. */
	#seen(texts: readonly string[]): void {
		for (const text of this.#sightings.fresh(texts, performance.now())) this.#take(text);
	}

	// ---- Photos -------------------------------------------------------------------------------

	async #readPhotos(files: readonly File[]): Promise<void> {
		for (const file of files) {
			this.#say(`Đang tìm mã trong ảnh ${file.name}…`);
			const response = await this.#read(file);
			if (response.imageError) {
				this.#warn(`Không mở được tệp "${file.name}". Hãy chọn một ảnh JPEG hoặc PNG.`);
				continue;
			}
			if (response.texts.length === 0) {
				this.#warn(
					`Không thấy mã QR nào trong ảnh "${file.name}". Chụp gần hơn, đủ sáng, để mỗi mã rõ nét rồi thử lại.`
				);
				continue;
			}
			const outcomes = [...new Set(response.texts)].map((text) => this.#take(text));
			const counted = outcomes.filter((o) => o.kind === 'counted').length;
			const duplicate = outcomes.filter((o) => o.kind === 'duplicate').length;
			const refused = outcomes.length - counted - duplicate;
			const summary = `Ảnh "${file.name}" có ${outcomes.length} mã: nhận ${counted} người mới, ${duplicate} mã đã tính trước đó, ${refused} mã không nhận.`;
			this.#log(summary);
			if (refused > 0) this.#warn(summary);
			else this.#say(summary, counted > 0);
		}
	}

	// ---- Counting -----------------------------------------------------------------------------

	#take(text: string): AddOutcome {
		const outcome = this.#ledger!.add(text);
		const message = outcomeMessage(outcome);
		this.#log(message);
		if (outcome.kind === 'counted') {
			this.counted.push({ at: performance.now(), code: text });
			this.#save();
			this.#render();
			this.#say(message, true);
			this.#confirm();
		} else if (outcome.kind === 'duplicate') this.#say(message);
		else this.#warn(message);
		return outcome;
	}

	/** The flash over the camera view and the count, and the beep if chosen. */
	#confirm(): void {
		for (const name of ['flash', 'count-box']) {
			const element = this.#part(name);
			element.classList.remove('is-on');
			// Reading layout restarts the animation for a code right after another.
			void element.offsetWidth;
			element.classList.add('is-on');
			element.addEventListener('animationend', () => element.classList.remove('is-on'), {
				once: true,
			});
		}
		if (this.#part<HTMLInputElement>('beep').checked) this.#beep();
	}

	#beep(): void {
		const audio = (this.#audio ??= new AudioContext());
		const at = audio.currentTime;
		const tone = audio.createOscillator();
		const gain = audio.createGain();
		tone.frequency.value = 880;
		gain.gain.setValueAtTime(0.2, at);
		gain.gain.exponentialRampToValueAtTime(0.001, at + 0.15);
		tone.connect(gain).connect(audio.destination);
		tone.start(at);
		tone.stop(at + 0.15);
	}

	#render(): void {
		const stats = classStats(this.#questions, this.#ledger!.answers());
		this.#stats = stats;
		this.#part('count').textContent = String(stats.participants);
		this.dataset['count'] = String(stats.participants);
		renderStats(this.#part('stats'), stats);
	}

	// ---- Messages -----------------------------------------------------------------------------

	/** A polite status; `counted` marks it as a confirmation. */
	#say(message: string, counted = false): void {
		const status = this.#part('status');
		status.textContent = message;
		if (counted) status.dataset['state'] = 'counted';
		else delete status.dataset['state'];
		this.#part('alert').textContent = '';
	}

	/** A refusal or a problem: announced assertively, with what to do next. */
	#warn(message: string): void {
		this.#part('alert').textContent = message;
		this.#part('status').textContent = '';
	}

	#log(message: string): void {
		const log = this.#part('log');
		const item = document.createElement('li');
		item.textContent = message;
		log.prepend(item);
		while (log.children.length > LOG_MAX) log.lastElementChild?.remove();
	}

	// ---- CSV and clearing ---------------------------------------------------------------------

	#downloadCsv(): void {
		const set = this.#set!;
		// The byte-order mark makes spreadsheet programs read the Vietnamese letters as UTF-8.
		const blob = new Blob(['\ufeff', statsCsv(set, this.#stats!)], {
			type: 'text/csv;charset=utf-8',
		});
		const url = URL.createObjectURL(blob);
		const link = document.createElement('a');
		link.href = url;
		link.download = `ket-qua-${set.id}-${set.version}.csv`;
		link.hidden = true;
		this.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 0);
	}

	#askClear(): void {
		const count = this.#ledger!.size;
		this.#part('confirm-text').textContent =
			count === 0
				? 'Chưa có kết quả nào để xoá.'
				: `Xoá kết quả của ${count} người khỏi trình duyệt này? Không lấy lại được (hãy xuất CSV trước nếu cần).`;
		this.#part('clear-yes').hidden = count === 0;
		this.#part('confirm').hidden = false;
		(count === 0 ? this.#part('clear-no') : this.#part('clear-yes')).focus();
	}

	#clear(): void {
		this.#ledger!.clear();
		this.#save();
		this.#render();
		this.#part('confirm').hidden = true;
		this.#say('Đã xoá mọi kết quả của bộ câu hỏi này.');
		this.#part('clear').focus();
	}
}

if (!customElements.get('class-quiz-collect'))
	customElements.define('class-quiz-collect', ClassQuizCollect);
