/**
 * The camera frame loop: grabs frames from a playing <video> and hands them, one at a time, to a
 * decoder (in practice decode.worker.ts), calling back with every answer. Shared by <qr-scanner>
 * (one card, stop at the first) and any page that reads codes continuously from the camera.
 *
 * The loop owns neither the stream nor the worker: the caller starts the camera, plays the video,
 * and stops the stream; the loop only watches the video's frames between start() and stop().
 *
 * API
 * ```ts
 * const loop = new CameraLoop<DecodeOutcome>({
 *   video,                                   // a playing <video> showing the camera stream
 *   send: (frame, region) => …,              // posts the frame (transfer it!), resolves { answer, ms } or null
 *   region: () => guideBoxAsFractionOfFrame, // optional: where to look first (null: decoder's default)
 *   onAnswer: (answer) => { … loop.stop() … }// every answer, in the order frames were sent
 * });
 * loop.start();  // resets loop.stats and starts grabbing
 * loop.stop();   // idempotent; answers still on their way are dropped (onAnswer is not called)
 * loop.stats;    // FrameStats snapshot: frames, median worker ms, frames/s, grab ms (bench:camera)
 * ```
 * `send` owns the frame once called: it must transfer or close it. `ms` is the time the decoder
 * itself spent on the frame (for the stats); resolve null when there is no answer to report
 * (the frame is then not counted). A rejected `send` is treated as a frame that could not be read.
 *
 * Scheduling: a frame is grabbed as soon as the video presented a new one and the decoder is
 * free, so never more than one frame is in the decoder and no frame interval is lost after a
 * decode. DOM-light: needs only the video element, createImageBitmap and a frame clock
 * (requestVideoFrameCallback, or requestAnimationFrame where it is missing).
 */
import { FrameStats, type ScanStats } from './camera.ts';
import type { FractionRect } from './protocol.ts';

/** What `send` resolves with: the decoder's answer and the time it spent on the frame, in ms. */
export interface FrameAnswer<A> {
	answer: A;
	ms: number;
}

export interface CameraLoopOptions<A> {
	video: HTMLVideoElement;
	send: (frame: ImageBitmap, region: FractionRect | null) => Promise<FrameAnswer<A> | null>;
	region?: () => FractionRect | null;
	onAnswer: (answer: A) => void;
}

export class CameraLoop<A> {
	readonly #options: CameraLoopOptions<A>;
	#running = false;
	/** Bumped by stop(), to retire the frame-watch callbacks and answers of the old session. */
	#session = 0;
	/** A frame is in the decoder. */
	#busy = false;
	/** A video frame was presented since the last grab. */
	#fresh = false;
	readonly #stats = new FrameStats();

	constructor(options: CameraLoopOptions<A>) {
		this.#options = options;
	}

	get running(): boolean {
		return this.#running;
	}

	/** Per-frame decode timings of the current or last session. */
	get stats(): ScanStats {
		return this.#stats.snapshot;
	}

	start(): void {
		if (this.#running) return;
		this.#stats.reset();
		this.#running = true;
		this.#watch(this.#session);
	}

	stop(): void {
		this.#running = false;
		this.#fresh = false;
		this.#session++;
	}

	#live(session: number): boolean {
		return this.#running && session === this.#session;
	}

	/** Marks every presented frame as fresh and grabs it when the decoder is free. */
	#watch(session: number): void {
		if (!this.#live(session)) return;
		const video = this.#options.video;
		const onFrame = (): void => {
			// A callback from a stopped session must not start a second watch loop.
			if (!this.#live(session)) return;
			this.#fresh = true;
			if (!this.#busy) void this.#scan(session);
			this.#watch(session);
		};
		if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(onFrame);
		else requestAnimationFrame(onFrame);
	}

	async #scan(session: number): Promise<void> {
		const { video, send, region, onAnswer } = this.#options;
		if (this.#busy || !this.#fresh || !this.#live(session)) return;
		if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
		this.#busy = true;
		this.#fresh = false;
		let result: FrameAnswer<A> | null = null;
		try {
			const grabStart = performance.now();
			const frame = await createImageBitmap(video);
			const roi = region?.() ?? null;
			const now = performance.now();
			this.#stats.sent(now, now - grabStart);
			result = await send(frame, roi);
			if (result) this.#stats.done(result.ms, performance.now());
		} catch {
			// A frame that could not be grabbed (camera just stopped): the next one will do.
		} finally {
			this.#busy = false;
		}
		if (!this.#live(session) || !result) return;
		onAnswer(result.answer);
		// A newer frame arrived while this one was decoded: take it now.
		if (this.#live(session) && this.#fresh) void this.#scan(session);
	}
}
