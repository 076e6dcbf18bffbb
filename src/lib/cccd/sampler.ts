/**
 * A QR grid sampler for codes that are not flat (printed on fabric, on a curved can, on crumpled
 * paper). zxing samples module centres through one projective transform (plus alignment-pattern
 * corrections), so on a bent code whole rows drift by half a module and Reed–Solomon gives up even
 * though the finder patterns and format information were read. Here the code is first rectified
 * with that same transform, then a smooth displacement field is fitted so that the grid lines fall
 * on the module edges actually seen in the image; the modules are re-sampled along the bent grid and
 * redrawn as a clean, flat symbol for zxing to decode. Pure TypeScript on typed arrays (no DOM).
 */
import { boxMean, type GrayImage } from './image.ts';

export interface Pt {
	x: number;
	y: number;
}

/** Corners of the symbol (outer edge of the module area), as zxing reports them. */
export interface Quad {
	topLeft: Pt;
	topRight: Pt;
	bottomRight: Pt;
	bottomLeft: Pt;
}

/** Projective map from the unit square to a quadrilateral (as in zxing's PerspectiveTransform). */
class Homography {
	readonly #a: Float64Array;

	constructor(q: Quad) {
		const [x0, y0, x1, y1, x2, y2, x3, y3] = [
			q.topLeft.x,
			q.topLeft.y,
			q.topRight.x,
			q.topRight.y,
			q.bottomRight.x,
			q.bottomRight.y,
			q.bottomLeft.x,
			q.bottomLeft.y,
		];
		const dx3 = x0 - x1 + x2 - x3;
		const dy3 = y0 - y1 + y2 - y3;
		const dx1 = x1 - x2;
		const dx2 = x3 - x2;
		const dy1 = y1 - y2;
		const dy2 = y3 - y2;
		const denom = dx1 * dy2 - dx2 * dy1;
		const a13 = denom === 0 ? 0 : (dx3 * dy2 - dx2 * dy3) / denom;
		const a23 = denom === 0 ? 0 : (dx1 * dy3 - dx3 * dy1) / denom;
		this.#a = Float64Array.of(
			x1 - x0 + a13 * x1,
			x3 - x0 + a23 * x3,
			x0,
			y1 - y0 + a13 * y1,
			y3 - y0 + a23 * y3,
			y0,
			a13,
			a23
		);
	}

	/** Maps (u, v) of the unit square; writes the image point into `out` (no allocation per pixel). */
	map(u: number, v: number, out: Pt): void {
		const a = this.#a;
		const w = a[6]! * u + a[7]! * v + 1;
		out.x = (a[0]! * u + a[1]! * v + a[2]!) / w;
		out.y = (a[3]! * u + a[4]! * v + a[5]!) / w;
	}
}

/** Bilinear lookup with edge clamping. */
function bilinear(img: GrayImage, x: number, y: number): number {
	const { width: w, height: h, data } = img;
	const fx = Math.min(w - 1.001, Math.max(0, x));
	const fy = Math.min(h - 1.001, Math.max(0, y));
	const x0 = fx | 0;
	const y0 = fy | 0;
	const wx = fx - x0;
	const wy = fy - y0;
	const i = y0 * w + x0;
	return (
		(data[i]! * (1 - wx) + data[i + 1]! * wx) * (1 - wy) +
		(data[i + w]! * (1 - wx) + data[i + w + 1]! * wx) * wy
	);
}

/**
 * A smooth scalar field over the rectified image: bilinear interpolation between nodes of a coarse
 * mesh, fitted by regularised least squares (the membrane term keeps neighbouring nodes close, so
 * areas without edges follow their surroundings instead of staying at zero).
 */
class MeshField {
	readonly nx: number;
	readonly ny: number;
	readonly spacing: number;
	values: Float64Array;

	constructor(size: number, spacing: number) {
		this.spacing = spacing;
		this.nx = Math.ceil(size / spacing) + 1;
		this.ny = this.nx;
		this.values = new Float64Array(this.nx * this.ny);
	}

	/** Index of the top-left node of the cell holding (x, y); fractions in #wx, #wy. */
	#cell(x: number, y: number): number {
		const gx = Math.min(this.nx - 1.0001, Math.max(0, x / this.spacing));
		const gy = Math.min(this.ny - 1.0001, Math.max(0, y / this.spacing));
		const ix = gx | 0;
		const iy = gy | 0;
		this.#wx = gx - ix;
		this.#wy = gy - iy;
		return iy * this.nx + ix;
	}

	#wx = 0;
	#wy = 0;

	at(x: number, y: number): number {
		const i = this.#cell(x, y);
		const wx = this.#wx;
		const wy = this.#wy;
		const v = this.values;
		const nx = this.nx;
		return (
			(v[i]! * (1 - wx) + v[i + 1]! * wx) * (1 - wy) +
			(v[i + nx]! * (1 - wx) + v[i + nx + 1]! * wx) * wy
		);
	}

	/** Least squares on (x, y, value) samples plus lambda × Σ (neighbour differences)². */
	fit(xs: number[], ys: number[], vals: number[], lambda: number): void {
		const n = this.nx * this.ny;
		const A = new Float64Array(n * n);
		const b = new Float64Array(n);
		const nx = this.nx;
		const idx = new Int32Array(4);
		const wt = new Float64Array(4);
		for (let k = 0; k < xs.length; k++) {
			const i = this.#cell(xs[k]!, ys[k]!);
			const wx = this.#wx;
			const wy = this.#wy;
			idx[0] = i;
			idx[1] = i + 1;
			idx[2] = i + nx;
			idx[3] = i + nx + 1;
			wt[0] = (1 - wx) * (1 - wy);
			wt[1] = wx * (1 - wy);
			wt[2] = (1 - wx) * wy;
			wt[3] = wx * wy;
			for (let p = 0; p < 4; p++) {
				b[idx[p]!]! += wt[p]! * vals[k]!;
				for (let q = 0; q < 4; q++) A[idx[p]! * n + idx[q]!]! += wt[p]! * wt[q]!;
			}
		}
		const link = (i: number, j: number): void => {
			A[i * n + i]! += lambda;
			A[j * n + j]! += lambda;
			A[i * n + j]! -= lambda;
			A[j * n + i]! -= lambda;
		};
		for (let y = 0; y < this.ny; y++) {
			for (let x = 0; x < nx; x++) {
				const i = y * nx + x;
				if (x + 1 < nx) link(i, i + 1);
				if (y + 1 < this.ny) link(i, i + nx);
				// A tiny ridge keeps the system solvable when no edge was measured at all.
				A[i * n + i]! += 1e-6;
			}
		}
		// Every coupling is between nodes at most one mesh row apart: the matrix is banded.
		this.values = solveBanded(A, b, n, nx + 1);
	}
}

/**
 * Solves the symmetric positive definite system A x = b whose non-zeros lie within `band` of the
 * diagonal (Cholesky, in place; the factor keeps the band, so the cost is n·band² instead of n³).
 */
function solveBanded(A: Float64Array, b: Float64Array, n: number, band: number): Float64Array {
	for (let j = 0; j < n; j++) {
		const k0 = Math.max(0, j - band);
		let d = A[j * n + j]!;
		for (let k = k0; k < j; k++) d -= A[j * n + k]! ** 2;
		d = Math.sqrt(Math.max(d, 1e-12));
		A[j * n + j] = d;
		for (let i = j + 1; i < Math.min(n, j + band + 1); i++) {
			let s = A[i * n + j]!;
			for (let k = Math.max(k0, i - band); k < j; k++) s -= A[i * n + k]! * A[j * n + k]!;
			A[i * n + j] = s / d;
		}
	}
	const y = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let s = b[i]!;
		for (let k = Math.max(0, i - band); k < i; k++) s -= A[i * n + k]! * y[k]!;
		y[i] = s / A[i * n + i]!;
	}
	const x = new Float64Array(n);
	for (let i = n - 1; i >= 0; i--) {
		let s = y[i]!;
		for (let k = i + 1; k < Math.min(n, i + band + 1); k++) s -= A[k * n + i]! * x[k]!;
		x[i] = s / A[i * n + i]!;
	}
	return x;
}

export interface BentSamplerOptions {
	/** Rectified pixels per module. */
	modulePx?: number;
	/** Mesh node spacing, in modules. */
	meshModules?: number;
	/** Smoothness weight of the displacement mesh. */
	lambda?: number;
	/** Mesh spacing of each refinement round, in modules (default coarse to fine). */
	schedule?: number[];
	/** Side of the local-threshold window, in modules. */
	thresholdModules?: number;
	/** Offset added to the local threshold (positive = more modules read as dark). */
	bias?: number;
}

/**
 * Samples a dim×dim QR symbol from `gray` inside `quad`, following the bends of the code. Returns
 * one module matrix per refinement round (1 = dark), the unrefined one first, so that the caller can
 * try each: more freedom fits real bends better but can also lock onto a wrong edge.
 */
export function sampleBent(
	gray: GrayImage,
	quad: Quad,
	dim: number,
	options: BentSamplerOptions = {}
): Uint8Array[] {
	const P = options.modulePx ?? 6;
	const margin = 2;
	const cells = dim + 2 * margin;
	const size = cells * P;
	const H = new Homography(quad);

	// Rectify: pixel (s, t) centre ↔ module coordinate ((s + 0.5) / P − margin) / dim.
	const rect = new Float32Array(size * size);
	const p: Pt = { x: 0, y: 0 };
	for (let t = 0; t < size; t++) {
		const v = ((t + 0.5) / P - margin) / dim;
		for (let s = 0; s < size; s++) {
			H.map(((s + 0.5) / P - margin) / dim, v, p);
			// zxing's corners are in pixel-edge coordinates: pixel i covers [i, i + 1).
			rect[t * size + s] = bilinear(gray, p.x - 0.5, p.y - 0.5);
		}
	}
	// Local threshold over about 7×7 modules: big enough to contain both colours even next to a
	// finder pattern, small enough to follow the shading of folds.
	const thr = boxMean(rect, size, size, Math.round(((options.thresholdModules ?? 7) / 2) * P));
	let lo = 255;
	let hi = 0;
	for (let i = 0; i < rect.length; i++) {
		const v = rect[i]!;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	const minStep = Math.max(8, 0.15 * (hi - lo));

	// Coarse to fine: the first rounds may only bend the grid gently (a 2×2 mesh corrects the four
	// corners, then a 3×3 one a single bulge), so that a finer mesh never starts more than half a
	// module off and snaps to the wrong grid line.
	const fine = options.meshModules ?? 4;
	const schedule = options.schedule ?? [cells, cells / 2, fine * 2, fine];
	let dx = new MeshField(size, size);
	let dy = new MeshField(size, size);
	const lambda = options.lambda ?? 2;

	const bias = options.bias ?? 0;
	const sampleBits = (): Uint8Array => {
		const bits = new Uint8Array(dim * dim);
		const r = Math.max(1, Math.round(P / 5));
		for (let j = 0; j < dim; j++) {
			for (let i = 0; i < dim; i++) {
				const s0 = (i + margin + 0.5) * P;
				const t0 = (j + margin + 0.5) * P;
				const s = s0 + dx.at(s0, t0) - 0.5;
				const t = t0 + dy.at(s0, t0) - 0.5;
				let sum = 0;
				let th = 0;
				let cnt = 0;
				for (let yy = Math.round(t) - r; yy <= Math.round(t) + r; yy++) {
					if (yy < 0 || yy >= size) continue;
					for (let xx = Math.round(s) - r; xx <= Math.round(s) + r; xx++) {
						if (xx < 0 || xx >= size) continue;
						sum += rect[yy * size + xx]!;
						th += thr[yy * size + xx]!;
						cnt++;
					}
				}
				bits[j * dim + i] = cnt > 0 && sum < th + bias * cnt ? 1 : 0;
			}
		}
		return bits;
	};

	const out: Uint8Array[] = [sampleBits()];
	const lim0 = margin * P - P / 2;
	const lim1 = (margin + dim) * P + P / 2;
	for (const spacingModules of schedule) {
		const next: MeshField[] = [];
		for (const axis of [0, 1] as const) {
			const field = axis === 0 ? dx : dy;
			const xs: number[] = [];
			const ys: number[] = [];
			const vals: number[] = [];
			// Scan lines across the axis, 2 px apart, each averaged over 3 px for noise.
			for (let line = Math.ceil(lim0); line < lim1; line += 2) {
				let prev = NaN;
				for (let pos = Math.max(1, Math.floor(lim0)); pos < Math.min(size - 2, lim1); pos++) {
					let v = 0;
					let th = 0;
					for (let k = -1; k <= 1; k++) {
						const i = axis === 0 ? (line + k) * size + pos : pos * size + line + k;
						v += rect[i]!;
						th += thr[i]!;
					}
					const d = (v - th) / 3;
					if (!Number.isNaN(prev) && prev < 0 !== d < 0 && Math.abs(d - prev) > 0) {
						const before =
							axis === 0 ? rect[line * size + pos - 1]! : rect[(pos - 1) * size + line]!;
						const after =
							axis === 0 ? rect[line * size + pos + 1]! : rect[(pos + 1) * size + line]!;
						if (Math.abs(after - before) >= minStep) {
							// Crossing between pixel centres pos − 0.5 and pos + 0.5.
							const c = pos - 0.5 + prev / (prev - d);
							const ax = axis === 0 ? c : line + 0.5;
							const ay = axis === 0 ? line + 0.5 : c;
							const shift = field.at(ax, ay);
							const k = Math.round((c - shift) / P);
							const res = c - k * P;
							if (Math.abs(res - shift) < P * 0.45) {
								xs.push(ax);
								ys.push(ay);
								vals.push(res);
							}
						}
					}
					prev = d;
				}
			}
			const fitted = new MeshField(size, Math.min(size, spacingModules * P));
			fitted.fit(xs, ys, vals, lambda);
			next.push(fitted);
		}
		[dx, dy] = next as [MeshField, MeshField];
		out.push(sampleBits());
	}
	return out;
}

/** Draws a module matrix as a clean symbol (1 = black) with a 4-module quiet zone. */
export function renderModules(bits: Uint8Array, dim: number, px = 4): GrayImage {
	const quiet = 4;
	const side = (dim + 2 * quiet) * px;
	const data = new Uint8Array(side * side).fill(255);
	for (let j = 0; j < dim; j++) {
		for (let i = 0; i < dim; i++) {
			if (!bits[j * dim + i]) continue;
			for (let y = 0; y < px; y++) {
				const row = ((j + quiet) * px + y) * side + (i + quiet) * px;
				data.fill(0, row, row + px);
			}
		}
	}
	return { data, width: side, height: side };
}
