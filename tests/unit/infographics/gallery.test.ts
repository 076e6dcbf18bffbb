import { describe, expect, it } from 'vitest';
import {
	buildGallery,
	FIRST_ROW,
	MAX_THUMB_HEIGHT_REM,
	thumbMaxWidth,
} from '../../../src/components/infographic/gallery.ts';
import type { Manifest, ManifestFile } from '../../../src/lib/infographics/manifest.ts';

const file = (name: string, extra: Partial<ManifestFile>): ManifestFile => ({
	file: name,
	kind: 'image',
	subject: 'method',
	mime: 'image/png',
	bytes: 40_000,
	title: name,
	...extra,
});

/** A method with every size and format, as the generator writes it (square, link, story, PDFs). */
const method = (n: number): ManifestFile[] => [
	file(`cach-${n}-a3.pdf`, { kind: 'print', method: n, format: 'a3', mime: 'application/pdf' }),
	file(`cach-${n}-story.png`, {
		method: n,
		format: 'story',
		thumb: { file: `thumbs/cach-${n}-story.webp`, width: 360, height: 640, bytes: 1 },
	}),
	file(`cach-${n}-vuong.png`, {
		method: n,
		format: 'vuong',
		alt: `Ảnh Cách ${n}`,
		thumb: { file: `thumbs/cach-${n}-vuong.webp`, width: 360, height: 360, bytes: 1 },
	}),
	file(`cach-${n}-lien-ket.png`, {
		method: n,
		format: 'lien-ket',
		thumb: { file: `thumbs/cach-${n}-lien-ket.webp`, width: 360, height: 189, bytes: 1 },
	}),
	file(`cach-${n}-a4.pdf`, { kind: 'print', method: n, format: 'a4', mime: 'application/pdf' }),
];

const manifest: Manifest = {
	version: 1,
	siteName: '7 cách thay sổ hộ khẩu',
	siteUrl: 'https://x.example.vn',
	files: [
		...method(2),
		...method(1),
		file('tong-quan-story.png', {
			subject: 'overview',
			format: 'story',
			thumb: { file: 'thumbs/tong-quan-story.webp', width: 360, height: 640, bytes: 1 },
		}),
		file('tong-quan-a4.pdf', {
			kind: 'print',
			subject: 'overview',
			format: 'a4',
			mime: 'application/pdf',
		}),
	],
};

describe('gallery thumbnails keep their place before they load', () => {
	const { items } = buildGallery(manifest, '/');

	it('carries the thumbnail pixel size for the width/height attributes', () => {
		for (const item of items) {
			expect(item.thumb.width).toBeGreaterThan(0);
			expect(item.thumb.height).toBeGreaterThan(0);
		}
		expect(items[1]?.thumb).toMatchObject({ width: 360, height: 360, alt: 'Ảnh Cách 1' });
	});

	it('loads the first row at once and the rest lazily', () => {
		expect(items.map((item) => item.thumb.loading)).toEqual(
			items.map((_, index) => (index < FIRST_ROW ? 'eager' : 'lazy'))
		);
	});

	it('never enlarges a thumbnail and keeps tall ones at most MAX_THUMB_HEIGHT_REM high', () => {
		expect(thumbMaxWidth(360, 360)).toBe('22.5rem');
		expect(thumbMaxWidth(360, 640)).toBe('13.5rem');
		expect(thumbMaxWidth(360, 189)).toBe('22.5rem');
		for (const [w, h] of [
			[360, 640],
			[100, 900],
			[360, 361],
		] as const) {
			const rem = Number.parseFloat(thumbMaxWidth(w, h));
			expect(rem).toBeLessThanOrEqual(w / 16);
			expect((rem * h) / w).toBeLessThanOrEqual(MAX_THUMB_HEIGHT_REM);
		}
		expect(items[0]?.thumb.maxWidth).toBe('13.5rem');
	});
});

describe('gallery actions', () => {
	const { items } = buildGallery(manifest, '/7cach/', 'https://x.example.vn/7cach/');

	it('shares the square image of a method, the story of the overview', () => {
		expect(items.map((item) => item.share.src)).toEqual([
			'/7cach/infographics/tong-quan-story.png',
			'/7cach/infographics/cach-1-vuong.png',
			'/7cach/infographics/cach-2-vuong.png',
		]);
		expect(items[1]?.share).toMatchObject({
			filename: 'cach-1-vuong.png',
			label: 'Ảnh vuông 1080 × 1080',
			text: 'cach-1-vuong.png. Xem thêm: https://x.example.vn/7cach/',
		});
	});

	it('lists every size and format under "Tải cỡ khác": square, link, story, A4, A3, with sizes', () => {
		const downloads = items[1]?.downloads ?? [];
		expect(downloads.map((d) => d.download)).toEqual([
			'cach-1-vuong.png',
			'cach-1-lien-ket.png',
			'cach-1-story.png',
			'cach-1-a4.pdf',
			'cach-1-a3.pdf',
		]);
		expect(downloads.map((d) => d.details)).toEqual([
			'PNG, 39 KB',
			'PNG, 39 KB',
			'PNG, 39 KB',
			'PDF, 39 KB',
			'PDF, 39 KB',
		]);
		expect(downloads.filter((d) => d.isPdf).map((d) => d.label)).toEqual(['PDF A4', 'PDF A3']);
	});
});
