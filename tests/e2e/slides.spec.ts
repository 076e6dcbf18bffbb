/**
 * The slide decks as a trainer uses them in a room: a picture with alternative text on every
 * slide, the practice slide's QR read back from a 1280×720 screenshot shrunk to a quarter (a phone
 * at the back of the room sees about that), full-screen controls that fade and come back, the
 * answer sheet on at most two A4 pages, no CSP violation and no axe violation while presenting.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { configureZxingForNode } from '../../scripts/lib/zxing-node.ts';
import { readQrCodes } from '../../src/lib/cccd/index.ts';
import { loadContentData } from '../../src/lib/content-data/load.ts';
import { IDLE_EVENT } from '../../src/components/training/slide-deck.ts';
import { pictureData } from '../../src/components/training/slide-pictures.ts';
import { resolveSlides } from '../../src/components/training/workshop.ts';
import { watchCsp } from './nginx/csp-checks.ts';

const { modules, methods } = loadContentData();
const practice = modules
	.flatMap((module) =>
		resolveSlides(module, methods).map((slide, i) => ({ module, slide, number: i + 1 }))
	)
	.find(({ slide }) => slide.picture === 'quet-the-mau');
if (!practice)
	throw new Error('No practice slide (picture: quet-the-mau) in training-modules.yaml');
const practiceDeck = `tap-huan/trinh-chieu/${practice.module.id}/`;
const payload = pictureData(methods).sample.payload;

test.use({
	viewport: { width: 1280, height: 720 },
	isMobile: false,
	hasTouch: false,
	deviceScaleFactor: 1,
});

/** Opens a deck at a slide and starts presenting; returns the CSP violation reader. */
async function present(page: Page, deck: string, slide = 1) {
	const violations = await watchCsp(page);
	await page.goto(`${deck}#${slide}`);
	// Only the IDLE_EVENTs the tests dispatch hide the controls, never the real timer.
	await page.locator('slide-deck').evaluate((deck: HTMLElement) => {
		deck.dataset['idleMs'] = '3600000';
	});
	await page.getByRole('button', { name: 'Trình chiếu toàn màn hình' }).click();
	await expect(page.locator('slide-deck')).toHaveAttribute('data-presenting', '');
	await page.evaluate(() => document.fonts.ready);
	return violations;
}

/** What the idle timer does after a quiet spell, without waiting for it. */
async function goIdle(page: Page): Promise<void> {
	await page.locator('slide-deck').dispatchEvent(IDLE_EVENT);
}

for (const module of modules) {
	test(`every slide of module ${module.number} has a picture with alternative text`, async ({
		page,
	}) => {
		const violations = await watchCsp(page);
		await page.goto(`tap-huan/trinh-chieu/${module.id}/`);
		await expect(page.locator('[data-deck-slide]')).toHaveCount(module.slides.length);
		// Slides other than the current one are display:none, so read the markup, not the a11y tree.
		const alts = await page.locator('[data-deck-slide]').evaluateAll((slides) =>
			slides.map((slide) => {
				const picture = slide.querySelector('svg[role="img"], img');
				return picture?.getAttribute('aria-label') ?? picture?.getAttribute('alt') ?? '';
			})
		);
		expect(alts).toHaveLength(module.slides.length);
		for (const alt of alts) expect(alt.trim().length).toBeGreaterThan(20);
		// The current slide's picture is exposed with that name.
		await expect(
			page.locator('[data-deck-slide][data-current]').getByRole('img').first()
		).toHaveAccessibleName(alts[0] ?? '');
		expect(await violations()).toEqual([]);
	});
}

test('the practice QR decodes from a 1280×720 screenshot shrunk to 25 %', async ({ page }) => {
	const violations = await present(page, practiceDeck, practice.number);
	await goIdle(page);
	await expect(page.locator('.deck-controls')).toBeHidden();
	const shot = await page.screenshot();
	const { data, info } = await sharp(shot)
		.resize(320, 180)
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	configureZxingForNode();
	const codes = await readQrCodes(
		{ data: new Uint8ClampedArray(data), width: info.width, height: info.height },
		{ mode: 'fast' }
	);
	expect(codes.map((code) => code.text)).toContain(payload);
	// The sample card itself is on the slide too, named as a fake.
	await expect(
		page.locator('[data-deck-slide][data-current]').getByRole('img', { name: /Thẻ mẫu/ })
	).toBeVisible();
	expect(await violations()).toEqual([]);
});

test('the notes page states the module size and the reading distance', async ({ page }) => {
	await page.goto(`${practiceDeck}ghi-chu/`);
	await expect(page.locator('[data-qr-note]')).toContainText(/mỗi ô 10 điểm ảnh.*từ khoảng \d+ m/);
});

test.describe('full-screen controls', () => {
	test('fade when idle and come back on a key press or pointer movement', async ({ page }) => {
		const violations = await present(page, practiceDeck);
		const controls = page.locator('.deck-controls');
		const deck = page.locator('slide-deck');
		await expect(controls).toBeVisible();

		await goIdle(page);
		await expect(deck).toHaveAttribute('data-controls', 'hidden');
		await expect(controls).toBeHidden();

		await page.keyboard.press('Shift');
		await expect(deck).toHaveAttribute('data-controls', 'shown');
		await expect(controls).toBeVisible();

		await goIdle(page);
		await expect(controls).toBeHidden();
		await page.mouse.move(640, 360);
		await page.mouse.move(660, 380);
		await expect(controls).toBeVisible();
		expect(await violations()).toEqual([]);
	});

	test('show for a keyboard user who tabs to them, and stay while focused', async ({ page }) => {
		await present(page, practiceDeck);
		await goIdle(page);
		await expect(page.locator('.deck-controls')).toBeHidden();
		await page.keyboard.press('Tab');
		const focused = page.locator('.deck-controls :focus');
		await expect(focused).toBeVisible();
		await goIdle(page);
		await expect(focused).toBeVisible();
		await expect(page.locator('slide-deck')).toHaveAttribute('data-controls', 'shown');
	});

	test('leave no axe violation on a slide with its picture', async ({ page }) => {
		await present(page, practiceDeck, practice.number);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
});

test('the answer sheet prints on at most two A4 pages, with no download link', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto('tap-huan/phieu-tra-loi/');
	await page.evaluate(() => document.fonts.ready);
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const pages = (await PDFDocument.load(pdf)).getPageCount();
	expect(pages).toBeGreaterThanOrEqual(1);
	expect(pages).toBeLessThanOrEqual(2);
	expect(await violations()).toEqual([]);
});

test('printed handout pages show no download button', async ({ page }) => {
	await page.goto('tap-huan/tai-lieu/');
	const downloads = page.locator('main a[download]');
	await expect(downloads.first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	for (const link of await downloads.all()) await expect(link).toBeHidden();
});
