/**
 * The campaign design: colours, formats and fixed wording shared by every image and PDF.
 * DOM-free; imported by the generator, the gallery and the tests.
 */

/** Campaign colours. Pairs used for text are checked against WCAG AA in the unit tests. */
export const COLORS = {
	red: '#b3261e',
	redDark: '#7f1d17',
	gold: '#ffd23f',
	navy: '#0b2545',
	white: '#ffffff',
	/** Light tint behind key points, so the white panel does not glare on screens. */
	cream: '#fff8e6',
} as const;

export type ColorName = keyof typeof COLORS;

/**
 * The print-friendly variant (print-variant.ts): white paper, black ink, one accent. The accent is
 * the campaign red, which stays dark in greyscale (about 8:1 on white after conversion).
 */
export const PRINT_COLORS = {
	paper: '#ffffff',
	ink: '#000000',
	accent: COLORS.red,
} as const;

/** Grey (#rrggbb) a black-and-white printer or a greyscale conversion makes of a colour (Rec. 601 luma). */
export function greyscale(hex: string): string {
	const r = parseInt(hex.slice(1, 3), 16);
	const g = parseInt(hex.slice(3, 5), 16);
	const b = parseInt(hex.slice(5, 7), 16);
	const y = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
	const part = y.toString(16).padStart(2, '0');
	return `#${part}${part}${part}`;
}

/** Text colour on background colour pairs the templates use (foreground, background, large?). */
export const TEXT_PAIRS: ReadonlyArray<{ fg: ColorName; bg: ColorName; large: boolean }> = [
	{ fg: 'white', bg: 'red', large: false },
	{ fg: 'gold', bg: 'red', large: false },
	{ fg: 'white', bg: 'redDark', large: false },
	{ fg: 'gold', bg: 'redDark', large: false },
	{ fg: 'navy', bg: 'gold', large: false },
	{ fg: 'navy', bg: 'cream', large: false },
	{ fg: 'navy', bg: 'white', large: false },
	{ fg: 'red', bg: 'cream', large: false },
	{ fg: 'red', bg: 'white', large: false },
];

/** Relative luminance of an sRGB colour written #rrggbb (WCAG 2.2 definition). */
export function luminance(hex: string): number {
	const channel = (index: number): number => {
		const value = parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
		return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** The raster formats, in px. Names are the Vietnamese words used in file names. */
export const IMAGE_FORMATS = {
	/** Facebook/Zalo feed post. */
	vuong: { width: 1080, height: 1080, label: 'Ảnh vuông' },
	/** Link preview and Facebook landscape post. */
	'lien-ket': { width: 1200, height: 630, label: 'Ảnh ngang' },
	/** Facebook/Zalo story, full phone screen. */
	story: { width: 1080, height: 1920, label: 'Ảnh dọc (story)' },
} as const;

export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** Paper sizes in PDF points (1/72 inch), portrait. */
export const PAPER_SIZES = {
	a4: { width: 595.28, height: 841.89, label: 'A4' },
	a3: { width: 841.89, height: 1190.55, label: 'A3' },
} as const;

export type PaperSize = keyof typeof PAPER_SIZES;

/**
 * Phone stories (1080 × 1920): Facebook's and Zalo's overlays cover about the top 250 px (name,
 * progress bar) and the bottom 340 px (reply bar); nothing essential goes there.
 */
export const STORY_SAFE = { top: 250, bottom: 340 } as const;

/** Open Graph preview size recommended by Facebook and Zalo. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Print layouts are drawn on a 1080-unit-wide virtual page and scaled to the paper. */
export const PRINT_DESIGN_WIDTH = 1080;

/** Height of the virtual print page for a paper size (same aspect ratio as the paper). */
export function printDesignHeight(paper: PaperSize): number {
	const { width, height } = PAPER_SIZES[paper];
	return (PRINT_DESIGN_WIDTH * height) / width;
}

/** The footer's source line from the short citations an image rests on, each named once. */
export function sourceLine(cites: readonly string[]): string {
	return `Nguồn: ${[...new Set(cites)].join('; ')}`;
}

/** Pages the campaign images link to besides the method pages (slugs in the sidebar). */
export const OVERVIEW_PAGE = 'bay-cach';
export const CONTACTS_PAGE = 'tong-dai';

/** Fixed wording on the images (plain Vietnamese, one idea per line). */
export const WORDING = {
	methodLabel: (n: number) => `CÁCH ${n}`,
	hotlineLabel: 'Tổng đài hỗ trợ',
	scanToRead: 'Quét mã để xem hướng dẫn',
	scanBeside: 'Quét mã QR bên cạnh để xem hướng dẫn',
	overviewLead: 'Từ 01/01/2023 không còn dùng sổ hộ khẩu, sổ tạm trú.',
	overviewAsk: 'Dùng một trong 7 cách sau:',
	helpTitle: 'CẦN HỖ TRỢ?',
	/** Where to ask when no support number is verified: always right, and in every commune. */
	askPolice: {
		label: 'Cần hỏi thêm?',
		value: 'Công an xã, phường',
		name: 'Hỏi trực tiếp tại xã, phường, đặc khu nơi bạn cư trú',
		hours: 'Giờ hành chính',
		purpose: 'Hỏi về thủ tục cư trú, thẻ căn cước, tài khoản VNeID và giấy xác nhận cư trú.',
	},
	hours: (hours: string) => `Thời gian: ${hours}`,
} as const;
