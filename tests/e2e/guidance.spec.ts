import { expect, test } from '@playwright/test';
import { METHOD_SECTIONS } from '../../src/lib/method-page.ts';
import { GUIDE_PAGES } from '../../src/lib/sidebar.ts';
import { loadContentData } from '../../src/lib/content-data/load.ts';

const data = loadContentData();

for (let n = 1; n <= 7; n++) {
	test(`Cách ${n} has every section in order, numbered steps, sources and a review date`, async ({
		page,
	}) => {
		await page.goto(`cach-${n}/`);
		const headings = (await page.locator('main h2').allInnerTexts()).map((h) => h.trim());
		const sections = headings.filter((h) => (METHOD_SECTIONS as readonly string[]).includes(h));
		expect(sections).toEqual([...METHOD_SECTIONS]);
		expect(headings).toContain('Nguồn');
		await expect(page.getByText(/Rà soát lần cuối: \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
		// Steps render as an ordered list with at least two steps.
		const steps = page.locator('.sl-steps > li');
		expect(await steps.count()).toBeGreaterThanOrEqual(2);
		// The C06 cross-reference is shown on every method page.
		await expect(page.getByText(/C06/).first()).toBeVisible();
	});
}

test('Cách 3 leads to the QR demo and Cách 4 says the chip proves authenticity offline', async ({
	page,
}) => {
	await page.goto('cach-3/');
	expect(await page.locator('main a[href$="/quet-qr/"]').count()).toBeGreaterThan(0);
	await page.goto('cach-4/');
	await expect(page.locator('main')).toContainText(/chip/i);
	await expect(page.locator('main')).toContainText(/không có mạng|ngoại tuyến|offline/i);
});

for (const guide of GUIDE_PAGES) {
	test(`guide "${guide.label}" renders as numbered stages`, async ({ page }) => {
		await page.goto(`${'slug' in guide ? guide.slug : ''}/`);
		const stages = page.locator('main ol.gd-sbs > li');
		expect(await stages.count()).toBeGreaterThanOrEqual(2);
		const numbers = await stages.locator('.gd-sbs-number').allInnerTexts();
		expect(numbers.slice(0, 3)).toEqual(
			['Bước 1', 'Bước 2', 'Bước 3'].slice(0, Math.min(3, numbers.length))
		);
	});
}

test('the contact page lists every contact of contacts.yaml as a tap-to-call link with the number as text', async ({
	page,
}) => {
	await page.goto('tong-dai/');
	for (const contact of data.contacts) {
		const link = page.locator(`main a[href="${contact.tel}"]`).first();
		await expect(link).toHaveText(contact.phone);
		const box = await link.boundingBox();
		expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
	}
	// The dispatch's contact point is a unit; a number only if site.yaml publishes one.
	await expect(page.locator('main').getByText(data.site.localContact.unit).first()).toBeVisible();
	if (data.site.localContact.tel) {
		await expect(
			page.locator(`main a[href="${data.site.localContact.tel}"]`).first()
		).toBeVisible();
	}
});

test('the home page shows the change, the seven methods, task entry points and the hotline', async ({
	page,
}) => {
	await page.goto('');
	await expect(
		page.getByText('Từ 1/1/2023 không còn dùng sổ hộ khẩu, sổ tạm trú', { exact: false }).first()
	).toBeVisible();
	for (let n = 1; n <= 7; n++) {
		expect(await page.locator(`main a[href$="/cach-${n}/"]`).count()).toBeGreaterThan(0);
	}
	await expect(page.getByText('Tôi cần chứng minh nơi cư trú').first()).toBeVisible();
	await expect(page.getByText('Tôi là cán bộ tiếp nhận hồ sơ').first()).toBeVisible();
	const hotline = data.contacts.find((c) => c.scope === 'national' && c.role === 'support');
	if (hotline) await expect(page.locator(`main a[href="${hotline.tel}"]`).first()).toBeVisible();
});

test('the Cách 3 page carries the QR demo itself, and its sample path works there', async ({
	page,
}) => {
	await page.goto('cach-3/');
	const scanner = page.locator('qr-scanner');
	await expect(scanner).toHaveCount(1);
	await scanner
		.getByRole('button', { name: /Dán nội dung mã mẫu/ })
		.first()
		.click();
	await expect(scanner.getByRole('heading', { name: 'Kết quả đọc mã QR' })).toBeFocused({
		timeout: 20_000,
	});
});
