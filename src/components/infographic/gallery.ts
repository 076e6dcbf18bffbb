/**
 * View model of the infographic gallery, built from the generated manifest. DOM-free, tested.
 * One figure per subject (the overview, each method, the hotline) with a thumbnail that keeps its
 * place before it loads, one main action (share the image; without JavaScript: download it) and a
 * download link per size and format, grouped under "Tải cỡ khác".
 */
import { formatLabel } from '../../lib/infographics/describe.ts';
import { formatBytes, type Manifest, type ManifestFile } from '../../lib/infographics/manifest.ts';
import { withBase } from '../../lib/base-path.ts';
import { INFOGRAPHICS_DIR } from '../../lib/infographics/urls.ts';

export interface GalleryDownload {
	href: string;
	/** File name the browser saves it as. */
	download: string;
	/** Visible text: "Ảnh vuông 1080 × 1080". */
	label: string;
	/** "PNG, 47 KB". */
	details: string;
	isPdf: boolean;
}

export interface GalleryThumb {
	src: string;
	/** Pixel size of the thumbnail file: the width/height attributes that reserve its box. */
	width: number;
	height: number;
	alt: string;
	/** Eager for the first row (visible at once), lazy below it. */
	loading: 'eager' | 'lazy';
	/** Widest the thumbnail is shown (CSS length): see thumbMaxWidth. */
	maxWidth: string;
}

export interface GalleryItem {
	id: string;
	heading: string;
	thumb: GalleryThumb;
	/** The full image the thumbnail shows (opened when the thumbnail is clicked). */
	full: string;
	/** Every size and format, in ORDER ("Tải cỡ khác"). */
	downloads: GalleryDownload[];
	/** The image the main action shares (with JavaScript) or downloads (without). */
	share: { src: string; filename: string; title: string; text: string; label: string };
}

export interface GalleryView {
	items: GalleryItem[];
	bundle?: { href: string; download: string; size: string; count: number };
}

const ORDER = ['vuong', 'lien-ket', 'story', 'a4', 'a3'];

const fileName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

/** Figures in the first row of the grid (two columns at most in Starlight's content width). */
export const FIRST_ROW = 2;

/** Tallest a thumbnail is shown, in rem (a story image would otherwise fill a phone screen). */
export const MAX_THUMB_HEIGHT_REM = 24;

/**
 * Widest a thumbnail of this pixel size is shown: its own width (never enlarged), and no wider
 * than makes it MAX_THUMB_HEIGHT_REM high. "22.5rem" for 360 × 360, "13.5rem" for 360 × 640.
 */
export function thumbMaxWidth(width: number, height: number): string {
	const rem = Math.min(width / 16, (MAX_THUMB_HEIGHT_REM * width) / height);
	return `${Math.floor(rem * 100) / 100}rem`;
}

/** Groups the manifest's campaign files into gallery figures, overview first, hotline last. */
export function buildGallery(manifest: Manifest, base: string, siteUrl?: string): GalleryView {
	const url = (file: string) => withBase(`${INFOGRAPHICS_DIR}/${file}`, base);
	const groups = new Map<string, ManifestFile[]>();
	for (const file of manifest.files) {
		if (file.kind !== 'image' && file.kind !== 'print') continue;
		const key = file.subject === 'method' ? `cach-${file.method}` : file.subject;
		groups.set(key, [...(groups.get(key) ?? []), file]);
	}
	const rank = (key: string) =>
		key === 'overview' ? 0 : key === 'hotline' ? 99 : Number(key.slice(5));
	const items: GalleryItem[] = [];
	for (const [key, files] of [...groups].sort(([a], [b]) => rank(a) - rank(b))) {
		files.sort((a, b) => ORDER.indexOf(a.format ?? '') - ORDER.indexOf(b.format ?? ''));
		// The figure shows (and shares) the square image when there is one, else the story.
		const main = files.find((f) => f.format === 'vuong' && f.thumb) ?? files.find((f) => f.thumb);
		if (!main?.thumb) continue;
		const heading = main.subject === 'overview' ? 'Áp phích tổng quan 7 cách' : main.title;
		items.push({
			id: `anh-${key}`,
			heading,
			thumb: {
				src: url(main.thumb.file),
				width: main.thumb.width,
				height: main.thumb.height,
				alt: main.alt ?? main.title,
				loading: items.length < FIRST_ROW ? 'eager' : 'lazy',
				maxWidth: thumbMaxWidth(main.thumb.width, main.thumb.height),
			},
			full: url(main.file),
			downloads: files.map((file) => ({
				href: url(file.file),
				download: fileName(file.file),
				label:
					(file.format ? formatLabel(file.format) : file.title) +
					(file.variant ? ' tiết kiệm mực (in đen trắng)' : ''),
				details: `${file.mime === 'application/pdf' ? 'PDF' : 'PNG'}, ${formatBytes(file.bytes)}`,
				isPdf: file.mime === 'application/pdf',
			})),
			share: {
				src: url(main.file),
				filename: fileName(main.file),
				title: heading,
				text: siteUrl ? `${heading}. Xem thêm: ${siteUrl}` : heading,
				label: main.format ? formatLabel(main.format) : 'ảnh',
			},
		});
	}
	const zip = manifest.files.find((file) => file.kind === 'bundle');
	const view: GalleryView = { items };
	if (zip) {
		const count = manifest.files.filter((f) => f.kind === 'image' || f.kind === 'print').length;
		view.bundle = {
			href: url(zip.file),
			download: fileName(zip.file),
			size: formatBytes(zip.bytes),
			count,
		};
	}
	return view;
}
