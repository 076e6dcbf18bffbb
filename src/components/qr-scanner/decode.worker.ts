/**
 * The QR scanner's Web Worker: turns camera frames, image files and typed text into a
 * DecodeOutcome with the shared decoder (src/lib/cccd). Created by <qr-scanner> on the user's first
 * scan, so neither this code nor zxing's WebAssembly loads before then. The wasm file is served by
 * this site (Vite `?url` asset), never by a CDN. Nothing here stores or sends anything: a card
 * outcome says where its code was in the picture (for the page's outline), and a camera frame that
 * gave a card comes back to the page as an in-memory JPEG Blob.
 */
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { configureZxing } from '../../lib/cccd/zxing.ts';
import { readQrCodes } from '../../lib/cccd/read-qr.ts';
import { judgeImage, judgeText } from './decode-outcome.ts';
import { bitmapPixels, FrameReader, frameSize } from './frame-pixels.ts';
import type { CameraFrame, DecodeOutcome, WorkerRequest, WorkerResponse } from './protocol.ts';

/** Photos are scaled down to this longer side first: phone photos are 12+ megapixels. */
const PHOTO_MAX_SIDE = 2400;

configureZxing({ wasmUrl: new URL(wasmUrl, self.location.href).href });

/** Camera frames: read one at a time with reused buffers (frame-pixels.ts). */
const frames = new FrameReader();

/** Texts of every QR code in a camera frame (fast mode) or a photo (thorough mode). */
async function codeTexts(req: Extract<WorkerRequest, { type: 'codes' }>): Promise<string[] | null> {
	const { source } = req;
	if (source instanceof Blob) {
		let bitmap: ImageBitmap;
		try {
			bitmap = await createImageBitmap(source);
		} catch {
			return null;
		}
		const image = bitmapPixels(bitmap, PHOTO_MAX_SIDE);
		bitmap.close();
		return (await readQrCodes(image, { mode: 'thorough' })).map((code) => code.text);
	}
	try {
		return (await frames.read(source, req.roi ?? null)).map((code) => code.text);
	} finally {
		source.close();
	}
}

/** What a decode request gives back (the response minus its id and timing). */
interface Decoded {
	outcome: DecodeOutcome;
	snapshot?: Blob;
}

/**
 * The frame as a JPEG at the size it was read (the outline's pixel grid), drawn on its own canvas
 * (the shared one may be redrawn meanwhile).
 */
async function snapshotOf(
	frame: CameraFrame,
	size: { width: number; height: number }
): Promise<Blob | undefined> {
	try {
		const shot = new OffscreenCanvas(size.width, size.height);
		shot.getContext('2d')?.drawImage(frame, 0, 0, size.width, size.height);
		return await shot.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
	} catch {
		// Without a picture the result still shows; the page says nothing is missing.
		return undefined;
	}
}

async function handle(req: Exclude<WorkerRequest, { type: 'codes' }>): Promise<Decoded | 'ready'> {
	switch (req.type) {
		case 'warm-up': {
			// A blank 8×8 read makes zxing fetch and compile its WebAssembly now, not on the first frame.
			await readQrCodes(
				{ data: new Uint8ClampedArray(8 * 8 * 4).fill(255), width: 8, height: 8 },
				{ mode: 'fast' }
			);
			// Then the camera path's own code, in the background: 'ready' does not wait for it.
			void frames.warm();
			return 'ready';
		}
		case 'frame': {
			try {
				const size = frameSize(req.frame);
				const outcome = judgeImage(await frames.read(req.frame, req.roi), size);
				if (outcome.kind !== 'card') return { outcome };
				// The frame that was read, for the page to show beside the result (once per scan).
				const snapshot = await snapshotOf(req.frame, size);
				return snapshot ? { outcome, snapshot } : { outcome };
			} finally {
				req.frame.close();
			}
		}
		case 'image': {
			let bitmap: ImageBitmap;
			try {
				bitmap = await createImageBitmap(req.blob);
			} catch {
				return { outcome: { kind: 'image-error' } };
			}
			const image = bitmapPixels(bitmap, PHOTO_MAX_SIDE);
			bitmap.close();
			const size = { width: image.width, height: image.height };
			return { outcome: judgeImage(await readQrCodes(image, { mode: 'thorough' }), size) };
		}
		case 'text':
			return { outcome: judgeText(req.text) };
	}
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	const req = event.data;
	const started = performance.now();
	if (req.type === 'codes') {
		codeTexts(req)
			.catch(() => [])
			.then((texts) => {
				const ms = performance.now() - started;
				const response: WorkerResponse = texts
					? { id: req.id, type: 'codes', texts, ms }
					: { id: req.id, type: 'codes', texts: [], imageError: true, ms };
				self.postMessage(response);
			});
		return;
	}
	handle(req)
		.catch((error: unknown): Decoded => ({
			outcome: {
				kind: 'failure',
				detail: error instanceof Error ? error.message : String(error),
			},
		}))
		.then((result) => {
			const response: WorkerResponse =
				result === 'ready'
					? { id: req.id, type: 'ready' }
					: {
							id: req.id,
							type: 'result',
							...result,
							ms: performance.now() - started,
						};
			self.postMessage(response);
		});
});
