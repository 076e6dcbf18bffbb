import { describe, expect, it } from 'vitest';
import { COLORS, contrastRatio, TEXT_PAIRS } from '../../../src/lib/infographics/design.ts';
import { formatLabel, methodAlt, ogAlt } from '../../../src/lib/infographics/describe.ts';
import { ICONS } from '../../../src/lib/infographics/icons.ts';
import { formatBytes, parseManifest } from '../../../src/lib/infographics/manifest.ts';
import { qrMatrix, qrPathData, qrRuns } from '../../../src/lib/infographics/qr.ts';
import { ogImageFile, publicUrl, slugFromPath } from '../../../src/lib/infographics/urls.ts';
import { withBase } from '../../../src/lib/base-path.ts';
import { methodIconSchema } from '../../../src/schemas/method.ts';

describe('campaign colours', () => {
	it.each(TEXT_PAIRS)('$fg on $bg meets WCAG AA for normal text (4.5:1)', ({ fg, bg }) => {
		expect(contrastRatio(COLORS[fg], COLORS[bg])).toBeGreaterThanOrEqual(4.5);
	});
});

describe('urls', () => {
	it('builds public URLs with a trailing slash, keeping a base path', () => {
		expect(publicUrl('cach-1', 'https://x.example.vn')).toBe('https://x.example.vn/cach-1/');
		expect(publicUrl('/tap-huan/cau-hoi/', 'https://x.example.vn/7cach/')).toBe(
			'https://x.example.vn/7cach/tap-huan/cau-hoi/'
		);
		expect(publicUrl('', 'https://x.example.vn/7cach')).toBe('https://x.example.vn/7cach/');
	});

	it('maps content paths to slugs and slugs to OG files', () => {
		expect(slugFromPath('index.mdx')).toBe('');
		expect(slugFromPath('tap-huan/index.mdx')).toBe('tap-huan');
		expect(slugFromPath('huong-dan/dang-ky-vneid.mdx')).toBe('huong-dan/dang-ky-vneid');
		expect(ogImageFile('')).toBe('og/index.png');
		expect(ogImageFile('huong-dan/dang-ky-vneid')).toBe('og/huong-dan/dang-ky-vneid.png');
	});

	it('joins the base path with or without a slash', () => {
		expect(withBase('infographics/a.png', '/')).toBe('/infographics/a.png');
		expect(withBase('/infographics/a.png', '/7cach')).toBe('/7cach/infographics/a.png');
	});
});

describe('QR modules', () => {
	it('turns dark modules into runs that cover exactly the dark modules', () => {
		const matrix = qrMatrix('https://7cach.haiphong.example.vn/cach-1/');
		const covered = qrRuns(matrix).reduce((sum, run) => sum + run.length, 0);
		expect(covered).toBe(matrix.dark.filter(Boolean).length);
		expect(qrPathData(matrix)).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
	});
});

describe('icons', () => {
	it('has a drawing for every icon the method schema allows', () => {
		for (const icon of methodIconSchema.options) expect(ICONS[icon].length).toBeGreaterThan(0);
	});
});

describe('names and sizes', () => {
	it('formats sizes the Vietnamese way', () => {
		expect(formatBytes(900)).toBe('900 B');
		expect(formatBytes(48_000)).toBe('47 KB');
		expect(formatBytes(1_700_000)).toBe('1,6 MB');
	});

	it('labels formats and describes images', () => {
		expect(formatLabel('vuong')).toBe('Ảnh vuông 1080 × 1080');
		expect(formatLabel('a3')).toBe('PDF A3');
		expect(
			methodAlt(
				{ number: 3, shortTitle: 'Quét mã QR trên thẻ', keyPoints: ['Điền hồ sơ nhanh'] },
				{ label: 'Cần hỏi thêm?', value: 'Công an xã, phường' }
			)
		).toBe(
			'Ảnh tuyên truyền Cách 3: Quét mã QR trên thẻ. Điền hồ sơ nhanh. Cần hỏi thêm? Công an xã, phường. Mã QR mở trang hướng dẫn Cách 3.'
		);
		expect(ogAlt('7 cách thay sổ hộ khẩu', 'Mô tả.', '7 cách thay sổ hộ khẩu')).toBe(
			'7 cách thay sổ hộ khẩu: Mô tả.'
		);
		expect(ogAlt('Tổng đài', undefined, 'Trang')).toBe('Tổng đài – Trang');
	});

	it('rejects a manifest of another version with the command to run', () => {
		expect(() => parseManifest({ version: 0, files: [] })).toThrow(/npm run infographics/);
	});
});
