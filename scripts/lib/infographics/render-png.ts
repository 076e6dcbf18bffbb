/**
 * Node-only: draws a Scene with satori (layout + glyph outlines → SVG) and rasterises it with
 * sharp (libvips/librsvg). sharp, not @resvg/resvg-js, because resvg-js keeps memory across
 * many renders in one process.
 */
import satori from 'satori';
import sharp from 'sharp';
import { ICON_GRID, ICON_STROKE, ICONS } from '../../../src/lib/infographics/icons.ts';
import { qrPathData, qrTotalModules } from '../../../src/lib/infographics/qr.ts';
import type { Op, Scene } from '../../../src/lib/infographics/scene.ts';
import { FONT_FAMILY, loadFonts } from './fonts.ts';

// One libvips thread per render and no operation cache: the generator runs renders back to back
// on small machines, and the cache only grows the resident memory.
sharp.cache(false);
sharp.concurrency(1);

/** The minimal element shape satori accepts (what JSX would produce). */
export interface SatoriNode {
	type: string;
	props: Record<string, unknown> & { children?: SatoriNode | string | Array<SatoriNode | string> };
}

const el = (type: string, props: SatoriNode['props']): SatoriNode => ({ type, props });

/** Every op is placed absolutely on the canvas. */
const placed = (left: number, top: number, width: number, height: number) =>
	({ position: 'absolute', left, top, width, height }) as const;

function opToNode(op: Op, index: number): SatoriNode {
	const key = String(index);
	switch (op.type) {
		case 'rect':
			return el('div', {
				key,
				style: {
					...placed(op.x, op.y, op.w, op.h),
					backgroundColor: op.fill,
					...(op.radius ? { borderRadius: op.radius } : {}),
				},
			});
		case 'circle':
			return el('div', {
				key,
				style: {
					...placed(op.cx - op.r, op.cy - op.r, op.r * 2, op.r * 2),
					borderRadius: op.r,
					backgroundColor: op.fill,
				},
			});
		case 'text':
			return el('div', {
				key,
				style: {
					...placed(op.x, op.y, op.w, op.lineBox),
					display: 'flex',
					alignItems: 'center',
					justifyContent:
						op.align === 'center' ? 'center' : op.align === 'right' ? 'flex-end' : 'flex-start',
					fontFamily: FONT_FAMILY,
					fontSize: op.size,
					fontWeight: op.weight,
					lineHeight: `${op.lineBox}px`,
					color: op.color,
					whiteSpace: 'nowrap',
				},
				children: op.text,
			});
		case 'icon':
			return el('svg', {
				key,
				width: op.size,
				height: op.size,
				viewBox: `0 0 ${ICON_GRID} ${ICON_GRID}`,
				style: { position: 'absolute', left: op.x, top: op.y },
				children: ICONS[op.icon].map((part, partIndex) =>
					el(
						'path',
						part.mode === 'fill'
							? { key: String(partIndex), d: part.d, fill: op.color }
							: {
									key: String(partIndex),
									d: part.d,
									fill: 'none',
									stroke: op.color,
									strokeWidth: ICON_STROKE,
									strokeLinecap: 'round',
									strokeLinejoin: 'round',
								}
					)
				),
			});
		case 'qr': {
			const total = qrTotalModules(op.matrix);
			return el('svg', {
				key,
				width: op.size,
				height: op.size,
				viewBox: `0 0 ${total} ${total}`,
				shapeRendering: 'crispEdges',
				style: { position: 'absolute', left: op.x, top: op.y },
				children: [
					el('rect', { key: 'bg', x: 0, y: 0, width: total, height: total, fill: op.bg }),
					el('path', { key: 'modules', d: qrPathData(op.matrix), fill: op.fg }),
				],
			});
		}
	}
}

/** The satori element tree of a scene. */
export function sceneToNode(scene: Scene): SatoriNode {
	return el('div', {
		style: {
			display: 'flex',
			position: 'relative',
			width: scene.width,
			height: scene.height,
			backgroundColor: scene.background,
		},
		children: scene.ops.map(opToNode),
	});
}

/** Scene → SVG text (glyphs as paths). */
export async function sceneToSvg(scene: Scene): Promise<string> {
	const { fonts } = loadFonts();
	return satori(sceneToNode(scene) as unknown as Parameters<typeof satori>[0], {
		width: scene.width,
		height: scene.height,
		fonts: Object.values(fonts).map((font) => ({
			name: FONT_FAMILY,
			data: font.data,
			weight: font.weight,
			style: 'normal' as const,
		})),
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
