/**
 * The site as a citizen meets it on a 360 px phone: every page says who publishes it (header and
 * footer), reads at 16 px or more, has primary actions big enough to tap, keeps the fixed header
 * small, and a method page answers first (its key facts within the first 640 px).
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadContentData } from '../../src/lib/content-data/load.ts';
import { sitemapPaths } from './site-map.ts';

const { site, methods } = loadContentData();
const paths = sitemapPaths();

test.use({ viewport: { width: 360, height: 800 } });

/** Visible text in main set under 16 px, as "size: text" lines. */
function smallText(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const main = document.querySelector('main');
		if (!main) return ['no <main>'];
		const found: string[] = [];
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			const element = node.parentElement;
			if (!text || !element || element.closest('[hidden], .sr-only, [aria-hidden="true"]'))
				continue;
			const box = element.getBoundingClientRect();
			const style = getComputedStyle(element);
			if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
			const size = parseFloat(style.fontSize);
			if (size < 16) found.push(`${size}px: ${text.slice(0, 40)}`);
		}
		return found;
	});
}

/** Primary actions (buttons, call links, cards, options) smaller than 44 × 44 px. */
function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector =
			'main :is(.site-button, .gd-call, .gd-task, .gd-start-button, .gd-method-card, .gd-chooser-option, details.faq-item > summary, .quiz-option, .quiz-options label)';
		return [...document.querySelectorAll<HTMLElement>(selector)]
			.filter((el) => el.offsetParent !== null)
			.map((el) => ({ el, box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.width < 44 || box.height < 44)
			.map(
				({ el, box }) =>
					`${Math.round(box.width)}×${Math.round(box.height)} ${el.className}: ${el.textContent?.trim().slice(0, 30)}`
			);
	});
}

for (const path of paths) {
	test(`/${path} at 360 px: issuer shown, 16 px text, 44 px targets, small header`, async ({
		page,
	}) => {
		await page.goto(path);
		await expect(page.locator('header [data-site-issuer]')).toContainText(site.issuer.name);
		await expect(page.locator('[data-site-footer]')).toContainText(site.issuer.name);
		expect(await smallText(page)).toEqual([]);
		expect(await smallTargets(page)).toEqual([]);
		// What stays fixed on screen while reading: the header, at most 64 px.
		const chrome = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('body *')]
				.filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))
				.filter((el) => {
					const box = el.getBoundingClientRect();
					return box.top <= 0 + 1 && box.height > 0 && box.width > 200 && el.offsetParent !== null;
				})
				.reduce((max, el) => Math.max(max, el.getBoundingClientRect().bottom), 0)
		);
		expect(chrome).toBeLessThanOrEqual(64);
	});
}

test('one page title, not the site name twice', async ({ page }) => {
	await page.goto('');
	await expect(page).toHaveTitle(site.siteName);
	await page.goto(`${methods[0]!.page}/`);
	await expect(page).toHaveTitle(`Cách 1: ${methods[0]!.shortTitle} | ${site.siteName}`);
});

for (const method of methods) {
	test(`${method.page}: the key facts come within the first 640 px`, async ({ page }) => {
		await page.goto(`${method.page}/`);
		const facts = page.locator('main [data-key-facts]');
		const box = await facts.boundingBox();
		expect(box?.y ?? Infinity).toBeLessThan(640);
		await expect(facts).toContainText(method.forWhom);
	});
}

test('printed pages carry the site, the page address and the review date', async ({ page }) => {
	const method = methods[2]!;
	await page.goto(`${method.page}/`);
	const pdf = await page.pdf({ format: 'A4' });
	const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
	const first = await (await doc.getPage(1)).getTextContent();
	// PDF text comes in glyph runs split at the diacritics: compare without white space.
	const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, '');
	const text = flat(first.items.map((item) => ('str' in item ? item.str : '')).join(''));
	expect(text).toContain(flat(site.siteName));
	expect(text).toContain(flat(site.issuer.name));
	expect(text).toContain(`/${method.page}/`);
	expect(text).toMatch(/ràsoát\d{2}\/\d{2}\/\d{4}/);
	// No site navigation on paper.
	expect(text).not.toContain(flat('Tìm kiếm'));
});
