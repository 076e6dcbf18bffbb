/**
 * Fake-camera clips built from given pictures (screenshots of phones showing a QR, say): each scene
 * shows one picture, centred and scaled to fit, or an empty view, for some frames. Written as
 * MJPEG (JPEG frames one after another, file name ending in .mjpeg), which Chromium's
 * --use-file-for-fake-video-capture plays in a loop at MJPEG_FPS frames a second; a still scene
 * is then one JPEG repeated, so a clip of many scenes stays small.
 *
 * `marker`: a row of MARKER_BITS squares in the top-left corner, all white on empty frames; on a
 * frame that shows picture i (0-based, in scene order) the first square is black and the others
 * spell i + 1 in binary (black = 1), so a benchmark can tell from the video itself which picture
 * came into view and when, even when the page misses some frames.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';

export interface ClipScene {
	/** An image file's bytes (PNG, JPEG), or null for a view with nothing in it. */
	image: Buffer | null;
	frames: number;
}

export interface ImageClipOptions {
	scenes: readonly ClipScene[];
	width?: number;
	height?: number;
	/** Share of the frame height a picture is scaled to (default 0.8). */
	fill?: number;
	marker?: boolean;
	out: string;
}

/** Frames a second Chromium plays an MJPEG file at (its fixed rate for this format). */
export const MJPEG_FPS = 30;
/** Side of one marker square, in pixels. */
export const MARKER_SIDE = 24;
/** Marker squares: "a picture is in view", then the picture's number + 1 in binary, lowest first. */
export const MARKER_BITS = 8;

/** Which squares are black for picture `index` (null: an empty view). */
export function markerBits(index: number | null): boolean[] {
	if (index === null) return Array.from({ length: MARKER_BITS }, () => false);
	return [
		true,
		...Array.from({ length: MARKER_BITS - 1 }, (_, bit) => (((index + 1) >> bit) & 1) === 1),
	];
}
const BACKGROUND = { r: 96, g: 88, b: 80 };

async function sceneFrame(
	image: Buffer | null,
	width: number,
	height: number,
	fill: number,
	marker: number | null | undefined
): Promise<Buffer> {
	const layers: OverlayOptions[] = [];
	if (image) {
		const fitted = await sharp(image)
			.flatten({ background: '#ffffff' })
			.resize({
				width: Math.round(width * fill),
				height: Math.round(height * fill),
				fit: 'inside',
			})
			.png()
			.toBuffer({ resolveWithObject: true });
		layers.push({
			input: fitted.data,
			left: Math.round((width - fitted.info.width) / 2),
			top: Math.round((height - fitted.info.height) / 2),
		});
	}
	if (marker !== undefined) {
		for (const [i, black] of markerBits(marker).entries()) {
			const shade = black ? 0 : 255;
			layers.push({
				input: {
					create: {
						width: MARKER_SIDE,
						height: MARKER_SIDE,
						channels: 3,
						background: { r: shade, g: shade, b: shade },
					},
				},
				left: i * MARKER_SIDE,
				top: 0,
			});
		}
	}
	return sharp({ create: { width, height, channels: 3, background: BACKGROUND } })
		.composite(layers)
		.jpeg({ quality: 90, chromaSubsampling: '4:2:0' })
		.toBuffer();
}

/** Writes the clip and returns its path. */
export async function makeImageClip(options: ImageClipOptions): Promise<string> {
	const width = options.width ?? 960;
	const height = options.height ?? 540;
	const fill = options.fill ?? 0.8;
	mkdirSync(dirname(options.out), { recursive: true });
	const fd = openSync(options.out, 'w');
	try {
		let picture = 0;
		for (const scene of options.scenes) {
			// Scenes are still pictures: one conversion per scene, written once per frame.
			const marker = options.marker ? (scene.image ? picture : null) : undefined;
			if (scene.image) picture++;
			const frame = await sceneFrame(scene.image, width, height, fill, marker);
			for (let i = 0; i < scene.frames; i++) writeSync(fd, frame);
		}
	} finally {
		closeSync(fd);
	}
	return options.out;
}

/**
 * A photo of several phones held up together: the pictures side by side on one background, each
 * turned a little, as a JPEG.
 */
export async function groupPhoto(
	images: readonly Buffer[],
	width = 1600,
	height = 900
): Promise<Buffer> {
	const slot = Math.floor(width / images.length);
	const layers: OverlayOptions[] = [];
	for (const [i, image] of images.entries()) {
		const turned = await sharp(image)
			.flatten({ background: '#ffffff' })
			.resize({ width: Math.round(slot * 0.8), height: Math.round(height * 0.8), fit: 'inside' })
			.rotate(i % 2 ? 4 : -3, { background: BACKGROUND })
			.png()
			.toBuffer({ resolveWithObject: true });
		layers.push({
			input: turned.data,
			left: Math.max(0, Math.round(i * slot + (slot - turned.info.width) / 2)),
			top: Math.max(0, Math.round((height - turned.info.height) / 2)),
		});
	}
	return sharp({ create: { width, height, channels: 3, background: BACKGROUND } })
		.composite(layers)
		.jpeg({ quality: 88 })
		.toBuffer();
}
