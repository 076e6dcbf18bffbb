import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Opens Starlight's search dialog, types like a person would and returns the result paths. */
async function search(page: Page, query: string): Promise<string[]> {
	await page.getByRole('button', { name: 'Tìm kiếm' }).first().click();
	const box = page.getByRole('dialog').getByRole('textbox');
	await box.fill(query);
	const links = page.locator('.pagefind-ui__result-link');
	await expect(links.first()).toBeVisible({ timeout: 15_000 });
	// Pagefind refines results as sub-results load; wait until the list stops changing.
	await page.waitForTimeout(300);
	const hrefs = await links.evaluateAll((nodes) =>
		nodes.map((n) => (n as HTMLAnchorElement).pathname)
	);
	// Sub-results (headings) link into the same page: count each page once, in rank order.
	return [...new Set(hrefs.map((href) => href.replace(/#.*$/, '')))];
}

test('search shows Vietnamese interface text', async ({ page }) => {
	await page.goto('');
	await page.getByRole('button', { name: 'Tìm kiếm' }).first().click();
	await page.getByRole('dialog').getByRole('textbox').fill('zzzkhongcogi');
	await expect(page.getByText(/Không có kết quả cho/)).toBeVisible({ timeout: 15_000 });
});

test('a query typed without diacritics finds the page written with them', async ({
	page,
	baseURL,
}) => {
	await page.goto('');
	const results = await search(page, 'so ho khau');
	expect(results.length).toBeGreaterThan(0);
	const basePath = new URL(baseURL ?? '').pathname;
	expect(results.slice(0, 3)).toContain(basePath);
});

// Realistic queries from the content team live beside the content they test.
const queriesFile = join(import.meta.dirname, 'search-queries.ts');
test.describe('realistic searches find the answering page among the first three results', () => {
	test.skip(!existsSync(queriesFile), 'search-queries.ts not written yet');
	test('each query', async ({ page, baseURL }) => {
		test.setTimeout(240_000);
		const { SEARCH_QUERIES } = (await import(pathToFileURL(queriesFile).href)) as {
			SEARCH_QUERIES: ReadonlyArray<{ query: string; expect: string }>;
		};
		expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(15);
		const basePath = new URL(baseURL ?? '').pathname.replace(/\/$/, '');
		const misses: string[] = [];
		await page.goto('');
		for (const { query, expect: expected } of SEARCH_QUERIES) {
			await page.goto('');
			const top = (await search(page, query)).slice(0, 3);
			if (!top.includes(basePath + expected))
				misses.push(`"${query}" → ${expected}; got ${top.join(', ')}`);
		}
		expect(misses).toEqual([]);
	});
});
