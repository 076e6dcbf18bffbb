import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, sitemapPaths } from './site-map.ts';

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

/** "(PNG, 47 KB)", "(PDF, 1,2 MB)": every download names its file type and size. */
const SIZE = /\((PNG|PDF), \d+(,\d)? (B|KB|MB)\)/;

test('every page names an Open Graph image that exists, with its size', () => {
	const problems: string[] = [];
	for (const path of sitemapPaths()) {
		const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
		const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
		if (!image) {
			problems.push(`/${path}: no og:image`);
			continue;
		}
		const file = new URL(image).pathname.slice(base.length);
		if (!existsSync(join(DIST, file))) problems.push(`/${path}: ${image} missing`);
		if (!/<meta property="og:image:width" content="1200"/.test(html))
			problems.push(`/${path}: width`);
	}
	expect(problems).toEqual([]);
});

test('the gallery offers every image and the download-all ZIP, and they download', async ({
	page,
	request,
}) => {
	await page.goto('infographic/');
	// The ZIP is the page's filled main button: its text must not take the link colour of its fill.
	const all = page.getByRole('link', { name: /^Tải tất cả ảnh/ });
	await expect(all).toBeVisible();
	const [color, fill] = await all.evaluate((a) => {
		const style = getComputedStyle(a);
		return [style.color, style.backgroundColor];
	});
	expect(color).not.toBe(fill);
	const links = page.locator('a[download]');
	const hrefs = await links.evaluateAll((nodes) => nodes.map((n) => (n as HTMLAnchorElement).href));
	expect(hrefs.length).toBeGreaterThanOrEqual(7 * 5 + 1);
	const zip = hrefs.find((href) => href.endsWith('.zip'));
	expect(zip).toBeDefined();
	const response = await request.get(zip ?? '');
	expect(response.status()).toBe(200);
	const body = await response.body();
	expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
	for (const href of hrefs.filter((h) => h.endsWith('.pdf')).slice(0, 3)) {
		const pdf = await request.get(href);
		expect(pdf.status()).toBe(200);
		expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
	}
});

/**
 * Scrolls to the bottom in half-screen steps, so every lazy thumbnail starts loading. Each step
 * waits for the browser to paint at the new position (two animation frames), which is when it
 * decides which lazy images are near enough to load.
 */
async function scrollToBottom(page: Page): Promise<void> {
	for (let step = 0; step < 100; step++) {
		const atBottom = await page.evaluate(async () => {
			window.scrollBy(0, window.innerHeight / 2);
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
		});
		if (atBottom) return;
	}
}

test('thumbnails keep their place while they load: no layout shift at all', async ({ page }) => {
	// Slow thumbnails, as on a phone on 3G: a box that is not reserved would move what is below it.
	await page.route(/\/infographics\/thumbs\//, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 400));
		await route.continue();
	});
	await page.addInitScript(() => {
		const shifts: number[] = [];
		const record = (entries: PerformanceEntryList) => {
			for (const entry of entries) {
				const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
				if (!shift.hadRecentInput) shifts.push(shift.value);
			}
		};
		const observer = new PerformanceObserver((list) => record(list.getEntries()));
		observer.observe({ type: 'layout-shift', buffered: true });
		// Entries not yet handed to the callback are taken at once: no waiting for delivery.
		Object.assign(window, { __shifts: () => (record(observer.takeRecords()), shifts) });
	});
	await page.goto('infographic/');
	const thumbs = page.locator('.ig-gallery img');
	expect(await thumbs.count()).toBeGreaterThanOrEqual(8);
	// Reserved by attributes from the manifest; the first row loads at once, the rest lazily.
	const attributes = await thumbs.evaluateAll((images) =>
		images.map((img) => [
			img.getAttribute('width'),
			img.getAttribute('height'),
			img.getAttribute('loading'),
			img.getAttribute('decoding'),
		])
	);
	attributes.forEach(([width, height, loading, decoding], index) => {
		expect(Number(width)).toBeGreaterThan(0);
		expect(Number(height)).toBeGreaterThan(0);
		expect(loading).toBe(index < 2 ? 'eager' : 'lazy');
		expect(decoding).toBe('async');
	});

	await scrollToBottom(page);
	await page.waitForFunction(() =>
		[...document.images].every((img) => img.complete && img.naturalWidth > 0)
	);
	// A shift is measured when the browser lays out the frame after an image arrives: let two frames
	// pass after the last one, then read every entry recorded so far.
	const shifts = await page.evaluate(async () => {
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		return (window as unknown as { __shifts: () => number[] }).__shifts();
	});
	expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
});

test('each image has one "Chia sẻ" button and one "Tải cỡ khác" list of sized downloads', async ({
	page,
}) => {
	await page.goto('infographic/');
	const figures = page.locator('.ig-gallery figure');
	const count = await figures.count();
	expect(count).toBeGreaterThanOrEqual(8);
	for (let index = 0; index < count; index++) {
		const figure = figures.nth(index);
		const share = figure.getByRole('button', { name: /^Chia sẻ/ });
		await expect(share).toHaveCount(1);
		await expect(share).toBeVisible();
		const box = await share.boundingBox();
		expect(box?.width).toBeGreaterThanOrEqual(44);
		expect(box?.height).toBeGreaterThanOrEqual(44);
		// Once the button works, the no-JavaScript download link it replaces is gone.
		await expect(figure.locator('share-image > a[download]')).toBeHidden();
		await expect(figure.getByRole('button')).toHaveCount(1);

		const group = figure.locator('details');
		await expect(group).toHaveCount(1);
		const summary = group.locator('summary');
		await expect(summary).toHaveText(/^Tải cỡ khác/);
		expect((await summary.boundingBox())?.height).toBeGreaterThanOrEqual(44);
		const downloads = group.locator('a[download]');
		await expect(downloads.first()).toBeHidden();
		await summary.click();
		const n = await downloads.count();
		expect(n).toBeGreaterThanOrEqual(1);
		for (let i = 0; i < n; i++) {
			const link = downloads.nth(i);
			await expect(link).toBeVisible();
			await expect(link).toHaveText(SIZE);
			expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
		}
	}
	// A method offers every size and format: square, link preview, story, A4 and A3, each paper
	// also in the print-friendly variant.
	const method = page.locator('#anh-cach-1 details a[download]');
	await expect(method).toHaveCount(7);
	await expect(method).toHaveText([
		/Ảnh vuông/,
		/Ảnh ngang/,
		/Ảnh dọc/,
		/PDF A4(?! tiết kiệm).*\(PDF,/,
		/PDF A4 tiết kiệm mực \(in đen trắng\).*\(PDF,/,
		/PDF A3(?! tiết kiệm).*\(PDF,/,
		/PDF A3 tiết kiệm mực \(in đen trắng\).*\(PDF,/,
	]);
});

test('"Chia sẻ" shares the image file itself where the phone can', async ({ page }) => {
	await page.addInitScript(() => {
		const shared: string[] = [];
		Object.assign(window, { __shared: shared });
		Object.assign(navigator, {
			canShare: (data: ShareData) => Boolean(data.files?.length),
			share: async (data: ShareData) => {
				shared.push(...(data.files ?? []).map((file) => `${file.name} ${file.type}`));
			},
		});
	});
	await page.goto('infographic/');
	await page
		.locator('#anh-cach-1')
		.getByRole('button', { name: /^Chia sẻ/ })
		.click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __shared: string[] }).__shared))
		.toEqual(['cach-1-vuong.png image/png']);
});

test('"Chia sẻ" downloads the image where the browser cannot share files', async ({ page }) => {
	await page.addInitScript(() => {
		Object.assign(navigator, { canShare: () => false });
	});
	await page.goto('infographic/');
	const downloaded = page.waitForEvent('download');
	const figure = page.locator('#anh-cach-1');
	await figure.getByRole('button', { name: /^Chia sẻ/ }).click();
	expect((await downloaded).suggestedFilename()).toBe('cach-1-vuong.png');
	await expect(figure.getByRole('status')).toContainText('Tải về');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('no dead button: the main action is a download link, and "Tải cỡ khác" still opens', async ({
		page,
	}) => {
		await page.goto('infographic/');
		const figures = page.locator('.ig-gallery figure');
		const count = await figures.count();
		expect(count).toBeGreaterThanOrEqual(8);
		await expect(page.locator('.ig-gallery').getByRole('button')).toHaveCount(0);
		for (let index = 0; index < count; index++) {
			const main = figures.nth(index).locator('share-image > a[download]');
			await expect(main).toBeVisible();
			expect((await main.boundingBox())?.height).toBeGreaterThanOrEqual(44);
		}
		const group = page.locator('#anh-cach-1 details');
		await group.locator('summary').click();
		await expect(group.locator('a[download]')).toHaveCount(7);
		await expect(group.locator('a[download]').first()).toBeVisible();
		await expect(page.getByRole('link', { name: /Tải tất cả ảnh/ })).toBeVisible();
	});
});
