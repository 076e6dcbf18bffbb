/**
 * The print-friendly variant of any scene: white ground, black text, one accent colour, the same
 * layout and the same QR code. It eats little ink and stays readable from a black-and-white laser
 * printer (the campaign's gold on red turns into light grey on mid grey there). A pure recolouring
 * of the campaign scene, so every template and the poster maker get it without a second design.
 * DOM-free.
 */
import { COLORS, PRINT_COLORS } from './design.ts';
import type { Op, Scene } from './scene.ts';
import { textRect } from './scene.ts';

type Shape = Extract<Op, { type: 'rect' | 'circle' }>;

function contains(shape: Shape, x: number, y: number): boolean {
	if (shape.type === 'rect') {
		return x >= shape.x && x <= shape.x + shape.w && y >= shape.y && y <= shape.y + shape.h;
	}
	return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
}

/**
 * The fill behind a point of op `index`: the last shape drawn before it that covers the point, or
 * the scene's ground.
 */
export function fillBehind(scene: Scene, index: number, x: number, y: number): string {
	for (let i = index - 1; i >= 0; i--) {
		const op = scene.ops[i]!;
		if ((op.type === 'rect' || op.type === 'circle') && contains(op, x, y)) return op.fill;
	}
	return scene.background;
}

/** The print variant of a scene (a new scene; the given one is left as it is). */
export function printVariant(scene: Scene): Scene {
	const { paper, ink, accent } = PRINT_COLORS;
	// Panels, boxes and strips vanish into the paper; discs and bullets carry the accent.
	const ops = scene.ops.map((op, index): Op => {
		switch (op.type) {
			case 'rect':
				return { ...op, fill: paper };
			case 'circle':
				return { ...op, fill: accent };
			case 'icon': {
				const onDisc = fillBehind(scene, index, op.x + op.size / 2, op.y + op.size / 2);
				const disc = scene.ops
					.slice(0, index)
					.some((o) => o.type === 'circle' && contains(o, op.x + op.size / 2, op.y + op.size / 2));
				return { ...op, color: disc && onDisc !== scene.background ? paper : accent };
			}
			case 'qr':
				return { ...op, fg: ink, bg: paper };
			case 'text': {
				const box = textRect(op);
				const behind = fillBehind(scene, index, box.x + box.w / 2, box.y + box.h / 2);
				const onDisc = scene.ops
					.slice(0, index)
					.some(
						(o) =>
							o.type === 'circle' &&
							o.fill === behind &&
							contains(o, box.x + box.w / 2, box.y + box.h / 2)
					);
				// Gold labels ("CÁCH n", the site name) keep their emphasis as the accent.
				const color = onDisc ? paper : op.color === COLORS.gold ? accent : ink;
				return { ...op, color };
			}
		}
	});
	return { ...scene, background: paper, ops };
}
