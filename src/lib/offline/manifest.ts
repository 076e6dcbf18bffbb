/**
 * The web app manifest (manifest.webmanifest), so the site installs to a phone's home screen with
 * a Vietnamese name, the campaign mark and colour, and opens at the site's base. DOM-free.
 */
import { COLORS } from '../infographics/design.ts';
import { normalBase } from './precache.ts';

/** Icon files written beside the manifest, relative to the base. */
export const ICONS = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	{ file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

export const MANIFEST_FILE = 'manifest.webmanifest';

/** Names shown under the icon: the home screen fits about 12 characters. */
export const SHORT_NAME = '7 cách';

export interface WebManifest {
	name: string;
	short_name: string;
	description: string;
	lang: string;
	dir: 'ltr';
	start_url: string;
	scope: string;
	id: string;
	display: 'standalone';
	theme_color: string;
	background_color: string;
	icons: Array<{ src: string; sizes: string; type: 'image/png'; purpose: string }>;
}

export function webManifest(options: {
	siteName: string;
	description: string;
	base: string;
}): WebManifest {
	const base = normalBase(options.base);
	return {
		name: options.siteName,
		short_name: SHORT_NAME,
		description: options.description,
		lang: 'vi',
		dir: 'ltr',
		start_url: base,
		scope: base,
		id: base,
		display: 'standalone',
		theme_color: COLORS.red,
		background_color: COLORS.white,
		icons: ICONS.map((icon) => ({
			src: `${base}${icon.file}`,
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}

/**
 * The maskable icon: the mark on a full square of the campaign red, inside the middle 80% that
 * every launcher's mask keeps (the "safe zone").
 */
export const MASKABLE_SAFE_ZONE = 0.8;
