/**
 * The training section ("Tập huấn") against the built site: slide mode with keys, full screen and
 * the presenter window; the quiz's scoring and feedback; every question's source link; print
 * without navigation; the workshop kit ZIP; and an axe sweep of every training view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { orderQuestions } from '../../src/components/training/quiz.ts';
import type { Question, TrainingModule, WithId } from '../../src/schemas/training.ts';
import { loadContentData } from '../../src/lib/content-data/load.ts';
import { fillValue, siteTokens } from '../../src/lib/content-data/site-text.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DATA = join(import.meta.dirname, '..', '..', 'content', 'data');
// «placeholders» filled from site.yaml, as the pages show them.
const tokens = siteTokens(loadContentData().site);
const read = (name: string) =>
	fillValue(load(readFileSync(join(DATA, name), 'utf8')), tokens, () => {});
const modules = read('training-modules.yaml') as WithId<TrainingModule>[];
const questions = orderQuestions(read('questions.yaml') as WithId<Question>[]);
const firstDeck = `tap-huan/trinh-chieu/${modules[0]?.id}/`;

const TRAINING_PAGES = [
	'tap-huan/',
	'tap-huan/trinh-chieu/',
	'tap-huan/cau-hoi/',
	'tap-huan/tinh-huong/',
	'tap-huan/tai-lieu/',
	'tap-huan/phieu-tra-loi/',
	'tap-huan/dap-an/',
	...modules.flatMap((m) => [
		`tap-huan/trinh-chieu/${m.id}/`,
		`tap-huan/trinh-chieu/${m.id}/ghi-chu/`,
	]),
];

/** Root-relative page path → path relative to the base URL, so sub-path hosting works too. */
const relative = (path: string) => path.replace(/^\/+/, '');

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

test.describe('slide mode', () => {
	test.use({
		viewport: { width: 1280, height: 720 },
		isMobile: false,
		hasTouch: false,
		deviceScaleFactor: 1,
	});

	test('moves forward and back with the keyboard and counts the slides', async ({ page }) => {
		await page.goto(firstDeck);
		const total = modules[0]?.slides.length ?? 0;
		const counter = page.getByRole('status');
		await expect(counter).toHaveText(`Trang 1 / ${total}`);
		const deck = page.getByRole('list', { name: 'Các trang trình chiếu' });
		await expect(deck.getByRole('heading', { level: 2 })).toHaveCount(1);

		await page.keyboard.press('ArrowRight');
		await expect(counter).toHaveText(`Trang 2 / ${total}`);
		await page.keyboard.press('PageDown');
		await expect(counter).toHaveText(`Trang 3 / ${total}`);
		await expect(page).toHaveURL(/#3$/);
		await page.keyboard.press('ArrowLeft');
		await expect(counter).toHaveText(`Trang 2 / ${total}`);
		await page.keyboard.press('PageUp');
		await page.keyboard.press('PageUp');
		await expect(counter).toHaveText(`Trang 1 / ${total}`);

		await page.getByRole('button', { name: 'Trang sau' }).click();
		await expect(counter).toHaveText(`Trang 2 / ${total}`);
		await page.reload();
		await expect(counter).toHaveText(`Trang 2 / ${total}`);
	});

	test('presents full screen with body text of 32px or more and no speaker notes', async ({
		page,
	}) => {
		await page.goto(firstDeck);
		await page.getByRole('button', { name: 'Trình chiếu toàn màn hình' }).click();
		const point = page.locator('[data-deck-slide][data-current] li').first();
		await expect(point).toBeVisible();
		const size = await point.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(32);
		// The deck covers the whole screen, so the site's header and sidebar are out of sight.
		const box = await page.locator('slide-deck').boundingBox();
		expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
		await expect(page.getByRole('heading', { name: 'Ghi chú cho người trình bày' })).toHaveCount(0);
		expect(await page.content()).not.toContain(modules[0]?.slides[0]?.notes ?? '(none)');

		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('status')).toHaveText(/^Trang 2 \//);
		expect(await axeViolations(page)).toEqual([]);
		// The controls fade after a quiet spell (slides.spec.ts); moving the pointer brings them back.
		await page.mouse.move(640, 600);
		await page.getByRole('button', { name: 'Thoát' }).click();
		await expect(page.getByRole('button', { name: 'Trình chiếu toàn màn hình' })).toBeVisible();
	});

	test('the presenter window shows the notes and follows the audience window', async ({
		context,
	}) => {
		const audience = await context.newPage();
		await audience.goto(firstDeck);
		const presenter = await context.newPage();
		await presenter.goto(`${firstDeck}ghi-chu/`);
		await expect(presenter.getByText(modules[0]?.slides[0]?.notes ?? '')).toBeVisible();

		await audience.bringToFront();
		await audience.keyboard.press('ArrowRight');
		await expect(presenter.getByRole('status')).toHaveText(/^Trang 2 \//);
		await presenter.bringToFront();
		await presenter.keyboard.press('ArrowRight');
		await expect(audience.getByRole('status')).toHaveText(/^Trang 3 \//);
		await expect(presenter.getByText(modules[0]?.slides[2]?.notes ?? '')).toBeVisible();
	});

	test('without JavaScript every slide shows as a readable page', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
		const page = await context.newPage();
		await page.goto(firstDeck);
		const deck = page.getByRole('list', { name: 'Các trang trình chiếu' });
		await expect(deck.getByRole('heading', { level: 2 })).toHaveCount(
			modules[0]?.slides.length ?? 0
		);
		await context.close();
	});
});

test.describe('quiz', () => {
	test('scores a known set of answers and explains the wrong ones', async ({ page }) => {
		await page.goto('tap-huan/cau-hoi/');
		// Each question is a fieldset (role "group") holding radios.
		const groups = page.getByRole('group').filter({ has: page.getByRole('radio') });
		await expect(groups).toHaveCount(questions.length);

		for (let i = 0; i < 10; i++) {
			const question = questions[i];
			if (!question) throw new Error('missing question');
			const right = i < 7;
			const letters = ['A', 'B', 'C', 'D'].slice(0, question.options.length);
			const choice = right ? question.answer : (letters.find((l) => l !== question.answer) ?? 'A');
			const group = groups.nth(i);
			await group.getByRole('radio', { name: new RegExp(`^${choice}\\.`) }).check();
			await group.getByRole('button', { name: 'Kiểm tra câu này' }).click();
			const feedback = group.getByRole('status');
			if (right) {
				await expect(feedback).toContainText('Đúng.');
			} else {
				await expect(feedback).toContainText(`Chưa đúng. Đáp án đúng là ${question.answer}`);
				await expect(feedback).toContainText(question.explanation);
				await expect(feedback.getByRole('link', { name: question.source.title })).toBeVisible();
			}
		}
		await expect(page.getByText('Bạn trả lời đúng 7/10 câu.').first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('without JavaScript each question has a "Xem đáp án" disclosure', async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
		const page = await context.newPage();
		await page.goto('tap-huan/cau-hoi/');
		await expect(page.getByText('Xem đáp án')).toHaveCount(questions.length);
		await context.close();
	});

	test("every question's source link resolves", async ({ request }) => {
		for (const question of questions) {
			const url = question.source.url;
			if (url.startsWith('/')) {
				const response = await request.get(relative(url));
				expect(response.status(), `${question.id} → ${url}`).toBe(200);
			} else {
				expect(new URL(url).protocol, `${question.id} → ${url}`).toBe('https:');
			}
		}
	});
});

test.describe('print', () => {
	test.use({
		viewport: { width: 1280, height: 900 },
		isMobile: false,
		hasTouch: false,
		deviceScaleFactor: 1,
	});

	for (const path of TRAINING_PAGES) {
		test(`/${path} prints without navigation`, async ({ page }) => {
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('header.header')).toBeHidden();
			await expect(page.locator('nav.sidebar')).toBeHidden();
			await expect(page.getByRole('button', { name: 'Trình chiếu toàn màn hình' })).toBeHidden();
			await expect(page.locator('main h1')).toBeVisible();
		});
	}

	test('a printed deck shows every slide', async ({ page }) => {
		await page.goto(firstDeck);
		await page.emulateMedia({ media: 'print' });
		const slides = page.locator('[data-deck-slide]');
		const count = modules[0]?.slides.length ?? 0;
		for (let i = 0; i < count; i++) await expect(slides.nth(i)).toBeVisible();
	});
});

test('the workshop kit ZIP holds the files its JSON lists', async ({ request }) => {
	const listing = await request.get('tap-huan/bo-tai-lieu-tap-huan.json');
	expect(listing.status()).toBe(200);
	const manifest = (await listing.json()) as {
		zip: string;
		files: Array<{ path: string; bytes: number }>;
	};
	const response = await request.get(`tap-huan/${manifest.zip}`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('zip');
	const files = unzipSync(new Uint8Array(await response.body()));
	expect(Object.keys(files).sort()).toEqual(manifest.files.map((f) => f.path).sort());
	for (const file of manifest.files) expect(files[file.path]?.length, file.path).toBe(file.bytes);
	expect(manifest.files.some((f) => f.path.startsWith('tai-lieu/'))).toBe(true);
	expect(manifest.files.some((f) => f.path.startsWith('trinh-chieu/'))).toBe(true);
});

test.describe('accessibility', () => {
	for (const path of TRAINING_PAGES) {
		test(`/${path} has no axe violation`, async ({ page }) => {
			await page.goto(path);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
