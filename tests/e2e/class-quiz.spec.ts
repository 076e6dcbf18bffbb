/**
 * The class quiz without a server (#14): two participants answer module 1's set differently on
 * their phones and show results QRs; the trainer's "Thu kết quả" page reads screenshots of those
 * QRs through Chromium's fake camera (an MJPEG clip made from them by scripts/lib/image-clip.ts)
 * and from one photo holding both, counts two participants with the right per-question figures,
 * counts a duplicate once, refuses a code of another set and a QR that is not a results code, keeps
 * the results across a reload, exports the screen's figures as CSV, and talks to no other origin
 * with no CSP violation. Also: the trainer's start page, the join code, the no-JS fallbacks, axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Browser, type Page, type Request } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupPhoto, makeImageClip } from '../../scripts/lib/image-clip.ts';
import { renderQrPng } from '../../scripts/lib/qr-image.ts';
import { encodeResults } from '../../src/lib/class-quiz/code.ts';
import { cameraBrowser, phoneContext } from './browser.ts';
import { watchCsp } from './nginx/csp-checks.ts';
import { ROOT } from '../fixtures/qr-demo/images.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const OUT = join(ROOT, '.cache/class-quiz-e2e');
const COLLECT = 'tap-huan/thu-ket-qua/?bo=M1';

test.describe.configure({ mode: 'serial' });

interface Participant {
	/** Screenshot of the results QR as the phone shows it. */
	png: Buffer;
	code: string;
}

/** Per participant, the option letter to choose for each question: 'right' or a wrong letter. */
type Plan = ReadonlyArray<'right' | 'wrong'>;

/**
 * Answers the set on a phone. 'wrong' picks the first letter that is not the answer, so both
 * participants who get a question wrong choose the same wrong letter (the "most common" one).
 */
async function answer(page: Page, plan: Plan, nickname = ''): Promise<Participant> {
	await page.goto('tap-huan/lam-bai/?bo=M1');
	const questions = page.locator('quiz-form fieldset[data-question]');
	await expect(questions).toHaveCount(plan.length);
	for (const [i, how] of plan.entries()) {
		const question = questions.nth(i);
		const right = (await question.getAttribute('data-answer')) ?? '';
		const letter = how === 'right' ? right : ['A', 'B', 'C', 'D'].find((l) => l !== right)!;
		await question.locator(`input[value="${letter}"]`).check();
		await question.getByRole('button', { name: 'Kiểm tra câu này' }).click();
		await expect(question.locator('[data-quiz-feedback]')).not.toBeEmpty();
	}
	if (nickname) await page.getByLabel('Biệt danh (không bắt buộc)').fill(nickname);
	const qr = page.locator('[data-cq-qr] svg');
	await expect(qr).toBeVisible();
	await expect(page.getByText('Đưa mã này cho giảng viên quét', { exact: true })).toBeVisible();
	// Typing a nickname redraws the code with it.
	if (nickname)
		await expect(page.locator('[data-cq-qr]')).toHaveAttribute(
			'data-code',
			new RegExp(`\\|${nickname}\\|`)
		);
	const code = (await page.locator('[data-cq-qr]').getAttribute('data-code')) ?? '';
	return { png: await qr.screenshot(), code };
}

/** Participant 1: all right. Participant 2: questions 2 and 3 wrong. */
const PLANS: Plan[] = [
	['right', 'right', 'right', 'right'],
	['right', 'wrong', 'wrong', 'right'],
];
const EXPECTED_PERCENT = ['100', '50', '50', '100'];

let participants: Participant[] = [];

function requestsOf(page: Page): Request[] {
	const requests: Request[] = [];
	page.on('request', (r) => requests.push(r));
	return requests;
}

function foreign(requests: readonly Request[], baseURL: string | undefined): string[] {
	const origin = new URL(baseURL ?? '').origin;
	return requests
		.map((r) => r.url())
		.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
}

/** The per-question percentages on the trainer's screen, in set order. */
async function screenPercents(page: Page): Promise<string[]> {
	return page
		.locator('[data-cq-questions] td[data-cq-percent]')
		.evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['cqPercent'] ?? ''));
}

async function expectTwoParticipants(page: Page): Promise<void> {
	await expect(page.locator('[data-cq-count]')).toHaveText('2', { timeout: 60_000 });
	expect(await screenPercents(page)).toEqual(EXPECTED_PERCENT);
	// Both wrong answers were the same letter, so it is the most common one, with its explanation.
	const revisit = page.locator('[data-cq-revisit] li');
	await expect(revisit).toHaveCount(2);
	await expect(revisit.first()).toContainText('Câu 2 (50% đúng)');
	await expect(revisit.first()).toContainText('Nhiều người chọn:');
	await expect(revisit.first()).toContainText('Đáp án đúng:');
	await expect(page.locator('[data-cq-distribution] tbody tr').first()).toHaveText(/4\/4\s*1/);
}

test.beforeAll(async ({ browser, baseURL }) => {
	test.setTimeout(120_000);
	mkdirSync(OUT, { recursive: true });
	participants = [];
	for (const [i, plan] of PLANS.entries()) {
		// Separate contexts: two phones that share nothing.
		const context = await browser.newContext(phoneContext(baseURL));
		const page = await context.newPage();
		const requests = requestsOf(page);
		const violations = await watchCsp(page);
		participants.push(await answer(page, plan, i === 1 ? 'Tổ 2' : ''));
		// The phone's answers and code stay on the phone.
		expect(foreign(requests, baseURL)).toEqual([]);
		expect(requests.filter((r) => r.method() !== 'GET').map((r) => r.url())).toEqual([]);
		expect(await violations()).toEqual([]);
		await context.close();
	}
});

test('two phones answering differently show different results codes, each with a fresh attempt', () => {
	expect(participants).toHaveLength(2);
	const [one, two] = participants;
	expect(one!.code).toMatch(/^KQ1\|M1\|[0-9A-Z]+\|[A-D]{4}\|[0-9A-Z]{5}\|\|[0-9A-F]{8}$/);
	expect(two!.code).toMatch(/\|Tổ 2\|/);
	expect(one!.code.split('|')[3]).not.toBe(two!.code.split('|')[3]);
});

test('the camera counts each phone once, refuses other codes, keeps results over a reload and exports the screen as CSV', async ({
	baseURL,
}) => {
	test.setTimeout(180_000);
	const [one, two] = participants;
	const version = one!.code.split('|')[2]!;
	const otherSet = await renderQrPng(
		encodeResults({ setId: 'M2', version, answers: ['A'], attempt: 'ZZZZZ', nickname: '' }),
		{ scale: 10 }
	);
	const notResults = await renderQrPng('https://example.com/khong-phai-ket-qua', { scale: 10 });
	// Each code in view for a second, an empty view between; the loop then shows phone 1 again.
	const scenes = [one!.png, two!.png, otherSet, notResults].flatMap((image) => [
		{ image, frames: 30 },
		{ image: null, frames: 20 },
	]);
	const clip = await makeImageClip({ scenes, out: join(OUT, 'camera.mjpeg') });
	const browser: Browser = await cameraBrowser(clip);
	try {
		const context = await browser.newContext(phoneContext(baseURL, { acceptDownloads: true }));
		await context.grantPermissions(['camera'], { origin: new URL(baseURL ?? '').origin });
		const page = await context.newPage();
		const requests = requestsOf(page);
		const violations = await watchCsp(page);
		await page.goto(COLLECT);
		await expect(page.locator('[data-cq-count]')).toHaveText('0');
		await page.getByRole('button', { name: 'Bật camera' }).click();
		await expectTwoParticipants(page);
		const log = page.locator('[data-cq-log]');
		// The clip loops: phone 1 comes back and is not counted again.
		await expect(log).toContainText('Mã này đã được tính rồi', { timeout: 60_000 });
		await expect(log).toContainText('bộ câu hỏi khác (mã bộ M2)');
		await expect(log).toContainText('Đây không phải mã kết quả bài kiểm tra');
		await expect(log).toContainText('"Tổ 2"');
		await expect(page.locator('[data-cq-count]')).toHaveText('2');
		await page.getByRole('button', { name: 'Tắt camera' }).click();
		await expect(page.locator('[data-cq-video]')).toBeHidden();

		// CSV: the figures on the screen.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Xuất CSV' }).click(),
		]);
		const csv = readFileSync((await download.path())!, 'utf8');
		expect(csv.startsWith('\ufeff')).toBe(true);
		const lines = csv.replace(/^\ufeff/, '').split('\r\n');
		expect(lines).toContain('Số người tham gia,2');
		const header = lines.indexOf(lines.find((l) => l.startsWith('Câu,Câu hỏi'))!);
		const rows = lines.slice(header + 1, header + 5);
		expect(rows.map((row) => row.match(/,(\d+),\d+,[A-D]\./)?.[1])).toEqual(
			await screenPercents(page)
		);

		// A reload keeps the results.
		await page.reload();
		await expectTwoParticipants(page);

		expect(foreign(requests, baseURL)).toEqual([]);
		expect(await violations()).toEqual([]);

		// "Xoá kết quả" asks first; "Không xoá" keeps everything.
		await page.getByRole('button', { name: 'Xoá kết quả' }).click();
		await expect(page.getByText('Xoá kết quả của 2 người')).toBeVisible();
		await page.getByRole('button', { name: 'Không xoá' }).click();
		await expect(page.locator('[data-cq-count]')).toHaveText('2');
		await page.getByRole('button', { name: 'Xoá kết quả' }).click();
		await page.getByRole('button', { name: 'Xoá hẳn' }).click();
		await expect(page.locator('[data-cq-count]')).toHaveText('0');
		await page.reload();
		await expect(page.locator('[data-cq-count]')).toHaveText('0');
		await context.close();
	} finally {
		await browser.close();
	}
});

test('one photo of both phones counts both; the same photo again counts nobody new', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(120_000);
	const requests = requestsOf(page);
	const violations = await watchCsp(page);
	const photo = await groupPhoto(participants.map((p) => p.png));
	await page.goto(COLLECT);
	const input = page.getByLabel('Hoặc chọn ảnh chụp các điện thoại giơ lên cùng lúc');
	const file = { name: 'ca-lop.jpg', mimeType: 'image/jpeg', buffer: photo };
	await input.setInputFiles(file);
	await expectTwoParticipants(page);
	await expect(page.locator('[data-cq-status]')).toContainText('nhận 2 người mới');
	await input.setInputFiles(file);
	await expect(page.locator('[data-cq-status]')).toContainText(
		'nhận 0 người mới, 2 mã đã tính trước đó'
	);
	await expect(page.locator('[data-cq-count]')).toHaveText('2');
	// The results table fits a 360 px phone without sideways scrolling.
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(axe.violations).toEqual([]);
	expect(foreign(requests, baseURL)).toEqual([]);
	expect(await violations()).toEqual([]);
});

test('the start page shows the join code and a QR to the participants page; a custom set gets its own code', async ({
	page,
	baseURL,
}) => {
	const violations = await watchCsp(page);
	await page.goto('tap-huan/kiem-tra-lop/');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(page.getByRole('heading', { name: 'Mời cả lớp làm bài' })).toBeFocused();
	await expect(page.locator('[data-cq-code]')).toHaveText('M1');
	const qr = page.locator('[data-cq-qr]');
	await expect(qr.locator('svg')).toBeVisible();
	const url = new URL((await qr.getAttribute('data-url')) ?? '');
	expect(url.href).toBe(new URL('tap-huan/lam-bai/?bo=M1', baseURL).href);
	await expect(page.getByRole('link', { name: 'Thu kết quả' })).toHaveAttribute(
		'href',
		new URL('tap-huan/thu-ket-qua/?bo=M1', baseURL).pathname + '?bo=M1'
	);
	const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(axe.violations).toEqual([]);

	await page.getByRole('button', { name: 'Chọn bộ khác' }).click();
	await page.getByText(/Danh sách câu hỏi để tự chọn/).click();
	const boxes = page.locator('input[name="cau"]');
	await boxes.nth(0).check();
	await boxes.nth(2).check();
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	const code = (await page.locator('[data-cq-code]').textContent()) ?? '';
	expect(code).toMatch(/^T[0-9A-V]+$/);
	// A phone typing that code gets those two questions.
	await page.goto('tap-huan/lam-bai/');
	await page.getByLabel(/Mã bộ câu hỏi/).fill(code.toLowerCase());
	await page.getByRole('button', { name: 'Mở bộ câu hỏi' }).click();
	await expect(page.getByRole('heading', { name: 'Bộ câu hỏi tự chọn (2 câu)' })).toBeFocused();
	await expect(page.locator('quiz-form fieldset[data-question]')).toHaveCount(2);
	await expect(page.getByLabel(/Mã bộ câu hỏi/)).toBeHidden();
	expect(await violations()).toEqual([]);
});

test('a wrong join code says so; the participant page passes axe with the results QR shown', async ({
	page,
}) => {
	await page.goto('tap-huan/lam-bai/?bo=XYZ');
	await expect(page.getByRole('alert')).toContainText('Không có bộ câu hỏi nào mang mã "XYZ"');
	await expect(page.locator('quiz-form')).toBeHidden();
	await answer(page, PLANS[1]!);
	await expect(page.getByText('Những câu chưa đúng')).toBeVisible();
	await expect(page.locator('[data-cq-score]')).toHaveText(/đúng 2\/4 câu/);
	await expect(page.getByText(/đừng gõ họ tên thật/)).toBeVisible();
	const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(axe.violations).toEqual([]);
});

test('without JavaScript the pages say collection needs it and the quiz stays a self-check form', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({
		...devices['Pixel 7'],
		...(baseURL ? { baseURL } : {}),
		javaScriptEnabled: false,
	});
	const page = await context.newPage();
	await page.goto('tap-huan/lam-bai/?bo=M1');
	await expect(
		page.getByText(/Nộp kết quả cho giảng viên bằng mã QR cần bật JavaScript/)
	).toBeVisible();
	expect(await page.locator('quiz-form fieldset[data-question]').count()).toBeGreaterThan(4);
	await expect(page.locator('quiz-form details summary').first()).toHaveText('Xem đáp án');
	await page.goto(COLLECT);
	await expect(page.getByText(/Thu kết quả bằng camera cần bật JavaScript/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Bật camera' })).toBeHidden();
	await page.goto('tap-huan/kiem-tra-lop/');
	await expect(page.getByText(/Kiểm tra cả lớp bằng điện thoại cần bật JavaScript/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Bắt đầu' })).toBeHidden();
	await context.close();
});
