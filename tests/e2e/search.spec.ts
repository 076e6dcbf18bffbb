import { expect, test, type Page } from '@playwright/test';
import { SEARCH_QUERIES } from './search-queries.ts';

/**
 * Opens Starlight's search dialog and types like a person would. Starlight wires the button up
 * when its script has run: click until the dialog opens, instead of assuming the page is ready.
 */
async function typeSearch(page: Page, query: string): Promise<void> {
	const dialog = page.getByRole('dialog');
	await expect(async () => {
		await page.getByRole('button', { name: 'Tìm kiếm' }).first().click();
		await expect(dialog).toBeVisible({ timeout: 1_000 });
	}).toPass({ timeout: 30_000 });
	await dialog.getByRole('textbox').fill(query);
}

/** Searches and returns the result paths, each page once, in rank order. */
async function search(page: Page, query: string): Promise<string[]> {
	await typeSearch(page, query);
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
	await typeSearch(page, 'zzzkhongcogi');
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

// Realistic queries from the content team live beside the content they test; one test each, so
// a slow machine never runs 26 searches against one time limit.
test('there are enough realistic queries', () => {
	expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(15);
});
test.describe('realistic searches find the answering page among the first three results', () => {
	for (const { query, expect: expected } of SEARCH_QUERIES) {
		test(`"${query}" → ${expected}`, async ({ page, baseURL }) => {
			const basePath = new URL(baseURL ?? '').pathname.replace(/\/$/, '');
			await page.goto('');
			const top = (await search(page, query)).slice(0, 3);
			expect(top).toContain(basePath + expected);
		});
	}
});
