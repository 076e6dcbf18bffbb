/**
 * The satori element tree of a Scene: every op placed absolutely, text lines already wrapped by the
 * templates. DOM-free: the build (render-png.ts, Node) and the poster maker's worker (browser) hand
 * the same tree to satori with the same font files, so both draw the same picture.
 */
import { ICON_GRID, ICON_STROKE, ICONS } from './icons.ts';
import { qrPathData, qrTotalModules } from './qr.ts';
import type { Op, Scene } from './scene.ts';
import type { FontWeight } from './text.ts';

/** Family name the satori templates ask for. */
export const FONT_FAMILY = 'Be Vietnam Pro';

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

/** satori's font list for the three weights, from their TTF bytes. */
export function satoriFonts<D extends ArrayBuffer | Uint8Array>(
	files: Readonly<Record<FontWeight, D>>
): Array<{ name: string; data: D; weight: FontWeight; style: 'normal' }> {
	return ([400, 700, 800] as const).map((weight) => ({
		name: FONT_FAMILY,
		data: files[weight],
		weight,
		style: 'normal' as const,
	}));
}
