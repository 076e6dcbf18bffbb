/**
 * Messages between the <qr-scanner> element and decode.worker.ts. Types only (erased at build), so
 * importing this file costs the page's initial JS nothing.
 */
import type { CccdCard, CccdError, CccdWarning } from '../../lib/cccd/index.ts';
import type { QrPosition } from '../../lib/cccd/read-qr.ts';

export type { Point, QrPosition } from '../../lib/cccd/read-qr.ts';

/** A region of the frame as fractions of its width and height. */
export interface FractionRect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * A camera frame as the page hands it over (always transferred): a VideoFrame where the browser can
 * make one from the video (the worker then reads its luma plane, no colour conversion), else an
 * ImageBitmap (drawn on a canvas in the worker). See camera-loop.ts grabFrame.
 */
export type CameraFrame = VideoFrame | ImageBitmap;

export type WorkerRequest =
	/** Loads the decoder and its WebAssembly, then answers `ready`. */
	| { id: number; type: 'warm-up' }
	/** One camera frame (transferred), read in 'fast' mode around the guide box. */
	| { id: number; type: 'frame'; frame: CameraFrame; roi: FractionRect | null }
	/** A photo file, pasted or dropped image, or sample card: read in 'thorough' mode. */
	| { id: number; type: 'image'; blob: Blob }
	/** Text typed by a keyboard-wedge scanner or pasted. */
	| { id: number; type: 'text'; text: string }
	/**
	 * Every QR code in a camera frame ('fast', transferred bitmap; `roi` as for 'frame') or in a
	 * photo ('thorough'), as raw texts: the class quiz's results codes, which are not cards.
	 */
	| {
			id: number;
			type: 'codes';
			source: CameraFrame | Blob;
			roi?: FractionRect | null;
	  };

/**
 * Where the card's QR code was found in a picture: its corners, in the pixels of the picture as the
 * decoder read it (`width` × `height`: a large photo is scaled down first, so these may be smaller
 * than the file's own size, with the same proportions).
 */
export interface CodeSpot {
	width: number;
	height: number;
	position: QrPosition;
}

/** What one decode attempt came to. Structured-clone friendly (plain data). */
export type DecodeOutcome =
	/** `spot`: where the code was, when it was read from a picture (not from text). */
	| { kind: 'card'; card: CccdCard; warnings: CccdWarning[]; spot?: CodeSpot }
	/** A QR was read but it is not a card QR (`not-cccd`) or it is damaged/incomplete (other codes). */
	| { kind: 'invalid'; errors: CccdError[] }
	| { kind: 'no-qr' }
	| { kind: 'image-error' }
	| { kind: 'failure'; detail: string };

export type WorkerResponse =
	| { id: number; type: 'ready' }
	| {
			id: number;
			type: 'result';
			outcome: DecodeOutcome;
			/** Time spent in the worker on this request (pixels + zxing + parse), in ms. */
			ms: number;
			/**
			 * The camera frame a card was read from, as an image (frame requests that found a card
			 * only), for the page to show beside the result. Stays in memory, never stored or sent.
			 */
			snapshot?: Blob;
	  }
	/** Answer to 'codes': the text of each code read (empty: none), or `imageError` for a bad file. */
	| { id: number; type: 'codes'; texts: string[]; imageError?: true; ms: number };
