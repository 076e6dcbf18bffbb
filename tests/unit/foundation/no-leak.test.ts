import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findTerms, leakTerms, scanDist, type Locality } from '../../../scripts/lib/no-leak.ts';
import { fixtureContact, fixtureSite } from '../../fixtures/content-data/index.ts';

// Two fictitious provinces: "Tỉnh Thử Nghiệm" built first, "Tỉnh Mẫu" re-using the site.
const first: Locality = {
	site: fixtureSite,
	contacts: [
		fixtureContact({ phone: '1900.0368' }),
		fixtureContact({ phone: '0209.000.1111', name: 'Số của tỉnh thử nghiệm' }),
	],
};
const second: Locality = {
	site: {
		...fixtureSite,
		siteUrl: 'https://7cach.tinh-mau.example',
		issuer: { name: 'Công an Tỉnh Mẫu' },
		provinceName: 'Tỉnh Mẫu',
		dispatch: { ...fixtureSite.dispatch, reference: '00/BCĐ-MAU', issuer: 'Ban Mẫu', page: 'x' },
		localContact: { ...fixtureSite.localContact, unit: 'Phòng Mẫu' },
		localText: { 'sắp xếp 2025': 'Tỉnh Mẫu là tỉnh giả định' },
	},
	contacts: [fixtureContact({ phone: '1900 0368' })],
};
const terms = leakTerms(first, second);

describe('leak terms', () => {
	test('name the first province, its dispatch and host, and only the numbers the second lacks', () => {
		const listed = terms.map((t) => t.term);
		expect(listed).toEqual(
			expect.arrayContaining([
				'Tỉnh Thử Nghiệm',
				'tinh thu nghiem',
				'1/BCĐ-THU',
				'công văn 1',
				'trang-that.gov.vn',
				'Tỉnh Thử Nghiệm giữ nguyên địa giới',
				'0209.000.1111',
			])
		);
		// The national hotline is on both lists: not a leak.
		expect(listed).not.toContain('1900.0368');
	});

	test('match however the text is written, and not inside a longer number', () => {
		const where = (text: string) => findTerms(text, terms, 'f').map((l) => l.term);
		expect(where('Gọi 0209 000 1111 hoặc 0209-000-1111')).toEqual(['0209.000.1111']);
		expect(where('theo CÔNG VĂN 1  ngày')).toEqual(['công văn 1']);
		expect(where('theo Công văn 12 của Tỉnh Mẫu')).toEqual([]);
		expect(where('tìm: tinh thu nghiem')).toEqual(['tinh thu nghiem']);
	});
});

describe('scanDist on a small built site', () => {
	let dist = '';
	const write = (path: string, content: string | Uint8Array) => {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), content);
	};

	beforeAll(async () => {
		dist = mkdtempSync(join(tmpdir(), 'no-leak-'));
		write('index.html', '<main><p>Trang của Tỉnh Mẫu</p><img alt="Áp phích Tỉnh Mẫu"></main>');
		write(
			'tong-dai/index.html',
			'<head><meta name="description" content="Đầu mối của Tỉnh Thử Nghiệm"></head><script>"Tỉnh Thử Nghiệm"</script>'
		);
		write('van-ban/cong-van/index.html', '<h1>Công văn 1/BCĐ-THU của Tỉnh Thử Nghiệm</h1>');
		write(
			'infographics/manifest.json',
			JSON.stringify({
				files: [
					{ slug: 'van-ban/cong-van', alt: 'Công văn 1 (tham khảo)' },
					{ slug: 'cach-1', alt: 'Cách 1 ở Tỉnh Mẫu' },
					{ slug: 'cach-2', alt: 'Cách 2, gọi 0209.000.1111' },
				],
			})
		);
		const fragment = (url: string, content: string) =>
			gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content, meta: {} })}`));
		write('pagefind/fragment/a.pf_fragment', fragment('/', 'Trang của Tỉnh Mẫu'));
		write('pagefind/fragment/b.pf_fragment', fragment('/cach-1/', 'hỏi tinh thu nghiem'));
		write('pagefind/fragment/c.pf_fragment', fragment('/van-ban/cong-van/', 'Tỉnh Thử Nghiệm'));
		// A PDF inside a ZIP, as the training kit ships it (standard font: unaccented text).
		const pdf = await PDFDocument.create();
		pdf.setTitle('Phieu tra loi');
		const font = await pdf.embedFont(StandardFonts.Helvetica);
		pdf.addPage().drawText('Cong an tinh thu nghiem', { x: 50, y: 700, font, size: 12 });
		write('tap-huan/bo.zip', zipSync({ 'phieu.pdf': await pdf.save() }));
	});
	afterAll(() => rmSync(dist, { recursive: true, force: true }));

	test('finds every leak by file, and none on the exempt reference page or in scripts', async () => {
		const report = await scanDist(dist, terms, { exemptPages: ['van-ban/cong-van'] });
		expect(report.scanned).toEqual({ pages: 2, json: 1, pdfs: 1, searchEntries: 3, archives: 1 });
		expect(report.leaks.map((l) => `${l.where}: ${l.term}`).sort()).toEqual([
			'infographics/manifest.json: 0209.000.1111',
			'pagefind/fragment/b.pf_fragment (/cach-1/): tinh thu nghiem',
			'tap-huan/bo.zip › phieu.pdf: tinh thu nghiem',
			'tong-dai/index.html: Tỉnh Thử Nghiệm',
		]);
	});
});
