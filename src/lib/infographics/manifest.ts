/**
 * The manifest the generator writes to public/infographics/manifest.json, read by the gallery
 * page and the Head override at build time. DOM-free types and helpers.
 */
import type { ImageFormat, PaperSize } from './design.ts';

export const MANIFEST_FILE = 'manifest.json';
export const BUNDLE_FILE = 'bo-anh-tuyen-truyen.zip';
export const MANIFEST_VERSION = 1;

/** image: PNG for posting; print: PDF to print; og: link preview of a page; bundle: the ZIP. */
export type ManifestKind = 'image' | 'print' | 'og' | 'bundle';
/** What the file shows. */
export type ManifestSubject = 'method' | 'overview' | 'hotline' | 'page' | 'all';

export interface ManifestThumb {
	file: string;
	width: number;
	height: number;
	bytes: number;
}

export interface ManifestFile {
	/** Path relative to the infographics folder, forward slashes. */
	file: string;
	kind: ManifestKind;
	subject: ManifestSubject;
	/** Method number (1–7) for method files. */
	method?: number;
	/** Image format or paper size. */
	format?: ImageFormat | PaperSize;
	/** Pixel size of PNGs. */
	width?: number;
	height?: number;
	/** Paper name of PDFs ("A4", "A3"). */
	paper?: string;
	/** The print-friendly variant (white ground, black text, one accent): print-variant.ts. */
	variant?: 'tiet-kiem-muc';
	mime: string;
	bytes: number;
	/** Short human name, e.g. "Cách 1: Tra cứu dữ liệu dân cư trực tuyến". */
	title: string;
	/** Text alternative describing what the image says. */
	alt?: string;
	/** Page slug of an Open Graph image. */
	slug?: string;
	thumb?: ManifestThumb;
}

export interface Manifest {
	version: typeof MANIFEST_VERSION;
	siteName: string;
	siteUrl: string;
	files: ManifestFile[];
}

/** "84 KB", "1,2 MB": Vietnamese decimal comma, as people read sizes on the page. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Checks the parsed JSON is a manifest this code understands (the file is generated, but may be stale). */
export function parseManifest(value: unknown): Manifest {
	const manifest = value as Partial<Manifest> | null;
	if (!manifest || manifest.version !== MANIFEST_VERSION || !Array.isArray(manifest.files)) {
		throw new Error(
			`public/infographics/${MANIFEST_FILE} không đúng định dạng (phiên bản ${MANIFEST_VERSION}). Chạy lại \`npm run infographics\`.`
		);
	}
	return manifest as Manifest;
}
