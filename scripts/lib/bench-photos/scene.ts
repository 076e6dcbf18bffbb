/**
 * Node-only: a pinhole-camera picture of a (possibly bent) card lying in 3-D space, for the decoder
 * benchmark. The card is a flat RGB picture; it is cut into a mesh of small cells, each vertex is
 * bent onto a cylinder, rotated, moved away from the camera and projected, and every cell is
 * filled by inverse mapping through its own homography. So perspective up to grazing angles and
 * curvature come out of one model instead of separate 2-D warps.
 */
import { homography } from '../degrade.ts';

/** 3-channel RGB pixels, row-major. */
export interface Rgb {
	data: Uint8ClampedArray;
	width: number;
	height: number;
}

export type Vec2 = [number, number];

export interface Pose {
	/** Size of one QR module in photo pixels, for a flat card seen face-on at its distance. */
	modulePx: number;
	/** In-plane rotation, degrees. */
	roll: number;
	/** Tilt of the card away from the camera, degrees (0 = face-on), about an in-plane axis… */
	tilt: number;
	/** …at this direction, degrees (0 = the card's horizontal axis). */
	tiltAxis: number;
	/**
	 * Bending: total arc, degrees, of the cylinder the card is bent onto, across its width
	 * (0 = flat). Positive bows the middle towards the camera (a card squeezed between fingers).
	 */
	bendArc: number;
	/** Where the QR's centre lands, as fractions of the photo's width and height. */
	target: Vec2;
}

export interface Scene {
	width: number;
	height: number;
	/** Focal length in pixels. */
	focal: number;
}

type Mat3 = [number, number, number, number, number, number, number, number, number];

function rotation(axis: Vec2, angle: number): Mat3 {
	// Rodrigues' formula for a unit axis in the card plane (z = 0).
	const [x, y] = axis;
	const c = Math.cos(angle);
	const s = Math.sin(angle);
	const t = 1 - c;
	return [t * x * x + c, t * x * y, s * y, t * x * y, t * y * y + c, -s * x, -s * y, s * x, c];
}

function mul(a: Mat3, b: Mat3): Mat3 {
	const o = new Array<number>(9).fill(0) as Mat3;
	for (let r = 0; r < 3; r++)
		for (let c = 0; c < 3; c++)
			o[r * 3 + c] = a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!;
	return o;
}

const deg = (d: number): number => (d * Math.PI) / 180;

/**
 * The projection of card pixel coordinates (x, y in the card picture) into the photo, for a card
 * of `cardWidth` × `cardHeight` whose QR occupies `qr` (4 corners, card pixels) with `modules`
 * modules per side.
 */
export function projector(
	scene: Scene,
	pose: Pose,
	card: { width: number; height: number },
	qr: Vec2[],
	modules: number
): (p: Vec2) => Vec2 {
	const qrSide = Math.hypot(qr[1]![0] - qr[0]![0], qr[1]![1] - qr[0]![1]);
	// World units are card pixels; at distance D a unit spans focal / D photo pixels.
	const unitsPerModule = qrSide / modules;
	const distance = (scene.focal * unitsPerModule) / pose.modulePx;
	const arc = deg(pose.bendArc);
	const radius = arc === 0 ? Infinity : card.width / arc;
	const r = deg(pose.roll);
	const rot = mul(
		[Math.cos(r), -Math.sin(r), 0, Math.sin(r), Math.cos(r), 0, 0, 0, 1],
		rotation([Math.cos(deg(pose.tiltAxis)), Math.sin(deg(pose.tiltAxis))], deg(pose.tilt))
	);
	const cx = scene.width / 2;
	const cy = scene.height / 2;
	const qrCentre: Vec2 = [
		(qr[0]![0] + qr[1]![0] + qr[2]![0] + qr[3]![0]) / 4,
		(qr[0]![1] + qr[1]![1] + qr[2]![1] + qr[3]![1]) / 4,
	];
	let tx = 0;
	let ty = 0;
	const project = ([px, py]: Vec2): Vec2 => {
		// Card-centred coordinates, then the bend: x runs along the arc of the cylinder.
		let x = px - card.width / 2;
		const y = py - card.height / 2;
		// z grows away from the camera: with a positive arc the edges recede behind the middle.
		let z = 0;
		if (Number.isFinite(radius)) {
			const theta = x / radius;
			x = radius * Math.sin(theta);
			z = radius * (1 - Math.cos(theta));
		}
		const X = rot[0] * x + rot[1] * y + rot[2] * z + tx;
		const Y = rot[3] * x + rot[4] * y + rot[5] * z + ty;
		const Z = rot[6] * x + rot[7] * y + rot[8] * z + distance;
		return [cx + (scene.focal * X) / Z, cy + (scene.focal * Y) / Z];
	};
	// Move the card sideways until the QR centre lands on the target (converges in a few steps).
	for (let i = 0; i < 6; i++) {
		const [u, v] = project(qrCentre);
		tx += ((pose.target[0] * scene.width - u) * distance) / scene.focal;
		ty += ((pose.target[1] * scene.height - v) * distance) / scene.focal;
	}
	return project;
}

/**
 * Draws `card` into `out` through `project` (card pixel → photo pixel), bilinear, cell by cell
 * over a GX × GY mesh. Pixels outside the card keep what `out` had (the background).
 */
export function drawCard(card: Rgb, project: (p: Vec2) => Vec2, out: Rgb, gx = 32, gy = 20): void {
	const verts: Vec2[] = [];
	for (let j = 0; j <= gy; j++)
		for (let i = 0; i <= gx; i++)
			verts.push(project([(i / gx) * (card.width - 1), (j / gy) * (card.height - 1)]));
	const { width: W, height: H, data: o } = out;
	const s = card.data;
	const cw = card.width;
	for (let j = 0; j < gy; j++) {
		for (let i = 0; i < gx; i++) {
			const q = [
				verts[j * (gx + 1) + i]!,
				verts[j * (gx + 1) + i + 1]!,
				verts[(j + 1) * (gx + 1) + i + 1]!,
				verts[(j + 1) * (gx + 1) + i]!,
			];
			const src = [
				[(i / gx) * (cw - 1), (j / gy) * (card.height - 1)],
				[((i + 1) / gx) * (cw - 1), (j / gy) * (card.height - 1)],
				[((i + 1) / gx) * (cw - 1), ((j + 1) / gy) * (card.height - 1)],
				[(i / gx) * (cw - 1), ((j + 1) / gy) * (card.height - 1)],
			];
			const [h0, h1, h2, h3, h4, h5, h6, h7] = homography(q, src) as Mat3;
			// Signed area gives the winding; a pixel is inside when on the inner side of all edges.
			let area = 0;
			for (let k = 0; k < 4; k++) {
				const a = q[k]!;
				const b = q[(k + 1) % 4]!;
				area += a[0] * b[1] - b[0] * a[1];
			}
			const sign = Math.sign(area) || 1;
			const x0 = Math.max(0, Math.floor(Math.min(...q.map((p) => p[0]))));
			const x1 = Math.min(W - 1, Math.ceil(Math.max(...q.map((p) => p[0]))));
			const y0 = Math.max(0, Math.floor(Math.min(...q.map((p) => p[1]))));
			const y1 = Math.min(H - 1, Math.ceil(Math.max(...q.map((p) => p[1]))));
			for (let y = y0; y <= y1; y++) {
				const py = y + 0.5;
				for (let x = x0; x <= x1; x++) {
					const px = x + 0.5;
					let inside = true;
					for (let k = 0; k < 4 && inside; k++) {
						const a = q[k]!;
						const b = q[(k + 1) % 4]!;
						const cross = (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]);
						if (cross * sign < -1e-9) inside = false;
					}
					if (!inside) continue;
					const d = h6 * px + h7 * py + 1;
					const sx = Math.min(cw - 1.001, Math.max(0, (h0 * px + h1 * py + h2) / d));
					const sy = Math.min(card.height - 1.001, Math.max(0, (h3 * px + h4 * py + h5) / d));
					const ix = Math.floor(sx);
					const iy = Math.floor(sy);
					const fx = sx - ix;
					const fy = sy - iy;
					const a = (iy * cw + ix) * 3;
					const b = a + cw * 3;
					const oi = (y * W + x) * 3;
					for (let c = 0; c < 3; c++) {
						o[oi + c] =
							(s[a + c]! * (1 - fx) + s[a + 3 + c]! * fx) * (1 - fy) +
							(s[b + c]! * (1 - fx) + s[b + 3 + c]! * fx) * fy;
					}
				}
			}
		}
	}
}

/** The largest factor by which the projection enlarges card pixels (to pre-shrink the card). */
export function maxMagnification(
	card: { width: number; height: number },
	project: (p: Vec2) => Vec2
): number {
	let best = 0;
	const n = 8;
	for (let j = 0; j < n; j++) {
		for (let i = 0; i < n; i++) {
			const x = ((i + 0.5) / n) * card.width;
			const y = ((j + 0.5) / n) * card.height;
			const p = project([x, y]);
			const px = project([x + 1, y]);
			const py = project([x, y + 1]);
			best = Math.max(
				best,
				Math.hypot(px[0] - p[0], px[1] - p[1]),
				Math.hypot(py[0] - p[0], py[1] - p[1])
			);
		}
	}
	return best;
}
