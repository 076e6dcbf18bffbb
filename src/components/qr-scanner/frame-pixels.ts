/**
 * Pixels for decode.worker.ts: camera frames (VideoFrame or ImageBitmap) and photos, with buffers
 * reused from frame to frame. Worker-side only (OffscreenCanvas, VideoFrame), no DOM.
 *
 * A VideoFrame from a camera is nearly always in a YUV format whose first plane is the luma (Y):
 * that plane is the gray image the decoder wants, so it is copied out (VideoFrame.copyTo, one
 * memcpy into a reused buffer) and read by readLumaFrame, with no drawing and no colour
 * conversion. Other frames (an ImageBitmap, an RGB VideoFrame) are drawn on one reused canvas and
 * read as RGBA.
 */
import {
	FrameBuffers,
	readLumaFrame,
	readQrCodes,
	type QrCodeFound,
	type RgbaImage,
} from '../../lib/cccd/read-qr.ts';
import type { CameraFrame, FractionRect } from './protocol.ts';

/** VideoFrame formats whose plane 0 is 8-bit luma at full resolution. */
const LUMA_FIRST: ReadonlySet<string> = new Set([
	'I420',
	'I420A',
	'I422',
	'I422A',
	'I444',
	'I444A',
	'NV12',
]);

/** True when a VideoFrame of this format can be read from its luma plane. */
export function hasLumaPlane(format: string | null): boolean {
	return format !== null && LUMA_FIRST.has(format);
}

/**
 * The whole-frame view (a code held outside the guide box) is read on one luma frame in this many.
 * It costs more than the guide box itself (twice the pixels to average) and is rarely what finds
 * the code, so a code outside the box is found a frame later (1/30 s) instead of every frame
 * paying for it.
 */
export const WHOLE_FRAME_EVERY = 2;

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

/** Draws a picture (scaled to at most maxSide) on one reused canvas and returns its RGBA pixels. */
export function drawnPixels(
	picture: ImageBitmap | VideoFrame,
	width: number,
	height: number,
	maxSide = Infinity
): RgbaImage {
	const f = Math.min(1, maxSide / Math.max(width, height));
	const w = Math.max(1, Math.round(width * f));
	const h = Math.max(1, Math.round(height * f));
	if (!canvas || !context) {
		canvas = new OffscreenCanvas(w, h);
		context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) throw new Error('2D canvas is not available in this worker');
	} else if (canvas.width !== w || canvas.height !== h) {
		canvas.width = w;
		canvas.height = h;
	}
	context.imageSmoothingQuality = 'high';
	context.drawImage(picture, 0, 0, w, h);
	return context.getImageData(0, 0, w, h);
}

/** An ImageBitmap's pixels (photos: scaled down to maxSide). */
export function bitmapPixels(bitmap: ImageBitmap, maxSide = Infinity): RgbaImage {
	return drawnPixels(bitmap, bitmap.width, bitmap.height, maxSide);
}

/** The size a frame is read at: its visible pixels (VideoFrame) or its size (ImageBitmap). */
export function frameSize(frame: CameraFrame): { width: number; height: number } {
	return frame instanceof ImageBitmap
		? { width: frame.width, height: frame.height }
		: {
				width: frame.visibleRect?.width ?? frame.displayWidth,
				height: frame.visibleRect?.height ?? frame.displayHeight,
			};
}

/** Reads camera frames in fast mode, one at a time, reusing its buffers. */
export class FrameReader {
	#copy = new Uint8Array(0);
	/** Luma frames read so far (see WHOLE_FRAME_EVERY). */
	#count = 0;
	readonly #buffers = new FrameBuffers();
	/** Frames read in turn: the worker handles messages concurrently, the buffers must not be. */
	#queue: Promise<unknown> = Promise.resolve();

	/**
	 * Reads a blank 1080p luma plane, so the first camera frame does not run the pixel loops
	 * cold (measured: about 100 ms for the first frame, 9 ms for the next ones). Queued like a
	 * frame; the worker starts it on warm-up, while the camera is still starting.
	 */
	warm(): Promise<unknown> {
		const run = this.#queue.then(() => {
			const plane = { data: new Uint8Array(1920 * 1080), width: 1920, height: 1080, stride: 1920 };
			return readLumaFrame(plane, { buffers: this.#buffers });
		});
		this.#queue = run.catch(() => undefined);
		return this.#queue;
	}

	/** The codes in one frame (positions in frameSize(frame) pixels). Does not close the frame. */
	read(frame: CameraFrame, roi: FractionRect | null): Promise<QrCodeFound[]> {
		const run = this.#queue.then(() => this.#read(frame, roi));
		this.#queue = run.catch(() => undefined);
		return run;
	}

	async #read(frame: CameraFrame, roi: FractionRect | null): Promise<QrCodeFound[]> {
		const region = roi ? { regionOfInterest: roi } : {};
		if (!(frame instanceof ImageBitmap) && hasLumaPlane(frame.format)) {
			const size = frame.allocationSize();
			if (this.#copy.length < size) this.#copy = new Uint8Array(size);
			const [luma] = await frame.copyTo(this.#copy);
			if (luma) {
				const { width, height } = frameSize(frame);
				const data = this.#copy.subarray(luma.offset);
				return readLumaFrame(
					{ data, width, height, stride: luma.stride },
					{
						...region,
						buffers: this.#buffers,
						wholeFrame: this.#count++ % WHOLE_FRAME_EVERY === 0,
					}
				);
			}
		}
		const { width, height } = frameSize(frame);
		return readQrCodes(drawnPixels(frame, width, height), { mode: 'fast', ...region });
	}
}
