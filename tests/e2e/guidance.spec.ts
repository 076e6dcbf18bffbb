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
		await expect(page.locator('main .page-reviewed')).toHaveText(
			/Rà soát lần cuối: \d{2}\/\d{2}\/\d{4}/
		);
		// Steps render as an ordered list with at least two steps.
		const steps = page.locator('.sl-steps > li');
		expect(await steps.count()).toBeGreaterThanOrEqual(2);
		// The answer comes first: the key facts box (the C06 numbering moved to the overview).
		await expect(page.locator('main [data-key-facts]')).toBeVisible();
	});
}

test('Cách 3 leads to the QR demo and Cách 4 says what a chip read shows and needs', async ({
	page,
}) => {
	await page.goto('cach-3/');
	expect(await page.locator('main a[href$="/quet-qr/"]').count()).toBeGreaterThan(0);
	await page.goto('cach-4/');
	await expect(page.locator('main')).toContainText(/chip/i);
	// The legal channel is a reader connected online; offline it cannot check the database.
	await expect(page.locator('main')).toContainText(/kết nối trực tuyến/i);
	await expect(page.locator('main')).toContainText(/không có mạng|ngoại tuyến/i);
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
		page.getByText('Từ 01/01/2023 không còn dùng sổ hộ khẩu, sổ tạm trú', { exact: false }).first()
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

test('the FAQ is a list of closed questions, and a link to one opens it', async ({ page }) => {
	await page.goto('hoi-dap/');
	const items = page.locator('main details.faq-item');
	expect(await items.count()).toBeGreaterThan(10);
	expect(await page.locator('main details.faq-item[open]').count()).toBe(0);
	const id = await items.nth(3).locator('summary h3').getAttribute('id');
	expect(id).toBeTruthy();
	await page.goto(`hoi-dap/#${id}`);
	const linked = page.locator('main details.faq-item', { has: page.locator(`[id="${id}"]`) });
	await expect(linked).toHaveAttribute('open', '');
	await expect(linked.locator('.faq-answer')).toBeInViewport();
	expect(await page.locator('main details.faq-item[open]').count()).toBe(1);
	// Keyboard: a question opens with Enter.
	const other = items.nth(0).locator('summary');
	await other.focus();
	await page.keyboard.press('Enter');
	await expect(items.nth(0)).toHaveAttribute('open', '');
});
