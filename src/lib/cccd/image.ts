/**
 * Small, allocation-conscious grayscale image operations used by the QR reading pipeline.
 * Pure TypeScript on typed arrays (no canvas, no DOM) so the same code runs in a Web Worker and in Node.
 */

export interface RgbaImage {
	/** RGBA, 4 bytes per pixel, row-major (what canvas ImageData and sharp `.raw()` give). */
	data: Uint8ClampedArray | Uint8Array;
	width: number;
	height: number;
}

export interface GrayImage {
	data: Uint8Array;
	width: number;
	height: number;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Luma with the same integer weights zxing-wasm uses internally. */
export function toGray(image: RgbaImage, rect?: Rect): GrayImage {
	const r = rect ?? { x: 0, y: 0, width: image.width, height: image.height };
	const out = new Uint8Array(r.width * r.height);
	const src = image.data;
	for (let y = 0; y < r.height; y++) {
		let s = ((r.y + y) * image.width + r.x) * 4;
		let o = y * r.width;
		for (let x = 0; x < r.width; x++, s += 4, o++) {
			out[o] = (306 * src[s]! + 601 * src[s + 1]! + 117 * src[s + 2]! + 512) >> 10;
		}
	}
	return { data: out, width: r.width, height: r.height };
}

/**
 * Expands gray to RGBA, the only pixel layout zxing-wasm's readBarcodes accepts. Writes into
 * `into` when it is large enough (the camera loop reuses one buffer instead of one per frame).
 */
export function grayToRgba(gray: GrayImage, into?: Uint8ClampedArray): RgbaImage {
	const n = gray.width * gray.height;
	const out = into && into.length >= n * 4 ? into.subarray(0, n * 4) : new Uint8ClampedArray(n * 4);
	const g = gray.data;
	for (let i = 0, o = 0; i < n; i++, o += 4) {
		const v = g[i]!;
		out[o] = v;
		out[o + 1] = v;
		out[o + 2] = v;
		out[o + 3] = 255;
	}
	return { data: out, width: gray.width, height: gray.height };
}

/**
 * Resizes by area averaging when shrinking (keeps thin modules instead of aliasing them away) and
 * bilinear interpolation when enlarging.
 */
export function resize(src: GrayImage, width: number, height: number): GrayImage {
	width = Math.max(1, Math.round(width));
	height = Math.max(1, Math.round(height));
	if (width === src.width && height === src.height) return src;
	const out = new Uint8Array(width * height);
	const sx = src.width / width;
	const sy = src.height / height;
	const s = src.data;
	if (sx >= 1 && sy >= 1) {
		for (let y = 0; y < height; y++) {
			const y0 = Math.floor(y * sy);
			const y1 = Math.min(src.height, Math.max(y0 + 1, Math.floor((y + 1) * sy)));
			for (let x = 0; x < width; x++) {
				const x0 = Math.floor(x * sx);
				const x1 = Math.min(src.width, Math.max(x0 + 1, Math.floor((x + 1) * sx)));
				let sum = 0;
				for (let yy = y0; yy < y1; yy++) {
					const row = yy * src.width;
					for (let xx = x0; xx < x1; xx++) sum += s[row + xx]!;
				}
				out[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
			}
		}
		return { data: out, width, height };
	}
	for (let y = 0; y < height; y++) {
		const fy = Math.max(0, (y + 0.5) * sy - 0.5);
		const y0 = Math.min(src.height - 1, Math.floor(fy));
		const y1 = Math.min(src.height - 1, y0 + 1);
		const wy = fy - y0;
		for (let x = 0; x < width; x++) {
			const fx = Math.max(0, (x + 0.5) * sx - 0.5);
			const x0 = Math.min(src.width - 1, Math.floor(fx));
			const x1 = Math.min(src.width - 1, x0 + 1);
			const wx = fx - x0;
			const a = s[y0 * src.width + x0]!;
			const b = s[y0 * src.width + x1]!;
			const c = s[y1 * src.width + x0]!;
			const d = s[y1 * src.width + x1]!;
			out[y * width + x] = Math.round(
				(a * (1 - wx) + b * wx) * (1 - wy) + (c * (1 - wx) + d * wx) * wy
			);
		}
	}
	return { data: out, width, height };
}

/** Box blur with the given radius (two separable passes): suppresses sensor noise and JPEG blocks. */
export function boxBlur(src: GrayImage, radius = 1): GrayImage {
	const { width: w, height: h } = src;
	const tmp = new Uint8Array(w * h);
	const out = new Uint8Array(w * h);
	const s = src.data;
	for (let y = 0; y < h; y++) {
		const row = y * w;
		for (let x = 0; x < w; x++) {
			let sum = 0;
			let cnt = 0;
			for (let k = Math.max(0, x - radius); k <= Math.min(w - 1, x + radius); k++, cnt++)
				sum += s[row + k]!;
			tmp[row + x] = (sum / cnt + 0.5) | 0;
		}
	}
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			let sum = 0;
			let cnt = 0;
			for (let k = Math.max(0, y - radius); k <= Math.min(h - 1, y + radius); k++, cnt++)
				sum += tmp[k * w + x]!;
			out[y * w + x] = (sum / cnt + 0.5) | 0;
		}
	}
	return { data: out, width: w, height: h };
}

/** Unsharp mask: restores module edges softened by focus blur or motion. */
export function sharpen(src: GrayImage, amount = 1, radius = 1): GrayImage {
	const blurred = boxBlur(src, radius);
	const out = new Uint8Array(src.data.length);
	const s = src.data;
	const b = blurred.data;
	for (let i = 0; i < s.length; i++) {
		const v = s[i]! + amount * (s[i]! - b[i]!);
		out[i] = v < 0 ? 0 : v > 255 ? 255 : v;
	}
	return { data: out, width: src.width, height: src.height };
}

/**
 * Local-mean threshold over a square window, with a bias: pixels darker than `mean - bias` become
 * black. Larger windows than zxing's fixed 8×8-block HybridBinarizer help with strong shadows and
 * glare gradients across big codes.
 */
export function adaptiveThreshold(src: GrayImage, windowSize: number, bias = 6): GrayImage {
	const { width: w, height: h } = src;
	const mean = boxMean(src.data, w, h, Math.max(1, windowSize >> 1));
	const out = new Uint8Array(w * h);
	for (let i = 0; i < out.length; i++) out[i] = src.data[i]! < mean[i]! - bias ? 0 : 255;
	return { data: out, width: w, height: h };
}

/**
 * Local contrast normalisation: each pixel becomes its distance from the local mean in units of
 * the local standard deviation (window (2r+1)², floor `minStd` so flat areas stay flat), mapped
 * around mid-grey. A glare or a shadow adds or removes light smoothly over many modules: the local
 * mean and spread absorb it, leaving the modules' own contrast, however faint under the glare.
 */
export function normalizeContrast(src: GrayImage, r: number, minStd = 8): GrayImage {
	const { width: w, height: h, data } = src;
	const mean = boxMean(data, w, h, r);
	const sq = new Float64Array(w * h);
	for (let i = 0; i < sq.length; i++) sq[i] = data[i]! * data[i]!;
	const meanSq = boxMean(sq, w, h, r);
	const out = new Uint8Array(w * h);
	for (let i = 0; i < out.length; i++) {
		const m = mean[i]!;
		const sd = Math.sqrt(Math.max(0, meanSq[i]! - m * m));
		const v = 128 + (64 * (data[i]! - m)) / Math.max(sd, minStd);
		out[i] = v < 0 ? 0 : v > 255 ? 255 : v;
	}
	return { data: out, width: w, height: h };
}

/**
 * Mean over a (2r+1)² window around each pixel, clipped at the edges. Running sums along each row,
 * then down each column: two additions and two subtractions per pixel whatever r, and no
 * (w+1)×(h+1) summed-area table to allocate (a 12-megapixel photo made that 100 MB).
 */
export function boxMean(data: ArrayLike<number>, w: number, h: number, r: number): Float64Array {
	const rows = new Float64Array(w * h);
	for (let y = 0; y < h; y++) {
		const o = y * w;
		let sum = 0;
		for (let x = 0; x <= Math.min(r, w - 1); x++) sum += data[o + x]!;
		for (let x = 0; x < w; x++) {
			rows[o + x] = sum / (Math.min(w - 1, x + r) - Math.max(0, x - r) + 1);
			if (x + r + 1 < w) sum += data[o + x + r + 1]!;
			if (x - r >= 0) sum -= data[o + x - r]!;
		}
	}
	// Every row mean at a given x covers the same columns, so the window mean is their average.
	const out = new Float64Array(w * h);
	const col = new Float64Array(w);
	for (let y = 0; y <= Math.min(r, h - 1); y++) {
		for (let x = 0; x < w; x++) col[x]! += rows[y * w + x]!;
	}
	for (let y = 0; y < h; y++) {
		const n = Math.min(h - 1, y + r) - Math.max(0, y - r) + 1;
		const o = y * w;
		for (let x = 0; x < w; x++) out[o + x] = col[x]! / n;
		if (y + r + 1 < h) {
			const add = (y + r + 1) * w;
			for (let x = 0; x < w; x++) col[x]! += rows[add + x]!;
		}
		if (y - r >= 0) {
			const sub = (y - r) * w;
			for (let x = 0; x < w; x++) col[x]! -= rows[sub + x]!;
		}
	}
	return out;
}

/**
 * Crops and shrinks RGBA straight to gray by averaging k×k blocks (k = smallest integer keeping
 * the longer side ≤ maxSide): one read of the source pixels, which matters on 1920×1080 frames.
 */
export function toGrayDownscaled(image: RgbaImage, rect: Rect, maxSide: number): GrayImage {
	const { k, width: w, height: h } = downscaled(rect, maxSide);
	if (k === 1) return toGray(image, rect);
	const out = new Uint8Array(w * h);
	const sums = new Uint32Array(w);
	const src = image.data;
	const div = k * k * 1024;
	for (let y = 0; y < h; y++) {
		sums.fill(0);
		for (let dy = 0; dy < k; dy++) {
			let s = ((rect.y + y * k + dy) * image.width + rect.x) * 4;
			for (let x = 0; x < w; x++) {
				let acc = 0;
				for (let dx = 0; dx < k; dx++, s += 4)
					acc += 306 * src[s]! + 601 * src[s + 1]! + 117 * src[s + 2]!;
				sums[x]! += acc;
			}
		}
		for (let x = 0; x < w; x++) out[y * w + x] = Math.round(sums[x]! / div);
	}
	return { data: out, width: w, height: h };
}

/**
 * The integer factor `k` and resulting size with which toGrayDownscaled and planeDownscaled bring a
 * rect's longer side down to at most maxSide (k = 1: unscaled).
 */
export function downscaled(
	rect: { width: number; height: number },
	maxSide: number
): { k: number; width: number; height: number } {
	const k = Math.max(1, Math.ceil(Math.max(rect.width, rect.height) / maxSide));
	return { k, width: Math.floor(rect.width / k), height: Math.floor(rect.height / k) };
}

/**
 * One 8-bit channel with `stride` bytes per row: the luma (Y) plane of a camera frame as
 * VideoFrame.copyTo gives it (I420, NV12…), which is already the gray image the decoder needs.
 */
export interface Plane {
	data: Uint8Array;
	width: number;
	height: number;
	stride: number;
}

/**
 * toGrayDownscaled for a plane: the same integer factor and block average, so a frame read from its
 * luma plane gives the same pixels as the same frame read from RGBA with R = G = B = Y. Writes
 * into `into` when it is large enough (no allocation per camera frame).
 */
export function planeDownscaled(
	plane: Plane,
	rect: Rect,
	maxSide: number,
	into?: Uint8Array
): GrayImage {
	const { k, width: w, height: h } = downscaled(rect, maxSide);
	const out = into && into.length >= w * h ? into.subarray(0, w * h) : new Uint8Array(w * h);
	const src = plane.data;
	const stride = plane.stride;
	if (k === 1) {
		for (let y = 0; y < h; y++) {
			const s = (rect.y + y) * stride + rect.x;
			out.set(src.subarray(s, s + w), y * w);
		}
		return { data: out, width: w, height: h };
	}
	const div = k * k;
	const half = div >> 1;
	for (let y = 0; y < h; y++) {
		const o = y * w;
		const row0 = (rect.y + y * k) * stride + rect.x;
		for (let x = 0; x < w; x++) {
			let acc = 0;
			for (let dy = 0, r = row0 + x * k; dy < k; dy++, r += stride) {
				for (let dx = 0; dx < k; dx++) acc += src[r + dx]!;
			}
			// Math.round of acc / div for non-negative integers, without the division's float.
			out[o + x] = ((acc + half) / div) | 0;
		}
	}
	return { data: out, width: w, height: h };
}
