/**
 * Camera helpers that need no DOM: the getUserMedia constraints, where the on-screen guide box
 * falls in the video's own pixels, which camera to switch to, and the frame timing figures.
 */
import type { FractionRect } from './protocol.ts';

/** Rear camera at up to 1920×1080 (or the chosen camera, when the user switched). */
export function cameraConstraints(deviceId?: string): MediaStreamConstraints {
	const size = { width: { ideal: 1920 }, height: { ideal: 1080 } };
	return {
		audio: false,
		video: deviceId
			? { ...size, deviceId: { exact: deviceId } }
			: { ...size, facingMode: { ideal: 'environment' } },
	};
}

interface Size {
	width: number;
	height: number;
}

interface Box extends Size {
	x: number;
	y: number;
}

/**
 * The guide box (in the viewport's CSS pixels) as a fraction of the video frame, for a video drawn
 * with `object-fit: cover`, grown by `margin` on each side so a card slightly off the box still
 * reads. Null when the sizes are not known yet (the decoder then uses its own centre region).
 */
export function guideRegion(
	video: Size,
	view: Size,
	guide: Box,
	margin = 0.08
): FractionRect | null {
	if (!video.width || !video.height || !view.width || !view.height) return null;
	const scale = Math.max(view.width / video.width, view.height / video.height);
	const offsetX = (view.width - video.width * scale) / 2;
	const offsetY = (view.height - video.height * scale) / 2;
	const x0 = (guide.x - offsetX) / scale / video.width;
	const y0 = (guide.y - offsetY) / scale / video.height;
	const x1 = (guide.x + guide.width - offsetX) / scale / video.width;
	const y1 = (guide.y + guide.height - offsetY) / scale / video.height;
	const clamp = (v: number) => Math.min(1, Math.max(0, v));
	const left = clamp(x0 - margin);
	const top = clamp(y0 - margin);
	const right = clamp(x1 + margin);
	const bottom = clamp(y1 + margin);
	if (right - left <= 0 || bottom - top <= 0) return null;
	return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The camera after `currentId` in the list (wrapping), or undefined with fewer than two. */
export function nextCameraId(
	cameras: readonly { deviceId: string }[],
	currentId: string | undefined
): string | undefined {
	if (cameras.length < 2) return undefined;
	const at = cameras.findIndex((c) => c.deviceId === currentId);
	return cameras[(at + 1) % cameras.length]?.deviceId;
}

/** True when a video track reports a torch (flash) it can switch on. */
export function hasTorch(capabilities: unknown): boolean {
	return typeof capabilities === 'object' && capabilities !== null && 'torch' in capabilities
		? Boolean((capabilities as { torch: unknown }).torch)
		: false;
}

export interface ScanStats {
	/** Frames the worker finished. */
	frames: number;
	/** Median worker time per frame, ms (null before the first frame). */
	medianMs: number | null;
	/** Frames finished per second since the first frame was sent. */
	fps: number | null;
	/** Median main-thread time to grab a frame from the video (VideoFrame or ImageBitmap), ms. */
	grabMs: number | null;
	/**
	 * Frames the loop was offered per second: every camera frame (track source) or each frame the
	 * video presented. The loop's ceiling: it reads each at most once. Below the camera's own rate
	 * when the browser itself drops frames (a busy device).
	 */
	videoFps: number | null;
}

/** Collects per-frame worker times for `element.stats` (read by scripts/bench-camera.ts). */
export class FrameStats {
	#durations: number[] = [];
	#grabs: number[] = [];
	#start: number | null = null;
	#last: number | null = null;
	#shown = 0;
	#firstShown: number | null = null;
	#lastShown: number | null = null;

	/** Call when a frame is offered to the loop (see videoFps). */
	presented(now: number): void {
		this.#shown++;
		this.#firstShown ??= now;
		this.#lastShown = now;
	}

	/** Call when a frame is sent, with a monotonic clock (performance.now()) and its grab time. */
	sent(now: number, grabMs = 0): void {
		this.#start ??= now;
		this.#grabs.push(grabMs);
	}

	/** Call when the worker answers a frame. */
	done(ms: number, now: number): void {
		this.#durations.push(ms);
		this.#last = now;
	}

	reset(): void {
		this.#durations = [];
		this.#grabs = [];
		this.#start = null;
		this.#last = null;
		this.#shown = 0;
		this.#firstShown = null;
		this.#lastShown = null;
	}

	get snapshot(): ScanStats {
		const frames = this.#durations.length;
		const elapsed =
			this.#start !== null && this.#last !== null ? (this.#last - this.#start) / 1000 : 0;
		return {
			frames,
			medianMs: frames ? median(this.#durations) : null,
			fps: frames && elapsed > 0 ? frames / elapsed : null,
			grabMs: this.#grabs.length ? median(this.#grabs) : null,
			videoFps:
				this.#firstShown !== null && this.#lastShown !== null && this.#lastShown > this.#firstShown
					? ((this.#shown - 1) * 1000) / (this.#lastShown - this.#firstShown)
					: null,
		};
	}
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
