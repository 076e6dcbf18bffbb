/**
 * Finds QR codes in RGBA pixels (a camera frame or an uploaded photo) with zxing-wasm, adding the
 * preprocessing that makes hard photos readable. DOM-free: runs in a Web Worker and in Node.
 *
 * - mode 'fast' (camera frames): a region of interest where the on-screen guide box is, downscaled
 *   to a bounded size, one zxing pass restricted to QR codes, then one cheap fallback pass.
 * - mode 'thorough' (uploaded photos): a sequence of passes (zxing's own multi-try, a global
 *   binariser, denoising, local contrast normalisation against glare, sharpening, enlarging).
 *   Codes are collected over the passes; it stops once it has codes and every symbol zxing
 *   located has been read, so a photo of many codes returns all of them (never fewer
 *   than zxing's own reader, which is the first pass). Codes that zxing located but could not
 *   correct are re-sampled along a bent grid (sampler.ts): QR codes on fabric or curved surfaces.
 *
 * Positions are always reported in the coordinates of the image that was passed in, whatever crop
 * or scale a pass used.
 */
import type { ReaderOptions, ReadResult } from 'zxing-wasm/reader';
import { decodeUtf8 } from './charset.ts';
import {
	adaptiveThreshold,
	boxBlur,
	downscaled,
	grayToRgba,
	normalizeContrast,
	planeDownscaled,
	resize,
	sharpen,
	toGray,
	toGrayDownscaled,
	type GrayImage,
	type Plane,
	type Rect,
	type RgbaImage,
} from './image.ts';
import { renderModules, sampleBent } from './sampler.ts';
import { zxingRead } from './zxing.ts';

export type { Plane, RgbaImage, Rect } from './image.ts';

export interface Point {
	x: number;
	y: number;
}

export interface QrPosition {
	topLeft: Point;
	topRight: Point;
	bottomRight: Point;
	bottomLeft: Point;
}

export interface QrCodeFound {
	/** The bytes decoded as strict UTF-8, or zxing's reading when they are not UTF-8 or carry an ECI. */
	text: string;
	/** Raw payload bytes: give these to parseCccdQr rather than `text`. */
	bytes: Uint8Array;
	position: QrPosition;
}

export type ReadMode = 'fast' | 'thorough';

export interface ReadQrOptions {
	/** Default 'thorough'. */
	mode?: ReadMode;
	/**
	 * Fast mode: the part of the frame to look at, as fractions of width/height (the guide box).
	 * Default: the centre 70 % × 80 % for frames larger than FAST_FULL_FRAME_MAX_SIDE, else the
	 * whole image.
	 */
	regionOfInterest?: Rect;
}

/** Frames whose longer side is at most this are scanned whole and unscaled in fast mode. */
export const FAST_FULL_FRAME_MAX_SIDE = 1024;
/** Longer side the fast-mode region of interest is scaled down to. */
export const FAST_TARGET_SIDE = 720;

const QR_ONLY: ReaderOptions = {
	formats: ['QRCode'],
	textMode: 'Plain',
	// zxing's own default. A lower cap also counts located-but-unreadable symbols (returnErrors),
	// so a sheet of many small codes came back with a handful or none.
	maxNumberOfSymbols: 255,
};

/** One attempt: an image derived from the input, plus how to map its coordinates back. */
interface PassInput {
	image: RgbaImage;
	offsetX: number;
	offsetY: number;
	/** derived = original × scale */
	scale: number;
}

export interface Pass {
	name: string;
	options: ReaderOptions;
	build: (ctx: PassContext) => PassInput | null;
}

/** A pass that does its own decoding instead of one zxing call on a derived image. */
export interface CustomPass {
	name: string;
	run: (ctx: PassContext) => Promise<QrCodeFound[]>;
}

/** Lazily computed, shared intermediate images for one readQrCodes call. */
export class PassContext {
	readonly source: RgbaImage;
	/**
	 * QR codes zxing located in the source but failed to decode (from passes run with
	 * returnErrors), in source coordinates: the starting point of the bent-grid pass.
	 */
	readonly failed: ReadResult[] = [];
	/** Codes read so far, in source coordinates, without duplicates. */
	readonly found: QrCodeFound[] = [];
	#gray: GrayImage | undefined;
	readonly #cache = new Map<string, GrayImage>();

	constructor(source: RgbaImage) {
		this.source = source;
	}

	get gray(): GrayImage {
		this.#gray ??= toGray(this.source);
		return this.#gray;
	}

	/** Memoises a derived grayscale image under a key. */
	derive(key: string, make: () => GrayImage): GrayImage {
		let img = this.#cache.get(key);
		if (!img) {
			img = make();
			this.#cache.set(key, img);
		}
		return img;
	}
}

function asRgba(ctx: PassContext, gray: GrayImage): PassInput {
	const scale = gray.width / ctx.source.width;
	return { image: grayToRgba(gray), offsetX: 0, offsetY: 0, scale };
}

/** The gray image scaled by `factor` (memoised per factor). */
function scaledGray(ctx: PassContext, factor: number): GrayImage {
	return ctx.derive(`scale:${factor}`, () =>
		resize(ctx.gray, ctx.gray.width * factor, ctx.gray.height * factor)
	);
}

const wholeImage = (ctx: PassContext): PassInput => ({
	image: ctx.source,
	offsetX: 0,
	offsetY: 0,
	scale: 1,
});

/**
 * Photos larger than this (pixels) are worked on at a reduced size by the preprocessing passes
 * (zxing's own first pass always sees every pixel): a 12-megapixel phone photo halved still has
 * modules of 3 px or more unless the code is tiny, and each pass then costs a quarter.
 */
export const WORK_MAX_PIXELS = 4_500_000;

/** The gray image at working resolution (see WORK_MAX_PIXELS), area-averaged. */
function workGray(ctx: PassContext): GrayImage {
	const g = ctx.gray;
	const k = Math.ceil(Math.sqrt((g.width * g.height) / WORK_MAX_PIXELS));
	return k <= 1 ? g : scaledGray(ctx, 1 / k);
}

/** The working-resolution gray, lightly blurred, then contrast-normalised (memoised). */
function normalizedWork(ctx: PassContext): GrayImage {
	return ctx.derive('work-normalised', () => {
		const g = ctx.derive('work-blur1', () => boxBlur(workGray(ctx), 1));
		// A window a few modules wide for the usual photo of a card (modules of 3–6 px at 2 MP).
		const r = Math.max(3, Math.round(Math.min(g.width, g.height) / 150));
		return normalizeContrast(g, r);
	});
}

/** The factor of the 'upscale' pass. */
const UPSCALE = 1.5;

/**
 * The pass list of thorough mode, in order: the cheapest first, then by how many photos each
 * reads that the earlier ones miss, measured with `npm run bench:decoder` (generated phone photos
 * of ID cards, 13 conditions; `--without NAME` shows what one pass adds) and on the ZXing
 * black-box corpus. A pass that read nothing the others did not was dropped. Exported for the
 * benchmark.
 */
export const THOROUGH_PASSES: readonly (Pass | CustomPass)[] = [
	{
		// zxing's own multi-try (hybrid binariser, inversion, internal downscale), QR only: it reads
		// more than zxing-wasm's all-formats default in a fraction of the time, and on the untouched
		// pixels it finds whatever the default reader finds. Codes it locates but cannot correct are
		// kept for the later passes and for the bent-grid pass.
		name: 'zxing-harder',
		options: {
			...QR_ONLY,
			tryHarder: true,
			tryInvert: true,
			tryDownscale: true,
			tryRotate: false,
			returnErrors: true,
		},
		build: wholeImage,
	},
	{
		// A single global threshold copes with codes whose light modules carry texture or shading
		// that fools the local 8×8-block binariser (ZXing corpus).
		name: 'global-histogram',
		options: { ...QR_ONLY, tryHarder: true, tryInvert: true, binarizer: 'GlobalHistogram' },
		build: wholeImage,
	},
	{
		// Sensor noise, low light and scratches: a 3×3 box blur, then zxing's morphological closing.
		name: 'denoise',
		options: { ...QR_ONLY, tryHarder: true, tryInvert: false, tryDenoise: true },
		build: (ctx) =>
			asRgba(
				ctx,
				ctx.derive('work-blur1', () => boxBlur(workGray(ctx), 1))
			),
	},
	{
		// Codes zxing located (finders, format information) but whose modules it sampled wrongly
		// because the code is not flat: re-sample along a grid bent to fit the module edges.
		name: 'bent-grid',
		run: readBentCodes,
	},
	{
		// What fast mode would read on this picture (the guide-box region at camera size, then the
		// whole frame scaled down): a photo read in the camera must also read when uploaded. Cheap,
		// and the block average it starts from hides thin scratches.
		name: 'fast-views',
		run: async (ctx) => {
			const { width, height } = ctx.source;
			if (Math.max(width, height) <= FAST_FULL_FRAME_MAX_SIDE) return [];
			return runPasses(ctx.source, fastPasses(ctx.source, undefined));
		},
	},
	{
		// Glare on the laminate, hot spots, uneven light: local contrast normalisation (each pixel
		// against the mean and spread of a window a few modules wide) takes away the light added or
		// removed over many modules and keeps the modules' own, faint contrast; after a light blur,
		// so noise in flat areas is not stretched into false modules. The largest gain on glare and
		// specular bands (held-out strong glare: 0 of 6 read before, 3 of 6 with it).
		name: 'glare-normalise',
		options: { ...QR_ONLY, tryHarder: true, tryInvert: false },
		build: (ctx) => asRgba(ctx, normalizedWork(ctx)),
	},
	{
		// The same, sharpened: glare often comes with a soft focus. Each of the two reads photos the
		// other misses (benchmark and held-out photos), so both stay; this one costs a sharpen and
		// a zxing call, the normalised image being memoised.
		name: 'glare-normalise-sharpen',
		options: { ...QR_ONLY, tryHarder: true, tryInvert: false },
		build: (ctx) => asRgba(ctx, sharpen(normalizedWork(ctx), 1.5, 2)),
	},
	{
		// Focus and motion blur: an unsharp mask restores module edges.
		name: 'sharpen',
		options: { ...QR_ONLY, tryHarder: true, tryInvert: false },
		build: (ctx) =>
			asRgba(
				ctx,
				ctx.derive('sharpen', () => sharpen(workGray(ctx), 1.5, 2))
			),
	},
	{
		// Large-window local mean after a light blur: strong shadows over big, close-up codes. Reads
		// nothing more on the phone-photo benchmark, but one case of the ZXing corpus only it reads,
		// so it stays, late (it costs about as much as the glare pass).
		name: 'adaptive-large',
		options: { ...QR_ONLY, tryHarder: true, tryInvert: true, binarizer: 'FixedThreshold' },
		build: (ctx) => {
			const g = ctx.derive('work-blur1', () => boxBlur(workGray(ctx), 1));
			const win = Math.max(15, Math.round(Math.min(g.width, g.height) / 8) | 1);
			return asRgba(ctx, adaptiveThreshold(g, win, 4));
		},
	},
	{
		// Enlarged (bilinear) half as much again: zxing's finder search needs a few pixels per
		// module, and the smoothing of the enlargement evens out a smeared edge. It reads one photo
		// of the benchmark no other pass reads (strong motion blur). 1.5× rather than 2×: the same
		// photos read (85.1 % mean on `bench:decoder`), and the pass costs about 125 ms instead of
		// 220 ms on a 2 MP photo, paid by every photo that no pass reads (the p95). Only photos up
		// to 2000 px a side, to bound the cost.
		name: 'upscale',
		options: { ...QR_ONLY, tryHarder: true, tryInvert: false, tryDownscale: false },
		build: (ctx) => {
			const g = ctx.gray;
			if (Math.max(g.width, g.height) > 2000) return null;
			return asRgba(ctx, resize(g, g.width * UPSCALE, g.height * UPSCALE));
		},
	},
];

/** Pure, flat symbol options: the redrawn code needs no search, binarisation or retries. */
const PURE: ReaderOptions = {
	formats: ['QRCode'],
	textMode: 'Plain',
	isPure: true,
	tryHarder: false,
	tryInvert: false,
	tryRotate: false,
	tryDownscale: false,
};

/** At most this many failed candidates are re-sampled (each costs a few tens of ms). */
const MAX_BENT_CANDIDATES = 3;

async function readBentCodes(ctx: PassContext): Promise<QrCodeFound[]> {
	const seen: ReadResult[] = [];
	const found: QrCodeFound[] = [];
	// Symbols another pass has already read need no re-sampling.
	for (const r of unreadCandidates(ctx)) {
		if (seen.some((s) => sameQuad(s, r))) continue;
		if (seen.push(r) > MAX_BENT_CANDIDATES) break;
		const dim = 17 + 4 * Number(r.version);
		const source: PassInput = { image: ctx.source, offsetX: 0, offsetY: 0, scale: 1 };
		// Every refinement round gives a module matrix; later rounds fit the bends more closely,
		// so try them from the last.
		for (const bits of sampleBent(ctx.gray, r.position, dim).reverse()) {
			if (r.isInverted) for (let i = 0; i < bits.length; i++) bits[i] = 1 - bits[i]!;
			const clean = grayToRgba(renderModules(bits, dim));
			const [res] = await zxingRead(clean as RgbaImage & { data: Uint8ClampedArray }, PURE);
			if (res?.isValid && res.format === 'QRCode') {
				// The redrawn symbol's corners mean nothing in the photo: report zxing's quad.
				found.push(toFound({ ...res, position: r.position }, source));
				break;
			}
		}
	}
	return found;
}

/** Same candidate found twice (several binarisers): corners within two pixels. */
function sameQuad(a: ReadResult, b: ReadResult): boolean {
	const pa = a.position;
	const pb = b.position;
	return (['topLeft', 'topRight', 'bottomRight', 'bottomLeft'] as const).every(
		(k) => Math.abs(pa[k].x - pb[k].x) <= 2 && Math.abs(pa[k].y - pb[k].y) <= 2
	);
}

function centreRect(width: number, height: number, roi: Rect | undefined): Rect {
	const r = roi ?? { x: 0.15, y: 0.1, width: 0.7, height: 0.8 };
	const x = Math.max(0, Math.floor(r.x * width));
	const y = Math.max(0, Math.floor(r.y * height));
	return {
		x,
		y,
		width: Math.max(1, Math.min(width - x, Math.round(r.width * width))),
		height: Math.max(1, Math.min(height - y, Math.round(r.height * height))),
	};
}

/** One view fast mode reads: a rect of the frame, shrunk so its longer side is at most maxSide. */
interface FastView {
	name: string;
	rect: Rect;
	maxSide: number;
	options: ReaderOptions;
}

/** The views of fast mode for a frame of this size, in the order they are read. */
function fastViews(width: number, height: number, roi: Rect | undefined): FastView[] {
	const whole = { x: 0, y: 0, width, height };
	if (Math.max(width, height) <= FAST_FULL_FRAME_MAX_SIDE && !roi) {
		// Small frames and photos: one QR-only zxing pass on the untouched pixels. Shrinking an
		// image whose modules are already only a few pixels wide loses codes.
		const harder = THOROUGH_PASSES[0] as Pass;
		return [{ name: 'fast-full', rect: whole, maxSide: Infinity, options: harder.options }];
	}
	const rect = centreRect(width, height, roi);
	const views: FastView[] = [
		{
			// The guide box, scaled so its longer side is FAST_TARGET_SIDE: a card filling the box
			// still has modules of 3+ px, and the pass costs the same whatever the camera resolution.
			name: 'fast-roi',
			rect,
			maxSide: FAST_TARGET_SIDE,
			options: { ...QR_ONLY, tryHarder: true, tryInvert: false, tryDownscale: false },
		},
	];
	const wholeBox = rect.width === width && rect.height === height;
	if (Math.max(width, height) > FAST_TARGET_SIDE && !wholeBox) {
		// Fallback when the code is outside the guide box: the whole frame, scaled down (not when
		// the box is the whole frame already: it was just read, and more closely).
		views.push({
			name: 'fast-frame',
			rect: whole,
			maxSide: FAST_TARGET_SIDE,
			options: { ...QR_ONLY, tryHarder: false, tryInvert: false, tryDownscale: false },
		});
	}
	return views;
}

/** A pass reading one fast view, its gray pixels made by `gray` (from RGBA or a luma plane). */
function viewPass(
	view: FastView,
	gray: (view: FastView) => GrayImage,
	rgba?: (length: number) => Uint8ClampedArray
): Pass {
	return {
		name: view.name,
		options: view.options,
		build: () => {
			const g = gray(view);
			return {
				image: grayToRgba(g, rgba?.(g.width * g.height * 4)),
				offsetX: view.rect.x,
				offsetY: view.rect.y,
				// Integer block averaging may leave a few edge pixels out: the scale is width-exact.
				scale: g.width / view.rect.width,
			};
		},
	};
}

function fastPasses(source: RgbaImage, roi: Rect | undefined): Pass[] {
	const views = fastViews(source.width, source.height, roi);
	if (views[0]?.name === 'fast-full')
		return [{ ...(THOROUGH_PASSES[0] as Pass), name: 'fast-full' }];
	return views.map((view) => viewPass(view, (v) => toGrayDownscaled(source, v.rect, v.maxSide)));
}

/** Buffers readLumaFrame reuses from frame to frame (one set per reader of one frame at a time). */
export class FrameBuffers {
	#gray = new Uint8Array(0);
	#rgba = new Uint8ClampedArray(0);

	gray(length: number): Uint8Array {
		if (this.#gray.length < length) this.#gray = new Uint8Array(length);
		return this.#gray;
	}

	rgba(length: number): Uint8ClampedArray {
		if (this.#rgba.length < length) this.#rgba = new Uint8ClampedArray(length);
		return this.#rgba;
	}
}

export interface LumaFrameOptions {
	/** As ReadQrOptions.regionOfInterest. */
	regionOfInterest?: Rect;
	/**
	 * Read the whole frame (scaled down) when the guide box has no code. Default true; a camera
	 * loop may skip it on some frames: a code outside the box is rare and found a frame later.
	 */
	wholeFrame?: boolean;
	/** Reused between frames, so a frame allocates no pixel buffers. */
	buffers?: FrameBuffers;
}

/**
 * Fast mode on a camera frame's luma plane (the Y of I420 or NV12, which VideoFrame.copyTo gives
 * without any colour conversion): the same views as readQrCodes(…, { mode: 'fast' }) on the same
 * frame as RGBA, and the same codes, for a fraction of the pixel work. Positions are in the plane's
 * pixels.
 */
export async function readLumaFrame(
	plane: Plane,
	options: LumaFrameOptions = {}
): Promise<QrCodeFound[]> {
	const buffers = options.buffers ?? new FrameBuffers();
	const views = fastViews(plane.width, plane.height, options.regionOfInterest).filter(
		(v) => options.wholeFrame !== false || v.name !== 'fast-frame'
	);
	const passes = views.map((view) =>
		viewPass(
			view,
			(v) => {
				const size = downscaled(v.rect, v.maxSide);
				return planeDownscaled(plane, v.rect, v.maxSide, buffers.gray(size.width * size.height));
			},
			(length) => buffers.rgba(length)
		)
	);
	// The views read the plane themselves: the pass context's RGBA source is never looked at.
	const source = { data: new Uint8ClampedArray(0), width: plane.width, height: plane.height };
	return runPasses(source, passes);
}

function mapPoint(p: Point, input: PassInput): Point {
	return { x: input.offsetX + p.x / input.scale, y: input.offsetY + p.y / input.scale };
}

function toFound(r: ReadResult, input: PassInput): QrCodeFound {
	const bytes = new Uint8Array(r.bytes);
	return {
		// With an ECI header the encoder told zxing the charset; without one (ID cards) trust only
		// strict UTF-8 and fall back to zxing's guess for other QR codes.
		text: r.hasECI ? r.text : (decodeUtf8(bytes) ?? r.text),
		bytes,
		position: {
			topLeft: mapPoint(r.position.topLeft, input),
			topRight: mapPoint(r.position.topRight, input),
			bottomRight: mapPoint(r.position.bottomRight, input),
			bottomLeft: mapPoint(r.position.bottomLeft, input),
		},
	};
}

export interface RunPassesOptions {
	/**
	 * Keep going after a pass that reads codes while zxing has located symbols that no pass has
	 * read yet (thorough mode: photos of several codes). Otherwise the first pass that reads any
	 * code wins (fast mode: one card in a camera frame).
	 */
	collect?: boolean;
}

function centre(q: QrPosition): Point {
	return {
		x: (q.topLeft.x + q.topRight.x + q.bottomRight.x + q.bottomLeft.x) / 4,
		y: (q.topLeft.y + q.topRight.y + q.bottomRight.y + q.bottomLeft.y) / 4,
	};
}

/** Whether p lies inside the quadrilateral (either winding; zxing's quads are convex). */
function insideQuad(p: Point, q: QrPosition): boolean {
	const pts = [q.topLeft, q.topRight, q.bottomRight, q.bottomLeft];
	let sign = 0;
	for (let i = 0; i < 4; i++) {
		const a = pts[i]!;
		const b = pts[(i + 1) % 4]!;
		const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
		if (cross === 0) continue;
		if (sign === 0) sign = Math.sign(cross);
		else if (Math.sign(cross) !== sign) return false;
	}
	return true;
}

/** A candidate worth another pass or the bent-grid sampler: a Model 2 QR symbol ('1'…'40'). */
function plausibleCandidate(r: ReadResult): boolean {
	// Micro QR and rMQR candidates in photos are nearly always false finds.
	return r.format === 'QRCode' && /^\d+$/.test(r.version);
}

/** True when a located symbol lies outside every code read so far. */
function unreadCandidates(ctx: PassContext): ReadResult[] {
	return ctx.failed.filter(
		(r) =>
			plausibleCandidate(r) && !ctx.found.some((f) => insideQuad(centre(r.position), f.position))
	);
}

/** The same symbol read by two passes: same bytes, and each centre inside the other's quad. */
function sameCode(a: QrCodeFound, b: QrCodeFound): boolean {
	if (a.text !== b.text || a.bytes.length !== b.bytes.length) return false;
	if (!a.bytes.every((v, i) => v === b.bytes[i])) return false;
	return insideQuad(centre(a.position), b.position) || insideQuad(centre(b.position), a.position);
}

/** Runs passes in order and returns the codes read (see RunPassesOptions for when it stops). */
export async function runPasses(
	source: RgbaImage,
	passes: readonly (Pass | CustomPass)[],
	options: RunPassesOptions = {}
): Promise<QrCodeFound[]> {
	const ctx = new PassContext(source);
	for (const pass of passes) {
		let codes: QrCodeFound[];
		if ('run' in pass) {
			codes = await pass.run(ctx);
		} else {
			const input = pass.build(ctx);
			if (!input) continue;
			const results = await zxingRead(
				input.image as RgbaImage & { data: Uint8ClampedArray },
				pass.options
			);
			codes = results.filter((r) => r.isValid && r.format !== 'None').map((r) => toFound(r, input));
			if (input.scale === 1 && input.offsetX === 0 && input.offsetY === 0) {
				ctx.failed.push(...results.filter((r) => !r.isValid && r.format !== 'None'));
			}
		}
		for (const c of codes) if (!ctx.found.some((f) => sameCode(f, c))) ctx.found.push(c);
		if (ctx.found.length > 0 && (!options.collect || unreadCandidates(ctx).length === 0)) break;
	}
	return ctx.found;
}

/**
 * Finds every QR code in an RGBA image. Requires configureZxing() first (throws otherwise, so that
 * zxing-wasm can never fall back to its CDN).
 */
export async function readQrCodes(
	image: RgbaImage,
	options: ReadQrOptions = {}
): Promise<QrCodeFound[]> {
	const mode = options.mode ?? 'thorough';
	const source: RgbaImage =
		image.data instanceof Uint8ClampedArray
			? image
			: {
					data: new Uint8ClampedArray(
						image.data.buffer,
						image.data.byteOffset,
						image.data.byteLength
					),
					width: image.width,
					height: image.height,
				};
	const passes = mode === 'fast' ? fastPasses(source, options.regionOfInterest) : THOROUGH_PASSES;
	return runPasses(source, passes, { collect: mode === 'thorough' });
}
