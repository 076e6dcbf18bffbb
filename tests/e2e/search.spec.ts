import { expect, test, type Page } from '@playwright/test';
import { loadContentData } from '../../src/lib/content-data/load.ts';
import { matchesExpected } from '../../src/lib/search/expect.ts';

const { searchQuestions } = loadContentData();

/** The status line once a search has finished (a result list, an empty state or an error). */
const FINISHED = /kết quả|Không tìm thấy|Hãy gõ thêm|Chưa tải được/;

/**
 * Opens the search dialog as a reader would and submits the query. The header button is hidden
 * until the search script has wired it, so a visible button is a working one.
 */
async function searchFor(page: Page, query: string): Promise<void> {
	await page.getByRole('button', { name: 'Tìm kiếm' }).click();
	const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
	await expect(dialog).toBeVisible();
	const box = dialog.getByRole('searchbox', { name: 'Bạn cần tìm gì?' });
	await expect(box).toBeFocused();
	await box.fill(query);
	await box.press('Enter');
	await expect(dialog.getByRole('status')).toHaveText(FINISHED, { timeout: 20_000 });
}

/** Result links in rank order, as site paths without the base path. */
async function resultPaths(page: Page, basePath: string): Promise<string[]> {
	const hrefs = await page
		.getByRole('dialog')
		.locator('.search-result__link')
		.evaluateAll((links) =>
			links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? '')
		);
	return hrefs.map((href) => href.replace(basePath.replace(/\/$/, ''), ''));
}

const basePathOf = (baseURL: string | undefined) => new URL(baseURL ?? 'http://x/').pathname;

test('there are at least 30 whole questions to search for', () => {
	expect(searchQuestions.filter((q) => q.situation !== 'từ khóa').length).toBeGreaterThanOrEqual(
		30
	);
});

test.describe('questions typed as people type them land on their answer among the first three', () => {
	for (const { id, query, expect: targets } of searchQuestions) {
		test(`${id}: "${query}"`, async ({ page, baseURL }) => {
			await page.goto('');
			await searchFor(page, query);
			const top = (await resultPaths(page, basePathOf(baseURL))).slice(0, 3);
			expect(
				top.some((path) => targets.some((target) => matchesExpected(path, target))),
				`top three: ${top.map((p) => decodeURI(p)).join('  ')}`
			).toBe(true);
		});
	}
});

test('a whole question says which words were used', async ({ page }) => {
	await page.goto('');
	await searchFor(page, 'the can cuoc bi hong thi lam sao');
	await expect(page.getByRole('status')).toContainText(
		'Tìm theo các từ chính: «the can cuoc hong lam»'
	);
});

test('only function words give a helpful empty state, not an empty list', async ({ page }) => {
	await page.goto('');
	await searchFor(page, 'có được không vậy');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('status')).toContainText('Hãy gõ thêm từ');
	await expect(dialog.locator('.search-result__link')).toHaveCount(0);
	const help = dialog.getByRole('navigation', { name: 'Cách khác để tìm câu trả lời' });
	await expect(help.getByRole('link', { name: /tìm cách phù hợp/ })).toBeVisible();
	await expect(help.getByRole('link', { name: /câu hỏi thường gặp/ })).toBeVisible();
	await expect(help.getByRole('link', { name: /tổng đài/ })).toBeVisible();
});

test('a search that finds nothing offers the chooser, the FAQ and the hotline', async ({
	page,
}) => {
	await page.goto('');
	await searchFor(page, 'zzzkhongcogi');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('status')).toContainText(
		'Không tìm thấy kết quả cho «zzzkhongcogi»'
	);
	await expect(dialog.getByRole('link', { name: /tìm cách phù hợp/ })).toBeVisible();
});

test.describe('synonyms work both ways', () => {
	// Each pair: a term the answering entry uses, and one only the synonym list knows.
	const pairs = [
		['mat the can cuoc', 'that lac the can cuoc', '/hoi-dap/#mất-thẻ-căn-cước-thì-làm-thế-nào'],
		[
			'khong co dien thoai thong minh',
			'dung dien thoai cuc gach',
			'/hoi-dap/#người-cao-tuổi-người-không-có-điện-thoại-thông-minh-dùng-cách-nào',
		],
	] as const;
	for (const [onPage, synonym, target] of pairs) {
		for (const query of [onPage, synonym]) {
			test(`"${query}" → ${target}`, async ({ page, baseURL }) => {
				await page.goto('');
				await searchFor(page, query);
				const top = (await resultPaths(page, basePathOf(baseURL))).slice(0, 3);
				expect(top.some((path) => matchesExpected(path, target))).toBe(true);
			});
		}
	}
});

test('an FAQ result opens that answer on the FAQ page', async ({ page, baseURL }) => {
	await page.goto('cach-1/');
	await searchFor(page, 'the can cuoc bi hong thi lam sao');
	const first = page.getByRole('dialog').locator('.search-result__link').first();
	await expect(first).toHaveText('Thẻ căn cước bị hỏng, gãy, mờ chữ thì làm sao?');
	await first.click();
	await expect(page).toHaveURL(new RegExp(`${basePathOf(baseURL)}hoi-dap/#`));
	const answer = page.locator('details.faq-item', {
		has: page.getByRole('heading', { name: 'Thẻ căn cước bị hỏng, gãy, mờ chữ thì làm sao?' }),
	});
	await expect(answer).toHaveAttribute('open', '');
	await expect(answer.locator('.faq-answer')).toBeVisible();
});

test('searching raises no console error and no page error', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	await page.goto('');
	await searchFor(page, 'tai khoan muc 1 co xem duoc cu tru khong');
	await expect(page.getByRole('dialog').locator('.search-result__link').first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('keyboard: Control+K opens the search with the cursor in the box, Escape closes it', async ({
	page,
}) => {
	await page.goto('');
	await expect(page.getByRole('button', { name: 'Tìm kiếm' })).toBeVisible();
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('searchbox')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the search page runs the query in its address, for a shared link', async ({ page }) => {
	await page.goto(`tim-kiem/?q=${encodeURIComponent('mat the can cuoc')}`);
	const panel = page.locator('main search-panel');
	await expect(panel.getByRole('status')).toHaveText(FINISHED, { timeout: 20_000 });
	await expect(panel.locator('.search-result__link').first()).toHaveText(
		'Mất thẻ căn cước thì làm thế nào?'
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header links to the search page, which says why and offers other ways', async ({
		page,
	}) => {
		await page.goto('');
		const link = page.getByRole('link', { name: 'Tìm kiếm' });
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(/tim-kiem\/$/);
		await expect(
			page.getByText('Trình duyệt đang tắt JavaScript nên chưa tìm được.')
		).toBeVisible();
		await expect(
			page.getByRole('main').getByRole('link', { name: /câu hỏi thường gặp/ })
		).toBeVisible();
	});
});
