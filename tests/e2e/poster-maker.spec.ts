/**
 * The poster maker (/tao-ap-phich/): a unit fills its name, address and numbers, sees the preview
 * and downloads a PNG and a PDF. The PDF's text (pdf.js) holds the name and number with their
 * diacritics; the PNG's QR code opens the design's page; the PNG is the build-time renderer's
 * picture for the same input (satori + sharp in Node) within anti-aliasing; a bad number shows
 * the contacts.yaml message and produces nothing; the longest names stay inside their boxes (the
 * layout the worker reports); no request leaves the site; no CSP violation; axe with a preview
 * and with error messages shown; the no-JS fallback links the ready-made images.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { listPages, loadContent } from '../../scripts/lib/infographics/data.ts';
import { loadFonts } from '../../scripts/lib/infographics/fonts.ts';
import { renderPng } from '../../scripts/lib/infographics/render-png.ts';
import { configureZxingForNode } from '../../scripts/lib/zxing-node.ts';
import { buildCatalog } from '../../src/lib/infographics/catalog.ts';
import { checkUnit, posterScene, type PosterRequest } from '../../src/lib/infographics/poster.ts';
import { readQrCodes } from '../../src/lib/cccd/read-qr.ts';
import { PHONE_MESSAGE } from '../../src/lib/phone.ts';
import { watchCsp } from './nginx/csp-checks.ts';
import { outgoing } from './outgoing.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGE = 'tao-ap-phich/';
const root = new URL('../../', import.meta.url).pathname;
const catalog = buildCatalog(loadContent(root), new Set(listPages(root).map((page) => page.slug)));

/** Synthetic unit: obviously not a real one, with stacked marks. */
const UNIT = {
	name: 'Công an phường Nghiễm Ưởng',
	address: 'Số 1 đường Mẫu, tổ dân phố Thử',
	phone1: '0200 0000 000',
	phone2: '',
	note: 'Tiếp dân sáng thứ Bảy',
};

/** Exactly `length` characters of words with stacked marks. */
function words(length: number): string {
	const text = 'Nghiễm Ưởng Xuân Phường Tổ dân phố Khu Đề án 06 '.repeat(10).slice(0, length);
	return text.endsWith(' ') ? `${text.slice(0, -1)}x` : text;
}

async function fill(page: Page, fields: Partial<typeof UNIT>): Promise<void> {
	const labels: Record<keyof typeof UNIT, string> = {
		name: 'Tên đơn vị',
		address: 'Địa chỉ',
		phone1: 'Số điện thoại',
		phone2: 'Số điện thoại thứ hai',
		note: 'Ghi chú ngắn',
	};
	for (const [field, value] of Object.entries(fields) as Array<[keyof typeof UNIT, string]>) {
		await page.getByLabel(labels[field], { exact: true }).fill(value);
	}
}

async function choose(page: Page, design: string, format: string): Promise<void> {
	await page.getByLabel('Mẫu áp phích').selectOption(design);
	await page.locator(`input[name="format"][value="${format}"]`).check();
}

/** Waits until the preview shows this unit in this format. */
async function previewOf(page: Page, name: string, formatLabel: RegExp): Promise<void> {
	const img = page.locator('poster-maker img[data-pm-preview]');
	await expect(img).toBeVisible({ timeout: 30_000 });
	await expect(img).toHaveAttribute('alt', new RegExp(`${formatLabel.source}.*${name}`));
}

async function bytesOf(download: Download): Promise<Buffer> {
	return readFileSync(await download.path());
}

async function rgba(png: Buffer) {
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
}

async function pdfText(pdf: Buffer): Promise<string> {
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	const page = await doc.getPage(1);
	const content = await page.getTextContent();
	// One item per drawn line: a wrapped name comes back as two, joined here by a space.
	return content.items
		.map((item) => ('str' in item ? item.str : ''))
		.join(' ')
		.replace(/\s+/g, ' ');
}

test.describe('poster maker', () => {
	test.use({ serviceWorkers: 'block', acceptDownloads: true });

	test('a unit downloads a PNG and a PDF of its own poster', async ({ page, baseURL }) => {
		test.setTimeout(120_000);
		const origin = new URL(baseURL ?? '').origin;
		const violations = await watchCsp(page);
		const requests: Request[] = [];
		page.on('request', (r) => requests.push(r));
		await page.goto(PAGE);
		await choose(page, 'cach-3', 'vuong');
		await fill(page, UNIT);
		await previewOf(page, UNIT.name, /Vuông/);

		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
		]);
		expect(pngDownload.suggestedFilename()).toBe('ap-phich-cach-3-vuong.png');
		const png = await bytesOf(pngDownload);
		const browser = await rgba(png);
		expect([browser.width, browser.height]).toEqual([1080, 1080]);

		// The QR code opens the method's page on the site's own address.
		configureZxingForNode();
		const codes = await readQrCodes(browser);
		const method = catalog.methods.find((m) => m.card.number === 3)!;
		expect(codes.map((code) => code.text)).toEqual([method.card.url]);

		// The build's renderer draws the same picture for the same input.
		const check = checkUnit(UNIT);
		if (!check.ok) throw new Error('the sample unit must be valid');
		const request: PosterRequest = { design: 'cach-3', format: 'vuong', unit: check.unit };
		const node = await rgba(
			await renderPng(posterScene(catalog, request, loadFonts().measure, true))
		);
		let sum = 0;
		let far = 0;
		for (let i = 0; i < node.data.length; i += 4) {
			let pixel = 0;
			for (let c = 0; c < 3; c++)
				pixel = Math.max(pixel, Math.abs(node.data[i + c]! - browser.data[i + c]!));
			sum += pixel;
			if (pixel > 96) far++;
		}
		const pixels = node.data.length / 4;
		// Anti-aliasing differs along edges only: on average a few levels, and few pixels far off.
		expect(sum / pixels).toBeLessThan(3);
		expect(far / pixels).toBeLessThan(0.005);

		await choose(page, 'cach-3', 'a4');
		await previewOf(page, UNIT.name, /A4/);
		const [pdfDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Tải PDF để in' }).click(),
		]);
		expect(pdfDownload.suggestedFilename()).toBe('ap-phich-cach-3-a4.pdf');
		const text = await pdfText(await bytesOf(pdfDownload));
		expect(text).toContain(UNIT.name);
		expect(text).toContain(UNIT.phone1);
		expect(text).toContain(UNIT.note);
		await expect(page.getByRole('status')).toContainText('ap-phich-cach-3-a4.pdf');

		expect(outgoing(requests, origin)).toEqual([]);
		expect(await violations()).toEqual([]);
	});

	test('the print-friendly choice gives a white poster with the same QR code', async ({ page }) => {
		await page.goto(PAGE);
		await choose(page, 'tong-quan', 'a4');
		await page.getByLabel(/Bản tiết kiệm mực/).check();
		await fill(page, UNIT);
		await previewOf(page, UNIT.name, /A4, bản tiết kiệm mực/);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('ap-phich-tong-quan-a4-tiet-kiem-muc.png');
		const image = await rgba(await bytesOf(download));
		// The ground is paper white (the colour poster's is red).
		expect([...image.data.subarray(0, 3)]).toEqual([255, 255, 255]);
		configureZxingForNode();
		const codes = await readQrCodes(image);
		expect(codes.map((code) => code.text)).toEqual([catalog.overview.data.url]);
	});

	test('a bad number shows the message next to it and produces nothing', async ({ page }) => {
		await page.goto(PAGE);
		const downloads: Download[] = [];
		page.on('download', (download) => downloads.push(download));
		await fill(page, { name: UNIT.name, phone1: '12345' });
		await page.getByLabel('Địa chỉ', { exact: true }).focus();
		const phone = page.getByLabel('Số điện thoại', { exact: true });
		await expect(phone).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#pm-phone1-error')).toHaveText(PHONE_MESSAGE);
		await expect(phone).toHaveAccessibleDescription(new RegExp(PHONE_MESSAGE.slice(0, 30)));
		await expect(page.locator('poster-maker')).toHaveAttribute('data-preview', 'none');
		await page.getByRole('button', { name: 'Tải ảnh PNG' }).click();
		await expect(page.getByRole('status')).toHaveText(/Chưa tạo được tệp/);
		await expect(phone).toBeFocused();
		await page.getByRole('button', { name: 'Tải PDF để in' }).click();
		await expect(page.getByRole('status')).toHaveText(/Chưa tạo được tệp/);
		await expect(page.locator('poster-maker img[data-pm-preview]')).toBeHidden();
		expect(downloads).toEqual([]);

		const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

	for (const [design, format, label] of [
		['cach-7', 'vuong', /Vuông/],
		['tong-quan', 'story', /Dọc/],
		['tong-dai', 'a3', /A3/],
	] as const) {
		test(`the longest unit stays inside its boxes: ${design} ${format}`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.goto(PAGE);
			const name = words(80);
			await choose(page, design, format);
			await fill(page, {
				name,
				address: words(120),
				phone1: '0200 0000 000',
				phone2: '0900.000.000',
				note: words(100),
			});
			await previewOf(page, name, label);
			const layout = await page
				.locator('poster-maker')
				.evaluate((el) => (el as HTMLElement & { layout: unknown }).layout);
			const blocks = layout as Array<{
				label: string;
				box: { x: number; y: number; w: number; h: number };
				used: { x: number; y: number; w: number; h: number };
				fits: boolean;
			}>;
			expect(blocks.map((b) => b.label)).toEqual(
				expect.arrayContaining(['đơn vị: tên', 'đơn vị: địa chỉ', 'đơn vị: số điện thoại'])
			);
			for (const block of blocks) {
				expect(block.fits, block.label).toBe(true);
				expect(block.used.y + block.used.h, block.label).toBeLessThanOrEqual(
					block.box.y + block.box.h + 0.5
				);
				expect(block.used.w, block.label).toBeLessThanOrEqual(block.box.w + 0.5);
			}
			if (design === 'tong-dai') {
				const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
			}
		});
	}

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the page says the maker needs JavaScript and links the ready-made images', async ({
			page,
		}) => {
			await page.goto(PAGE);
			await expect(page.getByText('Phần tạo áp phích cần bật JavaScript.')).toBeVisible();
			const link = page.getByRole('link', { name: 'ảnh và áp phích có sẵn' }).last();
			await expect(link).toHaveAttribute('href', /infographic\/$/);
			await expect(page.getByRole('button', { name: 'Tải ảnh PNG' })).toBeHidden();
		});
	});
});
