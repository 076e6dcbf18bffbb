/**
 * The Measure of the templates, built from font faces that can lay text out (fontkit's faces, in
 * Node and in the poster maker's worker alike), so both wrap every line at the same word. DOM-free.
 */
import type { FontWeight, Measure } from './text.ts';

/** The part of a fontkit face the measure needs. */
export interface LayoutFace {
	unitsPerEm: number;
	layout(text: string): { advanceWidth: number };
}

/** Width at size 1 per (weight, text), cached: the fitting loops ask for the same strings many times. */
export function measureWith(faces: Readonly<Record<FontWeight, LayoutFace>>): Measure {
	const widths = new Map<string, number>();
	return (text, size, weight) => {
		const key = `${weight}\u0000${text}`;
		let width = widths.get(key);
		if (width === undefined) {
			const face = faces[weight];
			width = face.layout(text).advanceWidth / face.unitsPerEm;
			widths.set(key, width);
		}
		return width * size;
	};
}
