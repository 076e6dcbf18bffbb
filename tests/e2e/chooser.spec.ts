import { expect, test, type Page } from '@playwright/test';
import {
	CHOOSER_ROOT,
	listPaths,
	pathHref,
	type ChooserNode,
	type QuestionNode,
} from '../../src/lib/chooser/index.ts';
import { methodName } from '../../src/lib/chooser/pages.ts';
import { CHOOSER_TREE, PERSONAS } from '../../src/lib/chooser/tree.ts';
import { loadContentData } from '../../src/lib/content-data/load.ts';

const { methods } = loadContentData();
const questionPaths = listPaths(CHOOSER_TREE).filter((path) => path.node.kind === 'question');

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Site-relative path (what page.goto takes) of a root-relative chooser address. */
function relative(href: string): string {
	return href.replace(/^\//, '');
}

/** Starts from /tim-cach/ and taps each answer's link, checking each question on the way. */
async function answer(page: Page, answers: readonly string[]): Promise<ChooserNode> {
	await page.goto(relative(CHOOSER_ROOT));
	await page.locator('main').getByRole('link', { name: 'Bắt đầu' }).click();
	let node = CHOOSER_TREE.nodes[CHOOSER_TREE.start] as ChooserNode;
	for (const id of answers) {
		const question = node as QuestionNode;
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.question);
		const choice = question.answers.find((candidate) => candidate.id === id);
		if (!choice) throw new Error(`${question.id} has no answer ${id}`);
		await page
			.locator('main')
			.getByRole('link', { name: new RegExp(`^${escapeRegExp(choice.label)}`) })
			.click();
		node = CHOOSER_TREE.nodes[choice.next] as ChooserNode;
	}
	return node;
}

test('the start page puts "Trước khi bắt đầu" above the "Bắt đầu" button', async ({ page }) => {
	await page.goto(relative(CHOOSER_ROOT));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm cách phù hợp với bạn');
	const before = await page.getByRole('heading', { name: 'Trước khi bắt đầu' }).boundingBox();
	const start = await page.locator('main').getByRole('link', { name: 'Bắt đầu' }).boundingBox();
	expect(before && start && before.y < start.y).toBe(true);
	expect(start?.height ?? 0).toBeGreaterThanOrEqual(44);
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		for (const persona of PERSONAS) {
			test(`${persona.name}: ends on Cách ${persona.method}`, async ({ page }) => {
				const node = await answer(page, persona.answers);
				expect(node.id).toBe(persona.result);
				const method = methods.find((candidate) => candidate.number === persona.method)!;
				await expect(page).toHaveURL(new RegExp(`${escapeRegExp(pathHref(persona.answers))}$`));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(
					`Cách phù hợp với bạn: ${methodName(method)}`
				);
				const main = page.locator('main');
				await expect(main.locator('a[data-chooser="method"]')).toHaveAttribute(
					'href',
					new RegExp(`/${method.page}/$`)
				);
				for (const heading of [
					'Tôi cần mang gì?',
					'Nếu nơi làm thủ tục vẫn đòi sổ hộ khẩu thì sao?',
					'Nếu không được, dùng cách nào?',
				]) {
					await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
				}
				expect(await main.locator('[data-chooser="bring"] > li').count()).toBeGreaterThan(0);
				expect(await main.locator('[data-chooser="fallback"] > li').count()).toBeGreaterThan(0);
				// The rule on papers is stated on every result, with its claim.
				await expect(
					main.locator('[data-claim="chi-doi-giay-khi-khong-tra-duoc"]').first()
				).toBeVisible();
			});
		}

		test('"Quay lại" returns to the last question and "Bắt đầu lại" to the start', async ({
			page,
		}) => {
			const persona = PERSONAS[0]!;
			await answer(page, persona.answers);
			await page.locator('main a[data-chooser="back"]').click();
			const last = listPaths(CHOOSER_TREE).find(
				(path) => path.href === pathHref(persona.answers.slice(0, -1))
			)!;
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				(last.node as QuestionNode).question
			);
			await page.locator('main a[data-chooser="restart"]').click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm cách phù hợp với bạn');
		});
	});
}

test.describe('on a 360 px wide phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const path of questionPaths) {
		test(`/${path.slug}/: answers are whole-width targets of 44 px or more, 16 px text`, async ({
			page,
		}) => {
			await page.goto(relative(path.href));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				(path.node as QuestionNode).question
			);
			await expect(page.getByText(/^Câu \d, tối đa 3 câu$/)).toBeVisible();
			const options = page.locator('main a.gd-chooser-option');
			const count = await options.count();
			expect(count).toBe((path.node as QuestionNode).answers.length);
			const listWidth = (await page.locator('main .gd-chooser-options').boundingBox())?.width ?? 0;
			for (let i = 0; i < count; i++) {
				const box = await options.nth(i).boundingBox();
				expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
				expect(box?.width ?? 0).toBeGreaterThanOrEqual(Math.max(44, listWidth - 1));
				const sizes = await options
					.nth(i)
					.locator('span')
					.evaluateAll((spans) => spans.map((span) => parseFloat(getComputedStyle(span).fontSize)));
				for (const size of sizes) expect(size).toBeGreaterThanOrEqual(16);
			}
			const back = await page.locator('main a[data-chooser="back"]').boundingBox();
			expect(back?.height ?? 0).toBeGreaterThanOrEqual(44);
		});
	}

	test('an answer shows a clear focus ring from the keyboard', async ({ page }) => {
		await page.goto(relative(pathHref([])));
		await page.keyboard.press('Tab');
		const option = page.locator('main a.gd-chooser-option').first();
		await option.focus();
		const outline = await option.evaluate((element) => {
			const style = getComputedStyle(element);
			return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
		});
		expect(outline.style).toBe('solid');
		expect(outline.width).toBeGreaterThanOrEqual(2);
	});
});
