/**
 * Writes a short YUV4MPEG2 (C420) clip of a synthetic sample card held in front of a camera, for
 * Chromium's fake camera (--use-file-for-fake-video-capture). Used by tests/e2e/qr-demo.spec.ts and
 * scripts/bench-camera.ts. The card's QR sits in the middle of the frame, where the scanner's guide
 * box is; each frame moves and tilts it a little and adds sensor noise, like a hand-held card.
 *
 * With --no-qr the QR is painted over: the scanner then searches every frame, which is what the
 * camera benchmark times.
 *
 * With --images a.png,b.png the clip shows the given pictures instead (screenshots of phones
 * showing a QR, say), one after another, each for --frames frames with --gap empty frames after it,
 * as MJPEG (scripts/lib/image-clip.ts; the class quiz's tests and bench:class-quiz use it).
 *
 * Usage: node scripts/make-camera-clip.ts [--sample 1] [--width 1920] [--height 1080] [--frames 6]
 *                                         [--fps 15] [--no-qr] [--out .cache/qr-demo/camera-the-mau-1.y4m]
 *        node scripts/make-camera-clip.ts --images a.png,b.png [--frames 6] [--gap 15]
 *                                         [--width 1920] [--height 1080] [--out .cache/camera-clips/images.mjpeg]
 */
import { mkdirSync, openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { createRng, sampleCards } from '../src/lib/cccd/synthetic.ts';
import { renderCardPng } from './lib/card-render.ts';
import { makeImageClip } from './lib/image-clip.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the QR's centre is on a rendered card (1012 × 638), in card pixels. */
const CARD_QR_CENTRE = { x: 838, y: 173 };

export interface ClipOptions {
	sample?: number;
	width?: number;
	height?: number;
	frames?: number;
	/**
	 * Frames per second Chromium plays the clip at (default 15). A loop can read no more frames a
	 * second than the camera gives: the camera benchmark uses 30, what phone cameras deliver.
	 */
	fps?: number;
	/** Paint over the QR (a card in view, but nothing to read). */
	noQr?: boolean;
	out?: string;
}

/** Full-range BT.601 RGB → I420 (Y plane, then quarter-size U and V planes). */
export function rgbToI420(rgb: Uint8Array, width: number, height: number): Uint8Array {
	const ySize = width * height;
	const cw = width >> 1;
	const ch = height >> 1;
	const out = new Uint8Array(ySize + 2 * cw * ch);
	for (let i = 0, p = 0; i < ySize; i++, p += 3) {
		out[i] = Math.round(0.299 * rgb[p]! + 0.587 * rgb[p + 1]! + 0.114 * rgb[p + 2]!);
	}
	const uOff = ySize;
	const vOff = ySize + cw * ch;
	for (let y = 0; y < ch; y++) {
		for (let x = 0; x < cw; x++) {
			let r = 0;
			let g = 0;
			let b = 0;
			for (const [dx, dy] of [
				[0, 0],
				[1, 0],
				[0, 1],
				[1, 1],
			] as const) {
				const p = ((2 * y + dy) * width + 2 * x + dx) * 3;
				r += rgb[p]!;
				g += rgb[p + 1]!;
				b += rgb[p + 2]!;
			}
			r /= 4;
			g /= 4;
			b /= 4;
			const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
			out[uOff + y * cw + x] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
			out[vOff + y * cw + x] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
		}
	}
	return out;
}

/** One frame: the card scaled so its QR spans about 40 % of the frame height, QR at the centre. */
async function frame(
	card: Buffer,
	width: number,
	height: number,
	rng: () => number
): Promise<Uint8Array> {
	const scale = (0.4 * height) / 272;
	const angle = (rng() - 0.5) * 6;
	const cardW = Math.round(1012 * scale);
	const cardH = Math.round(638 * scale);
	const rotated = await sharp(card)
		.resize(cardW, cardH)
		.rotate(angle, { background: { r: 92, g: 74, b: 60, alpha: 1 } })
		.blur(0.6)
		.png()
		.toBuffer({ resolveWithObject: true });
	// Rotation about the card centre moves the QR: follow it so the QR stays near the frame centre.
	const rad = (angle * Math.PI) / 180;
	const qx = CARD_QR_CENTRE.x * scale - cardW / 2;
	const qy = CARD_QR_CENTRE.y * scale - cardH / 2;
	const rx = qx * Math.cos(rad) - qy * Math.sin(rad) + rotated.info.width / 2;
	const ry = qx * Math.sin(rad) + qy * Math.cos(rad) + rotated.info.height / 2;
	const left = Math.round(width / 2 - rx + (rng() - 0.5) * 0.04 * width);
	const top = Math.round(height / 2 - ry + (rng() - 0.5) * 0.04 * height);
	// sharp's composite wants the overlay inside the canvas: crop what falls outside.
	const cropL = Math.max(0, -left);
	const cropT = Math.max(0, -top);
	const visW = Math.min(rotated.info.width - cropL, width - Math.max(0, left));
	const visH = Math.min(rotated.info.height - cropT, height - Math.max(0, top));
	const overlay = await sharp(rotated.data)
		.extract({ left: cropL, top: cropT, width: visW, height: visH })
		.toBuffer();
	const { data } = await sharp({
		create: { width, height, channels: 3, background: { r: 92, g: 74, b: 60 } },
	})
		.composite([{ input: overlay, left: Math.max(0, left), top: Math.max(0, top) }])
		.removeAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	const rgb = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
	for (let i = 0; i < rgb.length; i++) {
		rgb[i] = Math.max(0, Math.min(255, rgb[i]! + Math.round((rng() - 0.5) * 16)));
	}
	return rgbToI420(rgb, width, height);
}

/** Writes the clip and returns its path. */
export async function makeCameraClip(options: ClipOptions = {}): Promise<string> {
	const index = options.sample ?? 1;
	const width = options.width ?? 1920;
	const height = options.height ?? 1080;
	const frames = options.frames ?? 6;
	const fps = Math.max(1, Math.round(options.fps ?? 15));
	const name = options.noQr ? `camera-the-mau-${index}-no-qr` : `camera-the-mau-${index}`;
	const out = resolve(options.out ?? join(ROOT, `.cache/qr-demo/${name}.y4m`));
	const sample = sampleCards().find((s) => s.index === index);
	if (!sample) throw new Error(`No sample card ${index}`);
	let card = await renderCardPng(sample.citizen, sample.payload);
	if (options.noQr) {
		const cover = { width: 300, height: 300, channels: 4, background: '#ffffff' } as const;
		card = await sharp(card)
			.composite([
				{ input: { create: cover }, left: CARD_QR_CENTRE.x - 150, top: CARD_QR_CENTRE.y - 150 },
			])
			.png()
			.toBuffer();
	}
	const rng = createRng(4242 + index);
	mkdirSync(dirname(out), { recursive: true });
	const fd = openSync(out, 'w');
	try {
		writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
		for (let i = 0; i < frames; i++) {
			writeSync(fd, 'FRAME\n');
			writeSync(fd, await frame(card, width, height, rng));
		}
	} finally {
		closeSync(fd);
	}
	return out;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			sample: { type: 'string', default: '1' },
			width: { type: 'string', default: '1920' },
			height: { type: 'string', default: '1080' },
			frames: { type: 'string', default: '6' },
			fps: { type: 'string', default: '15' },
			'no-qr': { type: 'boolean', default: false },
			images: { type: 'string' },
			gap: { type: 'string', default: '15' },
			out: { type: 'string' },
		},
	});
	if (values.images) {
		const frames = Number(values.frames);
		const scenes = values.images.split(',').flatMap((file) => [
			{ image: readFileSync(file), frames },
			{ image: null, frames: Number(values.gap) },
		]);
		const out = resolve(values.out ?? join(ROOT, '.cache/camera-clips/images.mjpeg'));
		const path = await makeImageClip({
			scenes,
			width: Number(values.width),
			height: Number(values.height),
			out,
		});
		console.log(`wrote ${path}`);
		return;
	}
	const path = await makeCameraClip({
		sample: Number(values.sample),
		width: Number(values.width),
		height: Number(values.height),
		frames: Number(values.frames),
		fps: Number(values.fps),
		noQr: values['no-qr'],
		...(values.out ? { out: values.out } : {}),
	});
	console.log(`wrote ${path}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((err: unknown) => {
		console.error(err);
		process.exit(1);
	});
}
