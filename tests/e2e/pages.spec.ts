import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-map.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = sitemapPaths();

test('the sitemap lists the whole site', () => {
	expect(paths).toContain('');
	expect(paths).toContain('cach-1/');
	expect(paths.length).toBeGreaterThanOrEqual(20);
});

for (const path of paths) {
	test.describe(`/${path}`, () => {
		test('loads in Vietnamese, only from this site, with no accessibility violation', async ({
			page,
			baseURL,
		}) => {
			const siteOrigin = new URL(baseURL ?? '').origin;
			const foreign: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== siteOrigin) {
					foreign.push(request.url());
				}
			});
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
			await page.waitForLoadState('networkidle');

			const violations: string[] = [];
			// Both colour themes: Starlight follows the reader's system setting.
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await page.reload();
				await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
				const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
				violations.push(
					...results.violations.map(
						(v) =>
							`${colorScheme} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
					)
				);
			}
			expect(violations).toEqual([]);
			expect(foreign).toEqual([]);
		});
	});
}
