/**
 * The camera frame loop: grabs frames from a playing <video> and hands them to a decoder (in
 * practice decode.worker.ts), calling back with every answer. Shared by <qr-scanner> (one card,
 * stop at the first) and the class quiz's collect page (every results code, continuously).
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
 * loop.start(track); // resets loop.stats and starts; `track` (optional): the stream's video track
 * loop.stop();   // idempotent; answers still on their way are dropped (onAnswer is not called)
 * loop.stats;    // FrameStats snapshot: frames, median worker ms, frames/s, grab ms (bench:camera)
 * ```
 * A frame is a CameraFrame: a VideoFrame where the browser has them (it wraps the camera's own
 * buffer: no pixel copy on the page, and the worker reads its luma plane directly), else an
 * ImageBitmap. `send` owns the frame once called: it must transfer it (postMessage's transfer
 * list) or close it. `ms` is the time the decoder itself spent on the frame (for the stats);
 * resolve null when there is no answer to report (the frame is then not counted). A rejected
 * `send` counts as a frame that could not be read.
 *
 * Where frames come from: given the video track, and where the browser has
 * MediaStreamTrackProcessor (Chromium), every frame the camera delivers, as a VideoFrame, whether
 * or not the page got to paint it (on a busy phone the <video> shows fewer frames than the camera
 * gives). Otherwise each frame the video presents (requestVideoFrameCallback), wrapped by grabFrame.
 *
 * Scheduling (what makes the frame rate): one frame is in the decoder while the next is grabbed
 * and held, so the moment an answer comes back the held frame goes out, with no wait for the next
 * video frame and no grab on the critical path. Never more than one frame in the decoder (a queue
 * there would only add latency) and at most one held (a newer video frame is not grabbed while
 * one waits, which keeps the page's own work to one grab per decode). DOM-light: needs only the
 * video element, VideoFrame or createImageBitmap, and a frame clock (requestVideoFrameCallback, or
 * requestAnimationFrame where it is missing).
 */
import { FrameStats, type ScanStats } from './camera.ts';
import type { CameraFrame, FractionRect } from './protocol.ts';

export type { CameraFrame } from './protocol.ts';

/** What `send` resolves with: the decoder's answer and the time it spent on the frame, in ms. */
export interface FrameAnswer<A> {
	answer: A;
	ms: number;
}

export interface CameraLoopOptions<A> {
	video: HTMLVideoElement;
	send: (frame: CameraFrame, region: FractionRect | null) => Promise<FrameAnswer<A> | null>;
	region?: () => FractionRect | null;
	onAnswer: (answer: A) => void;
	/** How a frame is taken from the video (default grabFrame; tests pass their own). */
	grab?: (video: HTMLVideoElement) => Promise<CameraFrame>;
}

/** HTMLMediaElement.HAVE_CURRENT_DATA (a constant, so this module loads outside a browser). */
const HAVE_CURRENT_DATA = 2;

/** Chromium's MediaStreamTrackProcessor (not in TypeScript's DOM types yet). */
type TrackProcessor = new (init: { track: MediaStreamTrack; maxBufferSize?: number }) => {
	readable: ReadableStream<VideoFrame>;
};

/** A grabbed frame waiting for the decoder. */
interface Grabbed {
	frame: CameraFrame;
	region: FractionRect | null;
	grabMs: number;
}

/**
 * The video's current frame: a VideoFrame (wraps the camera buffer; transferred, never copied on
 * the page) where the browser can make one from a video element, else an ImageBitmap.
 */
export async function grabFrame(video: HTMLVideoElement): Promise<CameraFrame> {
	if (typeof VideoFrame === 'function') {
		try {
			return new VideoFrame(video, { timestamp: Math.round(video.currentTime * 1e6) });
		} catch {
			// No frame yet, or a browser that cannot wrap this source: copy it instead.
		}
	}
	return createImageBitmap(video);
}

export class CameraLoop<A> {
	readonly #options: CameraLoopOptions<A>;
	#running = false;
	/** Bumped by stop(), to retire the frame-watch callbacks and answers of the old session. */
	#session = 0;
	/** A frame is in the decoder. */
	#inFlight = false;
	/** A grab is under way. */
	#grabbing = false;
	/** The next frame, grabbed while the decoder was busy. */
	#held: Grabbed | null = null;
	/** Ends the track reader of the current session (MediaStreamTrackProcessor source). */
	#cancel: (() => void) | null = null;
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

	start(track?: MediaStreamTrack): void {
		if (this.#running) return;
		this.#stats.reset();
		this.#running = true;
		const Processor = (globalThis as { MediaStreamTrackProcessor?: TrackProcessor })
			.MediaStreamTrackProcessor;
		if (track && Processor) {
			try {
				void this.#pump(this.#session, new Processor({ track, maxBufferSize: 1 }).readable);
				return;
			} catch {
				// A track this browser cannot process: watch the video instead.
			}
		}
		this.#watch(this.#session);
	}

	stop(): void {
		this.#running = false;
		this.#session++;
		this.#cancel?.();
		this.#cancel = null;
		this.#inFlight = false;
		this.#grabbing = false;
		this.#held?.frame.close();
		this.#held = null;
	}

	#live(session: number): boolean {
		return this.#running && session === this.#session;
	}

	/** Grabs on every presented video frame while there is room for one. */
	#watch(session: number): void {
		if (!this.#live(session)) return;
		const video = this.#options.video;
		const onFrame = (): void => {
			// A callback from a stopped session must not start a second watch loop.
			if (!this.#live(session)) return;
			this.#stats.presented(performance.now());
			if (!this.#grabbing && !this.#held) void this.#grab(session);
			this.#watch(session);
		};
		if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(onFrame);
		else requestAnimationFrame(onFrame);
	}

	/**
	 * Reads every frame the camera delivers: the freshest waits while the decoder is busy (older
	 * ones are closed at once, so the camera's buffers are not held).
	 */
	async #pump(session: number, frames: ReadableStream<VideoFrame>): Promise<void> {
		const reader = frames.getReader();
		this.#cancel = () => void reader.cancel().catch(() => undefined);
		try {
			for (;;) {
				const { value: frame, done } = await reader.read();
				if (done) return;
				if (!this.#live(session)) {
					frame.close();
					return;
				}
				this.#stats.presented(performance.now());
				const grabbed = { frame, region: this.#options.region?.() ?? null, grabMs: 0 };
				if (this.#inFlight) {
					this.#held?.frame.close();
					this.#held = grabbed;
				} else {
					void this.#decode(session, grabbed);
				}
			}
		} catch {
			// The track ended or the reader was cancelled by stop().
		}
	}

	async #grab(session: number): Promise<void> {
		const { video, region, grab = grabFrame } = this.#options;
		if (video.readyState < HAVE_CURRENT_DATA) return;
		this.#grabbing = true;
		const start = performance.now();
		let frame: CameraFrame;
		try {
			frame = await grab(video);
		} catch {
			// A frame that could not be grabbed (camera just stopped): the next one will do.
			return;
		} finally {
			if (session === this.#session) this.#grabbing = false;
		}
		if (!this.#live(session)) {
			frame.close();
			return;
		}
		const grabbed = { frame, region: region?.() ?? null, grabMs: performance.now() - start };
		if (this.#inFlight) {
			this.#held = grabbed;
			return;
		}
		void this.#decode(session, grabbed);
	}

	async #decode(session: number, { frame, region, grabMs }: Grabbed): Promise<void> {
		this.#inFlight = true;
		this.#stats.sent(performance.now(), grabMs);
		let result: FrameAnswer<A> | null = null;
		try {
			result = await this.#options.send(frame, region);
		} catch {
			// The decoder failed on this frame: carry on with the next.
		}
		if (!this.#live(session)) return;
		this.#inFlight = false;
		if (result) {
			this.#stats.done(result.ms, performance.now());
			this.#options.onAnswer(result.answer);
		}
		// The frame grabbed meanwhile goes out at once (unless onAnswer stopped the loop).
		const next = this.#held;
		if (!next || !this.#live(session)) return;
		this.#held = null;
		void this.#decode(session, next);
	}
}
