import { matchesGlob } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLocation } from '../../../src/components/site/sw-update-text.ts';
import { COLORS } from '../../../src/lib/infographics/design.ts';
import { ICONS, SHORT_NAME, webManifest } from '../../../src/lib/offline/manifest.ts';
import {
	cacheNames,
	hashedAssetPattern,
	normalBase,
	OFFLINE_PAGE,
	offlineGroups,
	PRECACHE_PAGES,
	workerLocation,
} from '../../../src/lib/offline/precache.ts';
import { loadContentData } from '../../../src/lib/content-data/load.ts';
import { GUIDE_PAGES } from '../../../src/lib/sidebar.ts';
import { wireBytes } from '../../../src/integrations/service-worker.ts';

const precached = (path: string) =>
	PRECACHE_PAGES.some((glob) => matchesGlob(`${path}index.html`, glob));

describe('precache', () => {
	test('every link on the offline page is a precached page', () => {
		const { methods } = loadContentData();
		const guides = GUIDE_PAGES.flatMap((g) => ('slug' in g ? [g] : []));
		const links = offlineGroups(methods, guides).flatMap((g) => g.links);
		expect(links.length).toBeGreaterThan(15);
		expect(links.filter((l) => !precached(l.path)).map((l) => l.path)).toEqual([]);
		// All seven methods and every guide.
		expect(links.filter((l) => /^Cách \d:/.test(l.label))).toHaveLength(7);
		for (const guide of guides) expect(links.map((l) => l.path)).toContain(`${guide.slug}/`);
	});

	test('the offline page itself is precached; pages outside the list are not', () => {
		expect(precached(OFFLINE_PAGE)).toBe(true);
		expect(precached('tap-huan/trinh-chieu/nguyen-tac/ghi-chu/')).toBe(true);
		expect(precached('tong-dai/')).toBe(false);
		expect(precached('hoi-dap/')).toBe(false);
		expect(precached('infographic/')).toBe(false);
	});

	test('worker script and scope follow the base', () => {
		expect(workerLocation('/')).toEqual({ script: '/sw.js', scope: '/' });
		expect(workerLocation('/7cach')).toEqual({ script: '/7cach/sw.js', scope: '/7cach/' });
		expect(workerLocation('/7cach/')).toEqual({ script: '/7cach/sw.js', scope: '/7cach/' });
		expect(normalBase('')).toBe('/');
	});

	test('two sites on one origin never share a cache', () => {
		expect(cacheNames('/').pages).not.toBe(cacheNames('/7cach/').pages);
		expect(cacheNames('/7cach/').images).toMatch(/7cach-images$/);
	});

	test("hashed build files kept as they pass: the base's own _astro/, nothing else", () => {
		const root = hashedAssetPattern('/');
		expect(root.test('http://127.0.0.1:4321/_astro/poster.worker-AbC123.js')).toBe(true);
		expect(root.test('https://example.vn/_astro/BeVietnamPro_700Bold.x1.ttf')).toBe(true);
		expect(root.test('http://127.0.0.1:4321/pagefind/pagefind.js')).toBe(false);
		expect(root.test('http://127.0.0.1:4321/tap-huan/_astro/x.js')).toBe(false);
		const sub = hashedAssetPattern('/7cach/');
		expect(sub.test('http://127.0.0.1:4321/7cach/_astro/poster.worker-AbC123.js')).toBe(true);
		expect(sub.test('http://127.0.0.1:4321/_astro/poster.worker-AbC123.js')).toBe(false);
	});

	test('wire size: text compressed as nginx does, PNG as it is', () => {
		const text = Buffer.from('Có nội dung mới. '.repeat(200));
		expect(wireBytes('a/index.html', text)).toBeLessThan(text.length / 5);
		expect(wireBytes('samples/the-mau-1.png', text)).toBe(text.length);
	});
});

describe('web app manifest', () => {
	test('Vietnamese, standalone, start and scope at the base, campaign colour, three icons', () => {
		const manifest = webManifest({
			siteName: '7 cách thay sổ hộ khẩu',
			description: 'x',
			base: '/7cach',
		});
		expect(manifest).toMatchObject({
			lang: 'vi',
			start_url: '/7cach/',
			scope: '/7cach/',
			display: 'standalone',
			theme_color: COLORS.red,
		});
		expect(SHORT_NAME.length).toBeLessThanOrEqual(12);
		expect(manifest.icons.map((i) => i.src)).toEqual(ICONS.map((i) => `/7cach/${i.file}`));
		expect(manifest.icons.filter((i) => i.purpose === 'maskable')).toHaveLength(1);
		expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
	});
});

describe('update prompt element', () => {
	test('needs both the worker script and its scope', () => {
		expect(readLocation({ script: '/sw.js', scope: '/' })).toEqual({
			script: '/sw.js',
			scope: '/',
		});
		expect(readLocation({ script: '/sw.js' })).toBeNull();
		expect(readLocation({})).toBeNull();
	});
});
