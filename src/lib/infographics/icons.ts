/**
 * The method icons (field `icon` in methods.yaml), drawn as plain SVG paths on a 48 × 48 grid.
 * No icon font: the same path data is drawn by satori (PNG) and by pdf-lib (PDF, vector).
 */
import type { MethodIcon } from '../../schemas/method.ts';

/** One part of an icon: an outline drawn with the icon stroke, or a filled shape. */
export interface IconPart {
	d: string;
	mode: 'stroke' | 'fill';
}

/** Design grid of every icon. */
export const ICON_GRID = 48;
/** Stroke width on the 48-unit grid. */
export const ICON_STROKE = 3.5;

const roundedCard = 'M7 10h34a4 4 0 0 1 4 4v20a4 4 0 0 1-4 4H7a4 4 0 0 1-4-4V14a4 4 0 0 1 4-4z';

/** The method icons and the help card's own. */
export type IconName = MethodIcon | 'help';

export const ICONS: Record<IconName, readonly IconPart[]> = {
	// A magnifying glass: looking the data up.
	search: [
		{ d: 'M7 20a13 13 0 1 0 26 0a13 13 0 1 0-26 0z', mode: 'stroke' },
		{ d: 'M30 30l12 12', mode: 'stroke' },
	],
	// The card with a photo and text lines.
	card: [
		{ d: roundedCard, mode: 'stroke' },
		{ d: 'M9 17h11v14H9z', mode: 'fill' },
		{ d: 'M25 19h14M25 25h14M25 31h9', mode: 'stroke' },
	],
	// Three finder patterns and a few modules.
	qr: [
		{ d: 'M5 5h14v14H5zM29 5h14v14H29zM5 29h14v14H5z', mode: 'stroke' },
		{ d: 'M10 10h4v4h-4zM34 10h4v4h-4zM10 34h4v4h-4z', mode: 'fill' },
		{
			d: 'M29 29h5v5h-5zM38 29h5v5h-5zM33.5 33.5h5v5h-5zM29 38h5v5h-5zM38 38h5v5h-5zM23 5h3v5h-3zM23 14h3v8h-3zM5 23h8v3H5zM16 23h10v3H16z',
			mode: 'fill',
		},
	],
	// A chip with contact pins.
	chip: [
		{
			d: 'M15 12h18a3 3 0 0 1 3 3v18a3 3 0 0 1-3 3H15a3 3 0 0 1-3-3V15a3 3 0 0 1 3-3z',
			mode: 'stroke',
		},
		{ d: 'M19 19h10v10H19z', mode: 'fill' },
		{
			d: 'M19 5v7M29 5v7M19 36v7M29 36v7M5 19h7M5 29h7M36 19h7M36 29h7',
			mode: 'stroke',
		},
	],
	// A phone showing a tick: the VNeID app.
	phone: [
		{
			d: 'M16 3h16a4 4 0 0 1 4 4v34a4 4 0 0 1-4 4H16a4 4 0 0 1-4-4V7a4 4 0 0 1 4-4z',
			mode: 'stroke',
		},
		{ d: 'M21 8h6', mode: 'stroke' },
		{ d: 'M18 24l4 4l8-9', mode: 'stroke' },
		{ d: 'M21.5 38.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0z', mode: 'fill' },
	],
	// A paper with a folded corner: the CT07 confirmation.
	document: [
		{ d: 'M11 4h18l10 10v30H11z', mode: 'stroke' },
		{ d: 'M29 4v10h10', mode: 'stroke' },
		{ d: 'M17 23h16M17 30h16M17 37h10', mode: 'stroke' },
	],
	// A card with a number sign: the personal identification number notice.
	'id-number': [
		{ d: roundedCard, mode: 'stroke' },
		{ d: 'M9 20.5h14M9 27.5h14M14 15v18M19 15v18', mode: 'stroke' },
		{ d: 'M28 19h12M28 25h12M28 31h8', mode: 'stroke' },
	],
	// A speech bubble with a question mark: "Cần hỗ trợ?" (the phone is Cách 5's VNeID).
	help: [
		{
			d: 'M9 6h30a5 5 0 0 1 5 5v19a5 5 0 0 1-5 5H23l-10 8v-8H9a5 5 0 0 1-5-5V11a5 5 0 0 1 5-5z',
			mode: 'stroke',
		},
		{ d: 'M19 15.5a5 5 0 1 1 7.2 4.5c-1.4.7-2.2 1.7-2.2 3.2v.8', mode: 'stroke' },
		{ d: 'M22 29.5a2 2 0 1 0 4 0a2 2 0 1 0-4 0z', mode: 'fill' },
	],
};

/** Serialises an icon as standalone SVG markup (for tests and for a quick look in a browser). */
export function iconSvg(icon: IconName, color: string, size = ICON_GRID): string {
	const parts = ICONS[icon]
		.map((part) =>
			part.mode === 'fill'
				? `<path d="${part.d}" fill="${color}"/>`
				: `<path d="${part.d}" fill="none" stroke="${color}" stroke-width="${ICON_STROKE}" stroke-linecap="round" stroke-linejoin="round"/>`
		)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${ICON_GRID} ${ICON_GRID}">${parts}</svg>`;
}
