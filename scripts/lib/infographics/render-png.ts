/**
 * Node-only: draws a Scene with satori (layout + glyph outlines → SVG) and rasterises it with
 * sharp (libvips/librsvg). sharp, not @resvg/resvg-js, because resvg-js keeps memory across
 * many renders in one process.
 */
import satori from 'satori';
import sharp from 'sharp';
import { satoriFonts, sceneToNode } from '../../../src/lib/infographics/satori-tree.ts';
import type { Scene } from '../../../src/lib/infographics/scene.ts';
import { loadFonts } from './fonts.ts';

// One libvips thread per render and no operation cache: the generator runs renders back to back
// on small machines, and the cache only grows the resident memory.
sharp.cache(false);
sharp.concurrency(1);

/** Scene → SVG text (glyphs as paths). */
export async function sceneToSvg(scene: Scene): Promise<string> {
	const { fonts } = loadFonts();
	return satori(sceneToNode(scene) as unknown as Parameters<typeof satori>[0], {
		width: scene.width,
		height: scene.height,
		fonts: satoriFonts({ 400: fonts[400].data, 700: fonts[700].data, 800: fonts[800].data }),
	});
}

/** Scene → optimised PNG. A 256-colour palette suits the flat campaign colours. */
export async function renderPng(scene: Scene): Promise<Buffer> {
	const svg = await sceneToSvg(scene);
	return sharp(Buffer.from(svg), { density: 72 })
		.png({ compressionLevel: 9, palette: true, colours: 256, effort: 7 })
		.toBuffer();
}

/** Small WebP preview for the gallery (`width` px wide). */
export async function renderThumb(
	png: Buffer,
	width: number
): Promise<{ data: Buffer; width: number; height: number }> {
	const { data, info } = await sharp(png)
		.resize({ width, kernel: 'lanczos3' })
		.webp({ quality: 78, effort: 5 })
		.toBuffer({ resolveWithObject: true });
	return { data, width: info.width, height: info.height };
}
