import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, sitemapPaths } from './site-map.ts';

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

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
