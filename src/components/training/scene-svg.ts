/**
 * Draws a Scene (src/lib/infographics/scene.ts) as inline SVG markup for the slide pages: the same
 * shapes, lines and QR modules the kit's PDF renderer draws, so a picture on screen and in the
 * printed deck are one drawing. Text is placed on the baseline the PDF renderer uses (CSS line box:
 * half the leading, then the ascender). DOM-free.
 */
import { ICON_GRID, ICON_STROKE, ICONS } from '../../lib/infographics/icons.ts';
import { qrPathData, qrTotalModules } from '../../lib/infographics/qr.ts';
import type { Scene } from '../../lib/infographics/scene.ts';
import type { FontWeight } from '../../lib/infographics/text.ts';

/** Ascender and descender of each weight, as fractions of the font size (descent negative). */
export type FontMetrics = Record<FontWeight, { ascent: number; descent: number }>;

/** The family the web font and the PDF embed. */
export const SLIDE_FONT = 'Be Vietnam Pro';

const escape = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rounds to 0.01 so the markup stays short and stable. */
const n = (value: number): string => String(Math.round(value * 100) / 100);

/** The inner markup (no <svg> element) of a scene; the caller wraps it with its own attributes. */
export function sceneSvgContent(
	scene: Scene,
	metrics: FontMetrics,
	options: { radius?: number } = {}
): string {
	const out: string[] = [
		`<rect width="${scene.width}" height="${scene.height}" rx="${options.radius ?? 0}" fill="${scene.background}"/>`,
	];
	for (const op of scene.ops) {
		switch (op.type) {
			case 'rect':
				out.push(
					`<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}"${op.radius ? ` rx="${n(Math.min(op.radius, op.w / 2, op.h / 2))}"` : ''} fill="${op.fill}"/>`
				);
				break;
			case 'circle':
				out.push(`<circle cx="${n(op.cx)}" cy="${n(op.cy)}" r="${n(op.r)}" fill="${op.fill}"/>`);
				break;
			case 'text': {
				const { ascent, descent } = metrics[op.weight];
				const baseline = op.y + (op.lineBox - (ascent - descent) * op.size) / 2 + ascent * op.size;
				const [x, anchor] =
					op.align === 'center'
						? [op.x + op.w / 2, 'middle']
						: op.align === 'right'
							? [op.x + op.w, 'end']
							: [op.x, 'start'];
				out.push(
					`<text x="${n(x)}" y="${n(baseline)}" font-size="${n(op.size)}" font-weight="${op.weight}" fill="${op.color}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}>${escape(op.text)}</text>`
				);
				break;
			}
			case 'icon': {
				const k = op.size / ICON_GRID;
				const parts = ICONS[op.icon]
					.map((part) =>
						part.mode === 'fill'
							? `<path d="${part.d}" fill="${op.color}"/>`
							: `<path d="${part.d}" fill="none" stroke="${op.color}" stroke-width="${ICON_STROKE}" stroke-linecap="round" stroke-linejoin="round"/>`
					)
					.join('');
				out.push(`<g transform="translate(${n(op.x)} ${n(op.y)}) scale(${n(k)})">${parts}</g>`);
				break;
			}
			case 'qr': {
				const k = op.size / qrTotalModules(op.matrix);
				out.push(
					`<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.size)}" height="${n(op.size)}" fill="${op.bg}"/>`,
					`<path transform="translate(${n(op.x)} ${n(op.y)}) scale(${k})" shape-rendering="crispEdges" fill="${op.fg}" d="${qrPathData(op.matrix)}"/>`
				);
				break;
			}
		}
	}
	return out.join('');
}

/** A whole standalone SVG document of a scene (for tests and a quick look in a browser). */
export function sceneSvg(scene: Scene, metrics: FontMetrics, title: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${SLIDE_FONT}" role="img"><title>${escape(title)}</title>${sceneSvgContent(scene, metrics)}</svg>`;
}
