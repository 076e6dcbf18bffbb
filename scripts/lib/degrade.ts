/**
 * Node-only: turns a clean card picture into photo-like test images (perspective, blur, noise,
 * glare, low light, JPEG compression) and 1920×1080 camera-like frames. Deterministic per seed.
 */
import sharp, { type Sharp } from 'sharp';
import { createRng } from '../../src/lib/cccd/synthetic.ts';
import { toRgba } from './load-image.ts';

export interface Degraded {
	name: string;
	/** Encoded image (PNG or JPEG). */
	buffer: Buffer;
	ext: 'png' | 'jpg';
}

interface Raw {
	data: Buffer;
	width: number;
	height: number;
}

async function toRaw(input: Buffer): Promise<Raw> {
	const { data, info } = await sharp(input)
		.flatten({ background: '#786450' })
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { data, width: info.width, height: info.height };
}

function fromRaw(r: Raw) {
	return sharp(r.data, { raw: { width: r.width, height: r.height, channels: 3 } });
}

/**
 * Solves the 8-parameter homography mapping the 4 points `src` onto `dst`: h0…h7 with
 * u = (h0 x + h1 y + h2) / (h6 x + h7 y + 1), v = (h3 x + h4 y + h5) / (h6 x + h7 y + 1).
 */
export function homography(src: number[][], dst: number[][]): number[] {
	const a: number[][] = [];
	for (let i = 0; i < 4; i++) {
		const [x, y] = src[i]!;
		const [u, v] = dst[i]!;
		a.push([x!, y!, 1, 0, 0, 0, -u! * x!, -u! * y!, u!]);
		a.push([0, 0, 0, x!, y!, 1, -v! * x!, -v! * y!, v!]);
	}
	// Gaussian elimination on the 8×9 augmented matrix.
	for (let c = 0; c < 8; c++) {
		let p = c;
		for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
		[a[c], a[p]] = [a[p]!, a[c]!];
		for (let r = 0; r < 8; r++) {
			if (r === c) continue;
			const f = a[r]![c]! / a[c]![c]!;
			for (let k = c; k < 9; k++) a[r]![k]! -= f * a[c]![k]!;
		}
	}
	return a.map((row, i) => row[8]! / row[i]!);
}

/**
 * Places `src` into an output of size w×h with its corners at `corners` (TL, TR, BR, BL),
 * over a background colour; inverse mapping with bilinear sampling.
 */
export function warpInto(
	src: Raw,
	w: number,
	h: number,
	corners: number[][],
	background: (x: number, y: number) => number[]
): Raw {
	const srcCorners = [
		[0, 0],
		[src.width - 1, 0],
		[src.width - 1, src.height - 1],
		[0, src.height - 1],
	];
	// Map output → source, so solve with the roles swapped.
	const [h0, h1, h2, h3, h4, h5, h6, h7] = homography(corners, srcCorners) as [
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
	];
	const out = Buffer.alloc(w * h * 3);
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			const d = h6 * x + h7 * y + 1;
			const sx = (h0 * x + h1 * y + h2) / d;
			const sy = (h3 * x + h4 * y + h5) / d;
			const o = (y * w + x) * 3;
			if (sx < 0 || sy < 0 || sx >= src.width - 1 || sy >= src.height - 1) {
				const bg = background(x, y);
				out[o] = bg[0]!;
				out[o + 1] = bg[1]!;
				out[o + 2] = bg[2]!;
				continue;
			}
			const x0 = Math.floor(sx);
			const y0 = Math.floor(sy);
			const fx = sx - x0;
			const fy = sy - y0;
			for (let c = 0; c < 3; c++) {
				const i = (y0 * src.width + x0) * 3 + c;
				const j = i + src.width * 3;
				out[o + c] =
					(src.data[i]! * (1 - fx) + src.data[i + 3]! * fx) * (1 - fy) +
					(src.data[j]! * (1 - fx) + src.data[j + 3]! * fx) * fy;
			}
		}
	}
	return { data: out, width: w, height: h };
}

function addNoise(r: Raw, sigma: number, rng: () => number): Raw {
	const out = Buffer.alloc(r.data.length);
	for (let i = 0; i < r.data.length; i += 3) {
		// Box–Muller; the same noise on all channels, like luminance noise of a phone sensor.
		const n = Math.sqrt(-2 * Math.log(rng() + 1e-12)) * Math.cos(2 * Math.PI * rng()) * sigma;
		for (let c = 0; c < 3; c++) out[i + c] = Math.max(0, Math.min(255, r.data[i + c]! + n));
	}
	return { data: out, width: r.width, height: r.height };
}

function glareSvg(w: number, h: number, cx: number, cy: number, rx: number, ry: number): Buffer {
	return Buffer.from(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><radialGradient id="g">` +
			`<stop offset="0" stop-color="white" stop-opacity="0.85"/><stop offset="1" stop-color="white" stop-opacity="0"/>` +
			`</radialGradient></defs><ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="url(#g)"/></svg>`
	);
}

const TABLE_COLOUR = (x: number, y: number) => {
	const v = 90 + (((x >> 5) + (y >> 5)) % 2) * 12;
	return [v + 30, v + 10, v - 10];
};

/** Photo-like variants of one card picture. */
export async function degradeCard(card: Buffer, seed: number): Promise<Degraded[]> {
	const rng = createRng(seed);
	const raw = await toRaw(card);
	const { width: cw, height: ch } = raw;
	const jitter = (v: number) => v + (rng() - 0.5) * 60;
	// A hand-held photo: the card tilted away, in a 1280×960 shot of a table.
	const W = 1280;
	const H = 960;
	const corners = [
		[jitter(170), jitter(160)],
		[jitter(1110), jitter(210)],
		[jitter(1060), jitter(800)],
		[jitter(210), jitter(760)],
	];
	const persp = warpInto(raw, W, H, corners, TABLE_COLOUR);
	const out: Degraded[] = [];
	const png = async (name: string, s: Sharp) =>
		out.push({ name, buffer: await s.png().toBuffer(), ext: 'png' });
	const jpg = async (name: string, s: Sharp, q: number) =>
		out.push({ name, buffer: await s.jpeg({ quality: q }).toBuffer(), ext: 'jpg' });

	await jpg('perspective', fromRaw(persp), 85);
	await jpg('blur', fromRaw(persp).blur(2.2), 85);
	await jpg('noise', fromRaw(addNoise(persp, 22, rng)), 85);
	await jpg(
		'glare',
		fromRaw(persp).composite([
			{ input: glareSvg(W, H, jitter(820), jitter(330), 260, 170), blend: 'over' },
		]),
		85
	);
	await jpg(
		'low-light',
		fromRaw(
			addNoise({ ...persp, data: await fromRaw(persp).linear(0.28, 4).raw().toBuffer() }, 6, rng)
		),
		80
	);
	await jpg('jpeg-q12', fromRaw(persp).resize(800), 12);
	await png('flat-small', sharp(card).resize(Math.round(cw * 0.6), Math.round(ch * 0.6)));
	return out;
}

/** A 1920×1080 camera-like frame: the card, tilted, inside the guide box over a noisy background. */
export async function cameraFrame(
	card: Buffer,
	seed: number
): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
	const rng = createRng(seed);
	const raw = await toRaw(card);
	const W = 1920;
	const H = 1080;
	const jitter = (v: number) => v + (rng() - 0.5) * 80;
	// The card fills most of the centre guide box, as the scanner UI asks.
	const corners = [
		[jitter(460), jitter(200)],
		[jitter(1460), jitter(220)],
		[jitter(1440), jitter(860)],
		[jitter(480), jitter(880)],
	];
	const frame = addNoise(warpInto(raw, W, H, corners, TABLE_COLOUR), 10, rng);
	return toRgba(fromRaw(frame).blur(0.8));
}
