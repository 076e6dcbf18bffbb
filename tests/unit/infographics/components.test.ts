import { describe, expect, it, vi } from 'vitest';
import { buildGallery } from '../../../src/components/infographic/gallery.ts';
import { ogImageTags } from '../../../src/components/infographic/og-meta.ts';
import { shareImage, type ShareEnv } from '../../../src/components/infographic/share-image.ts';
import type { Manifest, ManifestFile } from '../../../src/lib/infographics/manifest.ts';

const image = (file: string, extra: Partial<ManifestFile>): ManifestFile => ({
	file,
	kind: 'image',
	subject: 'method',
	mime: 'image/png',
	bytes: 48_000,
	title: 'Cách 1: Tra cứu dữ liệu dân cư trực tuyến',
	...extra,
});
const thumb = (file: string) => ({ file: `thumbs/${file}`, width: 360, height: 360, bytes: 9000 });

const manifest: Manifest = {
	version: 1,
	siteName: '7 cách thay sổ hộ khẩu',
	siteUrl: 'https://x.example.vn',
	files: [
		image('cach-1-story.png', {
			method: 1,
			format: 'story',
			width: 1080,
			height: 1920,
			thumb: thumb('a.webp'),
		}),
		image('cach-1-vuong.png', {
			method: 1,
			format: 'vuong',
			width: 1080,
			height: 1080,
			alt: 'Ảnh Cách 1',
			thumb: thumb('b.webp'),
		}),
		image('cach-1-a4.pdf', {
			kind: 'print',
			method: 1,
			format: 'a4',
			paper: 'A4',
			mime: 'application/pdf',
		}),
		image('tong-quan-story.png', {
			subject: 'overview',
			format: 'story',
			width: 1080,
			height: 1920,
			thumb: { ...thumb('c.webp'), height: 640 },
		}),
		image('og/index.png', {
			kind: 'og',
			subject: 'page',
			slug: '',
			width: 1200,
			height: 630,
			alt: 'Trang chủ',
		}),
		image('og/cach-1.png', {
			kind: 'og',
			subject: 'page',
			slug: 'cach-1',
			width: 1200,
			height: 630,
		}),
		{
			file: 'bo-anh-tuyen-truyen.zip',
			kind: 'bundle',
			subject: 'all',
			mime: 'application/zip',
			bytes: 1_700_000,
			title: 'ZIP',
		},
	],
};

describe('gallery view model', () => {
	const view = buildGallery(manifest, '/7cach/', 'https://x.example.vn/7cach/');

	it('puts the overview first, then methods, with sizes in order and real download links', () => {
		expect(view.items.map((item) => item.id)).toEqual(['anh-overview', 'anh-cach-1']);
		const method = view.items[1]!;
		expect(method.downloads.map((d) => d.label)).toEqual([
			'Ảnh vuông 1080 × 1080',
			'Ảnh dọc (story) 1080 × 1920',
			'PDF A4',
		]);
		expect(method.downloads[0]).toMatchObject({
			href: '/7cach/infographics/cach-1-vuong.png',
			download: 'cach-1-vuong.png',
			details: 'PNG, 47 KB',
		});
		expect(method.thumb).toMatchObject({
			src: '/7cach/infographics/thumbs/b.webp',
			width: 360,
			alt: 'Ảnh Cách 1',
		});
		expect(method.share.src).toBe('/7cach/infographics/cach-1-vuong.png');
	});

	it('links the ZIP with its size and never lists link previews', () => {
		expect(view.bundle).toMatchObject({
			href: '/7cach/infographics/bo-anh-tuyen-truyen.zip',
			size: '1,6 MB',
			count: 4,
		});
		expect(view.items.flatMap((item) => item.downloads).some((d) => d.href.includes('/og/'))).toBe(
			false
		);
	});
});

describe('Open Graph tags', () => {
	const base = { site: new URL('https://x.example.vn'), base: '/', manifest, existing: [] };

	it('points a page at its own absolute image with size and alt text', () => {
		const tags = ogImageTags({ ...base, id: 'cach-1' });
		expect(tags).toContainEqual({
			property: 'og:image',
			content: 'https://x.example.vn/infographics/og/cach-1.png',
		});
		expect(tags).toContainEqual({ property: 'og:image:width', content: '1200' });
		expect(tags).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' });
	});

	it('falls back to the home image (e.g. the 404 page) and keeps the base path', () => {
		const tags = ogImageTags({ ...base, base: '/7cach', id: '404' });
		expect(tags[0]).toEqual({
			property: 'og:image',
			content: 'https://x.example.vn/7cach/infographics/og/index.png',
		});
	});

	it('adds nothing when the page sets its own image, and no second twitter:card', () => {
		expect(
			ogImageTags({
				...base,
				id: '',
				existing: [{ tag: 'meta', attrs: { property: 'og:image', content: 'x' } }],
			})
		).toEqual([]);
		const tags = ogImageTags({
			...base,
			id: '',
			existing: [{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } }],
		});
		expect(tags.some((t) => t.name === 'twitter:card')).toBe(false);
	});
});

describe('share button', () => {
	const request = { src: '/a.png', filename: 'a.png', title: 'Cách 1', text: 'Xem thêm' };
	const file = { name: 'a.png' } as File;
	const env = (overrides: Partial<ShareEnv>): ShareEnv => ({
		getFile: async () => file,
		download: vi.fn(),
		...overrides,
	});

	it('shares the file itself when the browser can share files', async () => {
		const share = vi.fn(async () => {});
		const e = env({ canShare: () => true, share });
		expect(await shareImage(request, e)).toBe('shared');
		expect(share).toHaveBeenCalledWith({ files: [file], title: 'Cách 1', text: 'Xem thêm' });
		expect(e.download).not.toHaveBeenCalled();
	});

	it('downloads when files cannot be shared or there is no Web Share', async () => {
		const e1 = env({ canShare: () => false, share: vi.fn() });
		expect(await shareImage(request, e1)).toBe('downloaded');
		expect(e1.download).toHaveBeenCalledWith('/a.png', 'a.png');
		const e2 = env({});
		expect(await shareImage(request, e2)).toBe('downloaded');
	});

	it('does nothing more when the person closes the share sheet', async () => {
		const abort = Object.assign(new Error('cancel'), { name: 'AbortError' });
		const e = env({ canShare: () => true, share: async () => Promise.reject(abort) });
		expect(await shareImage(request, e)).toBe('cancelled');
		expect(e.download).not.toHaveBeenCalled();
	});

	it('falls back to the download when fetching or sharing fails', async () => {
		const e = env({
			canShare: () => true,
			share: vi.fn(),
			getFile: async () => Promise.reject(new Error('offline')),
		});
		expect(await shareImage(request, e)).toBe('downloaded');
	});
});
