/**
 * Content Security Policy checks shared by the preview project (delivery.spec.ts) and the nginx
 * project (delivery-nginx.spec.ts): every sitemap page, then the flows that run the most code
 * (QR scanner by photo, sample and camera; search; slides; quiz; gallery), each must raise no
 * `securitypolicyviolation` event and log no CSP refusal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cameraBrowser, phoneContext } from '../browser.ts';
import { sitemapPaths } from '../site-map.ts';
import { cameraClip, ROOT } from '../../fixtures/qr-demo/images.ts';

/** A violation as a line: the directive, what was blocked, and where. */
type Line = string;

/**
 * Starts recording CSP violations on a page (before any of its scripts run) and returns a reader.
 * Two channels: the event every violation fires in the document, and the console message Chromium
 * logs for each refusal (which also covers the page's workers).
 */
export async function watchCsp(page: Page): Promise<() => Promise<Line[]>> {
	const logged: Line[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) logged.push(`console: ${message.text()}`);
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __cspViolations: seen });
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || location.pathname}:${event.lineNumber} ${event.sample}`
			);
		});
	});
	return async () => {
		// Violation events are queued as tasks: let one frame pass so all of them have fired.
		const events = await page.evaluate(async () => {
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			return (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [];
		});
		return [...events, ...logged];
	};
}

/** Waits for what a page loads by itself: Starlight's search UI comes when the browser is idle. */
async function settled(page: Page): Promise<void> {
	if ((await page.locator('#starlight__search').count()) > 0) {
		await expect(page.locator('#starlight__search .pagefind-ui')).toBeAttached({
			timeout: 20_000,
		});
	}
}

/** One test per sitemap page: loads, runs its scripts and styles, no violation. */
export function cspPageSweep(): void {
	for (const path of sitemapPaths()) {
		test(`/${path} raises no CSP violation`, async ({ page }) => {
			const violations = await watchCsp(page);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			// The policy is in the page, so this sweep means something.
			await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
			await settled(page);
			expect(await violations()).toEqual([]);
		});
	}
}

interface Sample {
	card: string;
}
const samples: Sample[] = JSON.parse(
	readFileSync(join(ROOT, 'public/samples/samples.json'), 'utf8')
).samples;

function cardFile(n: number) {
	const card = samples[n - 1]?.card ?? '';
	return {
		name: card,
		mimeType: 'image/png',
		buffer: readFileSync(join(ROOT, 'public/samples', card)),
	};
}

/** The flows that run the most code, each checked for violations at its end. */
export function cspFlows(): void {
	test('QR demo: photo, sample card and pasted text decode with no CSP violation', async ({
		page,
	}) => {
		const violations = await watchCsp(page);
		await page.goto('quet-qr/');
		const result = page.getByRole('heading', { name: 'Kết quả đọc mã QR' });
		// The photo shown beside the result is a blob: image; the decoder is a worker with wasm.
		await page.locator('[data-file]').setInputFiles(cardFile(1));
		await expect(result).toBeFocused({ timeout: 30_000 });
		await expect(page.locator('qr-scanner [data-picture-frame] img')).toBeVisible();
		await page.getByRole('button', { name: 'Hiện thông tin' }).click();
		await page.getByLabel('Chọn thẻ mẫu').selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Đọc ảnh thẻ mẫu' }).click();
		await expect(page.getByRole('img', { name: /^Thẻ mẫu số \d/ })).toBeVisible({
			timeout: 30_000,
		});
		expect(await violations()).toEqual([]);
	});

	test('QR demo: the camera reads a card with no CSP or permissions refusal', async ({
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const browser = await cameraBrowser(await cameraClip(1));
		try {
			const context = await browser.newContext(phoneContext(baseURL));
			await context.grantPermissions(['camera'], { origin: new URL(baseURL ?? '').origin });
			const page = await context.newPage();
			const violations = await watchCsp(page);
			await page.goto('quet-qr/');
			await page.getByRole('button', { name: 'Bật camera để quét' }).click();
			// Permissions-Policy allows the camera for this site: the card is read from the video.
			await expect(page.getByRole('heading', { name: 'Kết quả đọc mã QR' })).toBeFocused({
				timeout: 60_000,
			});
			expect(await violations()).toEqual([]);
		} finally {
			await browser.close();
		}
	});

	test('search finds a page with no CSP violation (Pagefind runs its index in wasm)', async ({
		page,
	}) => {
		const violations = await watchCsp(page);
		await page.goto('');
		const dialog = page.getByRole('dialog');
		// The button works once the search script has run: click until the dialog opens.
		await expect(async () => {
			await page.getByRole('button', { name: 'Tìm kiếm' }).first().click();
			await expect(dialog).toBeVisible({ timeout: 1_000 });
		}).toPass({ timeout: 30_000 });
		await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill('vneid');
		// A result: a link to a page about VNeID, found in the index.
		await expect(dialog.getByRole('link', { name: /VNeID/ }).first()).toBeVisible({
			timeout: 20_000,
		});
		expect(await violations()).toEqual([]);
	});

	test('slides: next slide, full screen and back, with no CSP violation', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto('tap-huan/trinh-chieu/');
		await page.locator('main a[href*="/tap-huan/trinh-chieu/"]').first().click();
		const counter = page.getByRole('status');
		await expect(counter).toHaveText(/^Trang 1 \//);
		await page.keyboard.press('ArrowRight');
		await expect(counter).toHaveText(/^Trang 2 \//);
		await page.getByRole('button', { name: 'Trình chiếu toàn màn hình' }).click();
		await page.getByRole('button', { name: 'Thoát' }).click();
		await expect(page.getByRole('button', { name: 'Trình chiếu toàn màn hình' })).toBeVisible();
		expect(await violations()).toEqual([]);
	});

	test('quiz: a checked answer and its feedback, with no CSP violation', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto('tap-huan/cau-hoi/');
		const first = page
			.getByRole('group')
			.filter({ has: page.getByRole('radio') })
			.first();
		await first.getByRole('radio').first().check();
		await first.getByRole('button', { name: 'Kiểm tra câu này' }).click();
		await expect(first.getByRole('status')).toContainText(/Đúng\.|Chưa đúng\./);
		await expect(page.getByText(/Bạn trả lời đúng \d+\/1 câu\./).first()).toBeVisible();
		expect(await violations()).toEqual([]);
	});

	test('gallery: every thumbnail and the "Tải cỡ khác" list, with no CSP violation', async ({
		page,
	}) => {
		const violations = await watchCsp(page);
		await page.goto('infographic/');
		const thumbs = page.locator('.ig-gallery img');
		for (const img of await thumbs.all()) await img.scrollIntoViewIfNeeded();
		await page.waitForFunction(() =>
			[...document.images].every((img) => img.complete && img.naturalWidth > 0)
		);
		const figure = page.locator('.ig-gallery figure').first();
		await figure.locator('details summary').click();
		await expect(figure.locator('details a[download]').first()).toBeVisible();
		expect(await violations()).toEqual([]);
	});
}
