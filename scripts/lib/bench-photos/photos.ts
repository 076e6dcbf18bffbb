/**
 * Node-only: seeded, reproducible "phone photos" of the project's synthetic ID cards (both
 * generations) for the decoder benchmark. A laminated card is glossy and held in a hand under
 * ceiling lights, so glare, hot spots and bending are the normal case: each photo is one card in a
 * random but plausible pose over a table, plus one condition at one of three strengths:
 *
 *   glare-spot, specular-band, bright-spots   light reflected by the laminate (adds, saturates)
 *   bend, perspective                          a curved card, a card tilted up to 60°
 *   motion-blur, focus-blur                    a shaking hand, a missed focus
 *   low-light, noise, jpeg                     sensor and compression
 *   occlusion, scratches                       a thumb over the code, a worn card
 *   far                                        a small code: few pixels per module
 *   clean                                      the base photo alone (a sanity check)
 *
 * The same (card, condition, strength, seed) always gives the same pixels.
 */
import sharp from 'sharp';
import { readBarcodes } from 'zxing-wasm/reader';
import type { RgbaImage } from '../../../src/lib/cccd/image.ts';
import { createRng, sampleCards } from '../../../src/lib/cccd/synthetic.ts';
import { renderCardPng } from '../card-render.ts';
import { toRgba } from '../load-image.ts';
import { drawCard, maxMagnification, projector, type Pose, type Rgb, type Vec2 } from './scene.ts';

export const CONDITIONS = [
	'clean',
	'glare-spot',
	'specular-band',
	'bright-spots',
	'bend',
	'perspective',
	'motion-blur',
	'focus-blur',
	'low-light',
	'noise',
	'jpeg',
	'occlusion',
	'scratches',
	'far',
] as const;
export type Condition = (typeof CONDITIONS)[number];
export type Strength = 1 | 2 | 3;

export interface BenchCard {
	payload: string;
	generation: string;
	rgb: Rgb;
	/** The QR symbol's corners in the card picture (TL, TR, BR, BL of the symbol itself). */
	qr: Vec2[];
	/** Modules per side. */
	modules: number;
}

/** The six sample cards (both generations, a child's 2024 card with the longest payload). */
export async function loadBenchCards(): Promise<BenchCard[]> {
	const out: BenchCard[] = [];
	for (const s of sampleCards()) {
		const png = await renderCardPng(s.citizen, s.payload);
		const { data, info } = await sharp(png)
			.flatten({ background: '#ffffff' })
			.raw()
			.toBuffer({ resolveWithObject: true });
		const rgba = await toRgba(sharp(png));
		const [r] = await readBarcodes(rgba as ImageData, { formats: ['QRCode'] });
		if (!r?.isValid) throw new Error(`The clean card ${s.index} does not read`);
		const p = r.position;
		out.push({
			payload: s.payload,
			generation: s.citizen.cardGeneration,
			rgb: {
				data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
				width: info.width,
				height: info.height,
			},
			qr: [p.topLeft, p.topRight, p.bottomRight, p.bottomLeft].map((q) => [q.x, q.y] as Vec2),
			modules: 17 + 4 * Number(r.version),
		});
	}
	return out;
}

/** Strength 1…3 → the value for that strength. */
const at = <T>(s: Strength, values: readonly [T, T, T]): T => values[s - 1] as T;

/** A point inside the QR quad at fractions (a, b) along its top and left edges (bilinear). */
function inQuad(q: Vec2[], a: number, b: number): Vec2 {
	const [tl, tr, br, bl] = q as [Vec2, Vec2, Vec2, Vec2];
	const top: Vec2 = [tl[0] + (tr[0] - tl[0]) * a, tl[1] + (tr[1] - tl[1]) * a];
	const bot: Vec2 = [bl[0] + (br[0] - bl[0]) * a, bl[1] + (br[1] - bl[1]) * a];
	return [top[0] + (bot[0] - top[0]) * b, top[1] + (bot[1] - top[1]) * b];
}

function gaussian(rng: () => number): number {
	return Math.sqrt(-2 * Math.log(rng() + 1e-12)) * Math.cos(2 * Math.PI * rng());
}

/**
 * Standard normal samples drawn once per photo: per-pixel noise then costs a table read instead
 * of a logarithm and a cosine (millions of pixels per photo).
 */
function normalTable(rng: () => number): Float32Array {
	const t = new Float32Array(1 << 16);
	for (let i = 0; i < t.length; i++) t[i] = gaussian(rng);
	return t;
}

/** Adds light: `amount(x, y)` grey levels on every channel, clipped (a reflection saturates). */
function addLight(
	img: Rgb,
	box: [number, number, number, number],
	amount: (x: number, y: number) => number
): void {
	const [x0, y0, x1, y1] = box.map((v) => Math.round(v)) as [number, number, number, number];
	for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) {
		for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) {
			const a = amount(x, y);
			if (a < 0.5) continue;
			const i = (y * img.width + x) * 3;
			for (let c = 0; c < 3; c++) img.data[i + c] = img.data[i + c]! + a;
		}
	}
}

function table(width: number, height: number, rng: () => number): Rgb {
	const data = new Uint8ClampedArray(width * height * 3);
	const base = [70 + rng() * 90, 55 + rng() * 70, 40 + rng() * 60];
	const fx = 0.004 + rng() * 0.01;
	const fy = 0.02 + rng() * 0.05;
	// sin(x fx + phase(y)) = sin(x fx) cos(phase) + cos(x fx) sin(phase): two tables, no trig per pixel.
	const sx = Float32Array.from({ length: width }, (_, x) => Math.sin(x * fx));
	const cx = Float32Array.from({ length: width }, (_, x) => Math.cos(x * fx));
	for (let y = 0; y < height; y++) {
		const phase = 3 * Math.sin(y * fy);
		const cp = 12 * Math.cos(phase);
		const sp = 12 * Math.sin(phase);
		const fall = (40 * y) / height;
		for (let x = 0; x < width; x++) {
			// Wood-like grain plus a slow light falloff across the table.
			const grain = sx[x]! * cp + cx[x]! * sp - fall;
			const i = (y * width + x) * 3;
			data[i] = base[0]! + grain;
			data[i + 1] = base[1]! + grain;
			data[i + 2] = base[2]! + grain;
		}
	}
	return { data, width, height };
}

export interface PhotoSize {
	width: number;
	height: number;
}

/** One benchmark photo, decoded back from its JPEG to RGBA (what a browser hands the decoder). */
export async function benchPhoto(
	card: BenchCard,
	condition: Condition,
	strength: Strength,
	seed: number,
	size: PhotoSize = { width: 1600, height: 1200 }
): Promise<RgbaImage & { data: Uint8ClampedArray }> {
	const rng = createRng(seed);
	const s = strength;
	// Larger photos of the same framing: modules grow with the resolution.
	const resolution = size.width / 1600;
	const pose: Pose = {
		modulePx: (3.2 + rng() * 1.6) * resolution,
		roll: (rng() - 0.5) * 60,
		tilt: rng() * 15,
		tiltAxis: rng() * 360,
		bendArc: (rng() - 0.5) * 10,
		target: [0.5 + (rng() - 0.5) * 0.24, 0.5 + (rng() - 0.5) * 0.24],
	};
	if (condition === 'perspective') pose.tilt = at(s, [30, 45, 60]) + (rng() - 0.5) * 4;
	if (condition === 'bend') pose.bendArc = at(s, [50, 90, 130]) * (rng() < 0.5 ? -1 : 1);
	if (condition === 'far') pose.modulePx = at(s, [2, 1.5, 1.15]);
	const scene = { width: size.width, height: size.height, focal: 0.8 * size.width };

	let src = card.rgb;
	let qr = card.qr;
	let project = projector(scene, pose, src, qr, card.modules);
	// A card drawn much smaller than its picture would alias: shrink the picture first, as the
	// lens and sensor average the light falling on each pixel.
	const mag = maxMagnification(src, project);
	if (mag < 0.7) {
		const k = Math.min(1, mag * 1.4);
		const w = Math.round(src.width * k);
		const h = Math.round(src.height * k);
		const raw = await sharp(
			Buffer.from(src.data.buffer, src.data.byteOffset, src.data.byteLength),
			{
				raw: { width: src.width, height: src.height, channels: 3 },
			}
		)
			.resize(w, h, { kernel: 'cubic' })
			.raw()
			.toBuffer();
		const kx = w / src.width;
		const ky = h / src.height;
		src = {
			data: new Uint8ClampedArray(raw.buffer, raw.byteOffset, raw.byteLength),
			width: w,
			height: h,
		};
		qr = qr.map(([x, y]) => [x * kx, y * ky] as Vec2);
		project = projector(scene, pose, src, qr, card.modules);
	}
	const img = table(size.width, size.height, rng);
	drawCard(src, project, img);

	const quad = qr.map(project);
	const side = Math.hypot(quad[1]![0] - quad[0]![0], quad[1]![1] - quad[0]![1]);
	const module = side / card.modules;
	const centre = inQuad(quad, 0.5, 0.5);
	const around = (r: number): [number, number, number, number] => [
		centre[0] - r,
		centre[1] - r,
		centre[0] + r,
		centre[1] + r,
	];

	// Uneven light over the scene: ceiling lights are never uniform.
	{
		const gx = (rng() - 0.5) * 0.5;
		const gy = (rng() - 0.5) * 0.5;
		const d = img.data;
		for (let y = 0; y < size.height; y++) {
			for (let x = 0; x < size.width; x++) {
				const f = 1 + gx * (x / size.width - 0.5) + gy * (y / size.height - 0.5);
				const i = (y * size.width + x) * 3;
				for (let c = 0; c < 3; c++) d[i + c] = d[i + c]! * f;
			}
		}
	}

	if (condition === 'glare-spot') {
		// A lamp's reflection: a bright, partly saturated ellipse near the code.
		const [cx, cy] = inQuad(quad, 0.2 + rng() * 0.6, 0.2 + rng() * 0.6);
		const r = side * at(s, [0.2, 0.25, 0.3]);
		const aspect = 1 + rng() * 0.7;
		const ang = rng() * Math.PI;
		const peak = at(s, [200, 270, 340]);
		const c = Math.cos(ang);
		const sn = Math.sin(ang);
		addLight(img, [cx - 3 * r, cy - 3 * r, cx + 3 * r, cy + 3 * r], (x, y) => {
			const u = ((x - cx) * c + (y - cy) * sn) / (r * aspect);
			const v = (-(x - cx) * sn + (y - cy) * c) / r;
			return peak * Math.exp(-(u * u + v * v));
		});
	} else if (condition === 'specular-band') {
		// A tube light's reflection: a long bright band crossing the code.
		const [cx, cy] = inQuad(quad, 0.25 + rng() * 0.5, 0.25 + rng() * 0.5);
		const ang = rng() * Math.PI;
		const w = side * at(s, [0.05, 0.08, 0.11]);
		const peak = at(s, [150, 220, 290]);
		const nx = -Math.sin(ang);
		const ny = Math.cos(ang);
		addLight(img, around(side * 1.5), (x, y) => {
			const d = ((x - cx) * nx + (y - cy) * ny) / w;
			return peak * Math.exp(-d * d);
		});
	} else if (condition === 'bright-spots') {
		// Sparkles of the laminate's hologram and dust: many small saturated dots.
		const n = at(s, [4, 8, 12]);
		for (let k = 0; k < n; k++) {
			const [cx, cy] = inQuad(quad, rng(), rng());
			const r = module * (0.8 + rng() * 1.4);
			addLight(img, [cx - 3 * r, cy - 3 * r, cx + 3 * r, cy + 3 * r], (x, y) => {
				const d2 = ((x - cx) ** 2 + (y - cy) ** 2) / (r * r);
				return 320 * Math.exp(-d2 * d2);
			});
		}
	} else if (condition === 'occlusion') {
		occlude(img, quad, side, at(s, [0.05, 0.1, 0.15]), rng);
	} else if (condition === 'scratches') {
		scratch(img, quad, side, module, at(s, [2, 4, 7]), rng);
	}

	let pipeline = sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), {
		raw: { width: size.width, height: size.height, channels: 3 },
	});
	// Optics: every lens softens a little; blur conditions add a missed focus or a shaking hand.
	if (condition === 'focus-blur') {
		pipeline = pipeline.blur(Math.max(0.3, module * at(s, [0.4, 0.55, 0.7])));
	} else if (condition === 'motion-blur') {
		pipeline = pipeline.convolve(motionKernel(module * at(s, [0.8, 1.3, 1.8]), rng() * Math.PI));
	} else {
		pipeline = pipeline.blur(0.5);
	}
	const blurred = await pipeline.raw().toBuffer();
	const out = new Uint8ClampedArray(blurred.length);
	// Sensor: read noise always; dim scenes are amplified (gain) after shot noise; the phone's
	// denoiser then smears a little.
	const gain = condition === 'low-light' ? at(s, [0.06, 0.03, 0.015]) : 1;
	const sigma = condition === 'noise' ? at(s, [25, 45, 70]) : 3;
	const normal = normalTable(rng);
	// A random walk through the table (odd steps of a 16-bit counter) instead of rng() per draw.
	let k = (rng() * 65536) | 0;
	const step = (((rng() * 32768) | 0) << 1) | 1;
	const next = (): number => normal[(k = (k + step) & 0xffff)]!;
	for (let i = 0; i < blurred.length; i += 3) {
		// A fresh start every row keeps the table's period from drawing a pattern.
		if (i % (size.width * 3) === 0) k = (rng() * 65536) | 0;
		// Mostly luminance noise, with a little independent noise per channel (chroma).
		const n = next();
		for (let c = 0; c < 3; c++) {
			let v = blurred[i + c]!;
			if (gain !== 1) {
				const lin = v * gain;
				v = (lin + Math.sqrt(lin * 0.5) * (n + 0.3 * next()) + 1.5 * next()) / (gain * 1.1);
			} else {
				v += sigma * (n + 0.25 * next());
			}
			out[i + c] = v;
		}
	}
	let final = sharp(Buffer.from(out.buffer), {
		raw: { width: size.width, height: size.height, channels: 3 },
	});
	if (condition === 'low-light') final = final.blur(0.7);
	const quality = condition === 'jpeg' ? at(s, [12, 6, 3]) : 88;
	const jpeg = await final.jpeg({ quality }).toBuffer();
	return toRgba(sharp(jpeg));
}

function motionKernel(
	length: number,
	angle: number
): { width: number; height: number; kernel: number[] } {
	const half = Math.max(1, Math.ceil(length / 2));
	const n = 2 * half + 1;
	const k = new Array<number>(n * n).fill(0);
	const steps = Math.max(2, Math.ceil(length * 4));
	for (let t = 0; t < steps; t++) {
		const d = (t / (steps - 1) - 0.5) * length;
		const x = Math.round(half + d * Math.cos(angle));
		const y = Math.round(half + d * Math.sin(angle));
		k[y * n + x]! += 1;
	}
	const sum = k.reduce((a, b) => a + b, 0);
	return { width: n, height: n, kernel: k.map((v) => v / sum) };
}

/**
 * A thumb over the code, coming in from the corner without a finder pattern (a thumb over a
 * finder defeats every reader), covering about `fraction` of the symbol.
 */
function occlude(img: Rgb, quad: Vec2[], side: number, fraction: number, rng: () => number): void {
	const centre = inQuad(quad, 0.5, 0.5);
	const corner = quad[2]!;
	const base = Math.atan2(corner[1] - centre[1], corner[0] - centre[0]) + (rng() - 0.5) * 0.8;
	const dir: Vec2 = [Math.cos(base), Math.sin(base)];
	const a = side * 0.55;
	const b = side * 0.32;
	const samples: Vec2[] = [];
	for (let j = 0; j < 30; j++)
		for (let i = 0; i < 30; i++) samples.push(inQuad(quad, (i + 0.5) / 30, (j + 0.5) / 30));
	const inside = (p: Vec2, c: Vec2): boolean => {
		const dx = p[0] - c[0];
		const dy = p[1] - c[1];
		const u = (dx * dir[0] + dy * dir[1]) / a;
		const v = (-dx * dir[1] + dy * dir[0]) / b;
		return u * u + v * v <= 1;
	};
	// Slide the thumb in from outside until it hides the wanted share of the symbol.
	let c: Vec2 = centre;
	for (let t = side * 1.4; t > 0; t -= side * 0.01) {
		c = [centre[0] + dir[0] * t, centre[1] + dir[1] * t];
		if (samples.filter((p) => inside(p, c)).length / samples.length >= fraction) break;
	}
	const skin = [185 + rng() * 40, 130 + rng() * 35, 100 + rng() * 30];
	const r = Math.max(a, b) + 2;
	for (let y = Math.max(0, Math.floor(c[1] - r)); y < Math.min(img.height, c[1] + r); y++) {
		for (let x = Math.max(0, Math.floor(c[0] - r)); x < Math.min(img.width, c[0] + r); x++) {
			const dx = x - c[0];
			const dy = y - c[1];
			const u = (dx * dir[0] + dy * dir[1]) / a;
			const v = (-dx * dir[1] + dy * dir[0]) / b;
			const d = u * u + v * v;
			if (d > 1) continue;
			// Rounded shading: darker towards the rim, soft one-pixel edge.
			const shade = 0.75 + 0.25 * Math.sqrt(1 - d);
			const alpha = Math.min(1, (1 - d) * Math.min(a, b) * 0.5);
			const i = (y * img.width + x) * 3;
			for (let ch = 0; ch < 3; ch++)
				img.data[i + ch] = img.data[i + ch]! * (1 - alpha) + skin[ch]! * shade * alpha;
		}
	}
}

/** Scratches and worn lines across the code: mostly light (scuffed laminate), some dark. */
function scratch(
	img: Rgb,
	quad: Vec2[],
	side: number,
	module: number,
	count: number,
	rng: () => number
): void {
	for (let k = 0; k < count; k++) {
		const p = inQuad(quad, rng(), rng());
		const ang = rng() * Math.PI;
		const len = side * (0.4 + rng() * 0.6);
		const w = module * (0.15 + rng() * 0.2);
		const value = rng() < 0.7 ? 235 : 40;
		const steps = Math.ceil(len * 2);
		for (let t = 0; t <= steps; t++) {
			const d = (t / steps - 0.5) * len;
			const x = p[0] + d * Math.cos(ang);
			const y = p[1] + d * Math.sin(ang);
			for (let yy = Math.floor(y - w); yy <= Math.ceil(y + w); yy++) {
				for (let xx = Math.floor(x - w); xx <= Math.ceil(x + w); xx++) {
					if (xx < 0 || yy < 0 || xx >= img.width || yy >= img.height) continue;
					if ((xx - x) ** 2 + (yy - y) ** 2 > w * w) continue;
					const i = (yy * img.width + xx) * 3;
					img.data[i] = value;
					img.data[i + 1] = value;
					img.data[i + 2] = value;
				}
			}
		}
	}
}
