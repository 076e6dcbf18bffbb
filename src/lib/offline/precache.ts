/**
 * What the service worker keeps for use without a network, and how it answers other requests: the
 * one description read by the build (src/integrations/service-worker.ts), the offline page's list
 * of links, the weight bench and the tests. DOM-free and Node-free.
 *
 * Precached at install (so they open offline after one visit to any page): the pages a trainer or
 * a visitor needs in a room with poor Wi-Fi, the scripts and styles of every page, the QR demo's
 * decoder (worker and wasm) and the sample cards it reads. Everything else is cached as it is
 * visited: pages network-first (a correction reaches readers at once when online), images
 * cache-first with a limit.
 */

/** The page shown for a page never opened before while offline, relative to the base. */
export const OFFLINE_PAGE = 'khong-co-mang/';

/** Sections that open offline after one visit, for the offline page's list and the tests. */
export interface OfflineSection {
	label: string;
	/** Site path relative to the base, e.g. "huong-dan/dang-ky-vneid/". */
	path: string;
}

/** Built pages precached, as globs relative to the output folder. */
export const PRECACHE_PAGES = [
	'index.html',
	'bay-cach/index.html',
	'cach-*/index.html',
	'huong-dan/**/index.html',
	'tap-huan/**/index.html',
	'quet-qr/**/index.html',
	`${OFFLINE_PAGE}index.html`,
] as const;

/**
 * Other files precached: every page's scripts and styles (hashed names under _astro/, which also
 * hold the QR decoder's worker and wasm, and the slides' typeface as WOFF2), the sample cards of
 * the QR demo, the site icon.
 */
export const PRECACHE_FILES = [
	'_astro/**/*.{js,css,wasm,woff2}',
	'samples/*.png',
	'favicon.svg',
] as const;

/**
 * Files under those patterns left out: the poster maker's worker (satori with its layout engine,
 * fontkit, pdf-lib: about 3 MB) loads only on /tao-ap-phich/ when a unit starts a poster, and is
 * not worth every visitor's first download.
 */
export const PRECACHE_IGNORE = ['_astro/poster.worker-*.js'] as const;

/**
 * Largest single file the precache takes (the decoder's wasm is about 0.95 MB). A larger file is
 * left out with a warning, and the build stops on any warning: the list above would be a lie.
 * The budget for the whole precache is in scripts/bench-weight.budget.json ("precache").
 */
export const PRECACHE_FILE_LIMIT = 2_000_000;

/** Names of the runtime caches, prefixed per base so two sites on one origin never share one. */
export function cacheNames(base: string): {
	prefix: string;
	pages: string;
	images: string;
	assets: string;
} {
	const slug = base.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
	const prefix = `7cach-${slug}`;
	return {
		prefix,
		pages: `${prefix}-pages`,
		images: `${prefix}-images`,
		assets: `${prefix}-assets`,
	};
}

/**
 * What the worker keeps as it passes: the build's hashed files (scripts, workers, fonts) left out
 * of the precache, such as the poster maker's 3 MB worker and its fonts. A RegExp, not a
 * function: Workbox writes it into sw.js as it is, without the build's variables.
 */
export function hashedAssetPattern(base: string): RegExp {
	const escaped = normalBase(base).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	return new RegExp(`^https?://[^/]+${escaped}_astro/`);
}

/** The site's base ("/" or "/7cach/") with exactly one slash at each end. */
export function normalBase(base: string): string {
	return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** Where the worker script is served and the scope it controls, from the base. */
export function workerLocation(base: string): { script: string; scope: string } {
	const scope = normalBase(base);
	return { script: `${scope}sw.js`, scope };
}

/** A group of links on the offline page. */
export interface OfflineGroup {
	heading: string;
	links: OfflineSection[];
}

/**
 * What the offline page offers: every link is a precached page (a unit test holds each one to
 * PRECACHE_PAGES), so each one opens without a network.
 */
export function offlineGroups(
	methods: ReadonlyArray<{ number: number; shortTitle: string; page: string }>,
	guides: ReadonlyArray<{ label: string; slug: string }>
): OfflineGroup[] {
	return [
		{
			heading: 'Trang chính',
			links: [
				{ label: 'Trang chủ', path: '' },
				{ label: 'Tổng quan 7 cách', path: 'bay-cach/' },
			],
		},
		{
			heading: '7 cách',
			links: [...methods]
				.sort((a, b) => a.number - b.number)
				.map((m) => ({ label: `Cách ${m.number}: ${m.shortTitle}`, path: `${m.page}/` })),
		},
		{
			heading: 'Hướng dẫn từng bước',
			links: guides.map((g) => ({ label: g.label, path: `${g.slug}/` })),
		},
		{
			heading: 'Tập huấn',
			links: [
				{ label: 'Giáo án buổi tập huấn', path: 'tap-huan/' },
				{ label: 'Trình chiếu', path: 'tap-huan/trinh-chieu/' },
				{ label: 'Câu hỏi kiểm tra', path: 'tap-huan/cau-hoi/' },
				{ label: 'Tình huống thực hành', path: 'tap-huan/tinh-huong/' },
				{ label: 'Tài liệu phát tay', path: 'tap-huan/tai-lieu/' },
			],
		},
		{
			heading: 'Thử quét mã QR',
			links: [
				{ label: 'Quét mã QR trên thẻ (có thẻ mẫu)', path: 'quet-qr/' },
				{ label: 'Trình chiếu mã QR mẫu', path: 'quet-qr/trinh-chieu/' },
			],
		},
	];
}
