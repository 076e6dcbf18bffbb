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
import { readQrCodes, type RgbaImage } from '../../lib/cccd/read-qr.ts';
import { judgeImage, judgeText } from './decode-outcome.ts';
import type { DecodeOutcome, WorkerRequest, WorkerResponse } from './protocol.ts';

/** Photos are scaled down to this longer side first: phone photos are 12+ megapixels. */
const PHOTO_MAX_SIDE = 2400;

configureZxing({ wasmUrl: new URL(wasmUrl, self.location.href).href });

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

/** Draws a bitmap (optionally scaled) on one reused canvas and returns its RGBA pixels. */
function pixels(bitmap: ImageBitmap, maxSide = Infinity): RgbaImage {
	const f = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
	const width = Math.max(1, Math.round(bitmap.width * f));
	const height = Math.max(1, Math.round(bitmap.height * f));
	if (!canvas || !context) {
		canvas = new OffscreenCanvas(width, height);
		context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) throw new Error('2D canvas is not available in this worker');
	} else if (canvas.width !== width || canvas.height !== height) {
		canvas.width = width;
		canvas.height = height;
	}
	context.imageSmoothingQuality = 'high';
	context.drawImage(bitmap, 0, 0, width, height);
	return context.getImageData(0, 0, width, height);
}

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
		const image = pixels(bitmap, PHOTO_MAX_SIDE);
		bitmap.close();
		return (await readQrCodes(image, { mode: 'thorough' })).map((code) => code.text);
	}
	try {
		const codes = await readQrCodes(pixels(source), {
			mode: 'fast',
			...(req.roi ? { regionOfInterest: req.roi } : {}),
		});
		return codes.map((code) => code.text);
	} finally {
		source.close();
	}
}

/** What a decode request gives back (the response minus its id and timing). */
interface Decoded {
	outcome: DecodeOutcome;
	snapshot?: Blob;
}

/** The frame as a JPEG, drawn on its own canvas (the shared one may be redrawn meanwhile). */
async function snapshotOf(frame: ImageBitmap): Promise<Blob | undefined> {
	try {
		const shot = new OffscreenCanvas(frame.width, frame.height);
		shot.getContext('2d')?.drawImage(frame, 0, 0);
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
			return 'ready';
		}
		case 'frame': {
			try {
				const image = pixels(req.frame);
				const size = { width: image.width, height: image.height };
				const codes = await readQrCodes(image, {
					mode: 'fast',
					...(req.roi ? { regionOfInterest: req.roi } : {}),
				});
				const outcome = judgeImage(codes, size);
				if (outcome.kind !== 'card') return { outcome };
				// The frame that was read, for the page to show beside the result (once per scan).
				const snapshot = await snapshotOf(req.frame);
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
			const image = pixels(bitmap, PHOTO_MAX_SIDE);
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
