/**
 * The QR demo (/quet-qr/): every way in (photo, fake camera, keyboard-wedge text, sample cards),
 * the picture shown beside a result (with the code outlined), focus and scrolling to the result,
 * every failure message, privacy (no request after the decoder loaded, nothing stored), axe with a
 * result shown, the no-JS fallback and the projector view. Needs `npm run samples` before the build.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cameraBrowser, phoneContext } from './browser.ts';
import { outgoing } from './outgoing.ts';
import { brokenImage, cameraClip, noQrPng, ROOT, urlQrPng } from '../fixtures/qr-demo/images.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGE = 'quet-qr/';

interface SampleEntry {
	id: string;
	card: string;
	cardGeneration: string;
	payload: string;
}
const samples: SampleEntry[] = JSON.parse(
	readFileSync(join(ROOT, 'public/samples/samples.json'), 'utf8')
).samples;

function sample(n: number): SampleEntry {
	const s = samples[n - 1];
	if (!s) throw new Error(`samples.json has no sample ${n}`);
	return s;
}

function cardFile(n: number) {
	const s = sample(n);
	return {
		name: s.card,
		mimeType: 'image/png',
		buffer: readFileSync(join(ROOT, 'public/samples', s.card)),
	};
}

/** What the page should show for a payload, once revealed (the order printed on the card). */
function expectedFields(payload: string): Record<string, string> {
	const [
		id = '',
		oldId = '',
		name = '',
		dob = '',
		gender = '',
		address = '',
		issued = '',
		...extra
	] = payload.split('|');
	const date = (d: string) => `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}`;
	return {
		'Số định danh cá nhân': id,
		'Số CMND cũ': oldId || 'Không có',
		'Họ và tên': name,
		'Ngày sinh': date(dob),
		'Giới tính': gender,
		[extra.length ? 'Nơi cư trú' : 'Nơi thường trú']: address,
		'Ngày cấp': date(issued),
	};
}

/** The result's field list as label → visible text. */
async function shownFields(page: Page): Promise<Record<string, string>> {
	return page.locator('[data-fields]').evaluate((dl) => {
		const out: Record<string, string> = {};
		for (const dt of dl.querySelectorAll('dt')) {
			const dd = dt.nextElementSibling as HTMLElement;
			const drawn = dd.querySelector('[aria-hidden="true"]');
			out[dt.textContent ?? ''] = (drawn ?? dd).textContent ?? '';
		}
		return out;
	});
}

const resultHeading = (page: Page) => page.getByRole('heading', { name: 'Kết quả đọc mã QR' });
const problem = (page: Page) => page.locator('qr-scanner [role="alert"]');
const picture = (page: Page) => page.locator('qr-scanner [data-picture]');
const pictureImg = (page: Page) => page.locator('qr-scanner [data-picture-frame] img');
const outline = (page: Page) => page.locator('qr-scanner [data-outline]');
const showButton = (page: Page) => page.getByRole('button', { name: 'Hiện thông tin' });
const hideButton = (page: Page) => page.getByRole('button', { name: 'Ẩn thông tin' });

async function open(page: Page): Promise<void> {
	await page.goto(PAGE);
	await expect(page.locator('qr-scanner [data-qr-ui]')).toBeVisible();
}

/**
 * Waits until the page has loaded everything it loads by itself: Starlight fetches its search UI
 * (Pagefind's ui-core script) when the browser is idle after load. Used to show that the decoder
 * is not among what loads without intent.
 */
async function settled(page: Page): Promise<void> {
	if ((await page.locator('#starlight__search').count()) > 0) {
		await expect(page.locator('#starlight__search .pagefind-ui')).toBeAttached({
			timeout: 20_000,
		});
	}
	await page.waitForLoadState('networkidle');
}

test.describe('photo path', () => {
	test('a photo of a 2024 sample card shows its fields, masked first, then in full', async ({
		page,
	}) => {
		await open(page);
		await page.locator('[data-file]').setInputFiles(cardFile(3));
		await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		await expect(page.locator('qr-scanner [role="status"]')).toHaveText(/Đã đọc được thẻ/);
		await expect(page.locator('[data-generation]')).toContainText('mẫu từ ngày 01/07/2024');

		const expected = expectedFields(sample(3).payload);
		const masked = await shownFields(page);
		expect(masked['Họ và tên']).not.toBe(expected['Họ và tên']);
		expect(masked['Số định danh cá nhân']).toMatch(/^\d{4}\*{6}\d{2}$/);
		// Screen readers hear "đã ẩn", never the asterisks.
		const hiddenCell = page.locator('[data-fields] dd').first();
		await expect(hiddenCell.locator('.qr-sr')).toHaveText(/^Đã ẩn một phần/);
		await expect(hiddenCell.locator('[aria-hidden="true"]')).toHaveText(/\*/);

		// The button says what it will do; the label alone tells the state (no aria-pressed).
		const reveal = page.locator('button[data-action="reveal"]');
		await expect(reveal).toHaveAccessibleName('Hiện thông tin');
		await expect(reveal).not.toHaveAttribute('aria-pressed');
		await reveal.click();
		await expect(reveal).toHaveAccessibleName('Ẩn thông tin');
		await expect(reveal).toBeFocused();
		await expect(page.locator('qr-scanner [role="status"]')).toHaveText(
			'Đã hiện đầy đủ thông tin.'
		);
		expect(await shownFields(page)).toMatchObject(expected);
		await reveal.click();
		await expect(reveal).toHaveAccessibleName('Hiện thông tin');
		expect(await shownFields(page)).toMatchObject(masked);
		await reveal.click();

		// The 12-digit number explained, each check with a word, not colour alone.
		const checks = page.locator('[data-checks] li');
		await expect(checks).toHaveCount(5);
		for (const word of await checks.locator('.qr-check-word').allTextContents()) {
			expect(['Khớp', 'Không khớp', 'Cảnh báo']).toContain(word);
		}
		// Sample numbers start with 000, a code no province has: the page says why.
		await expect(checks.first()).toContainText('Mã 000 là mã của số mẫu');
		// The residence form, filled from the QR.
		await expect(page.locator('[data-form]')).toContainText(expected['Họ và tên']!);
		await expect(page.getByText('Không cần gõ lại — tránh sai sót.')).toBeVisible();
		await expect(page.locator('.qr-authenticity a[href$="/cach-4/"]')).toBeVisible();
	});

	test('a QR that is not an ID card says so, with a way on', async ({ page }) => {
		await open(page);
		await page.locator('[data-file]').setInputFiles(await urlQrPng());
		await expect(problem(page)).toContainText('Mã QR này không phải mã trên thẻ căn cước', {
			timeout: 20_000,
		});
		await expect(problem(page)).toContainText('thử một thẻ mẫu');
		await expect(resultHeading(page)).toBeHidden();
	});

	test('a photo without a QR says so', async ({ page }) => {
		await open(page);
		await page.locator('[data-file]').setInputFiles(await noQrPng());
		await expect(problem(page)).toContainText('Không tìm thấy mã QR trong ảnh này', {
			timeout: 20_000,
		});
		await expect(problem(page)).toContainText('Hãy chụp lại');
	});

	test('a file that is not an image says so', async ({ page }) => {
		await open(page);
		await page.locator('[data-file]').setInputFiles(brokenImage());
		await expect(problem(page)).toContainText('Không mở được tệp này', { timeout: 20_000 });
	});

	test('a sample card image can be read with the keyboard alone', async ({ page }) => {
		await open(page);
		await page.getByLabel('Chọn thẻ mẫu').focus();
		await page.keyboard.press('ArrowDown');
		await page.getByRole('button', { name: 'Đọc ảnh thẻ mẫu' }).focus();
		await page.keyboard.press('Enter');
		await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		// The sample card that was read is shown, its code outlined.
		await expect(
			page.getByRole('img', { name: 'Thẻ mẫu số 2, khung đỏ là mã QR đã đọc' })
		).toBeVisible();
		await expect(outline(page)).toBeVisible();
		await showButton(page).press('Enter');
		await expect(hideButton(page)).toBeFocused();
		expect(await shownFields(page)).toMatchObject(expectedFields(sample(2).payload));
	});
});

test.describe('the picture that was read, and where the result appears', () => {
	test('a photo is shown above the result on a phone, the code outlined; focus and view move to the result', async ({
		page,
	}) => {
		await open(page);
		await page.locator('[data-file]').setInputFiles(cardFile(1));
		await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		await expect(resultHeading(page)).toBeInViewport({ ratio: 1 });
		await expect(page.locator('qr-scanner [role="status"]')).toHaveText(/Đã đọc được thẻ/);

		const img = page.getByRole('img', { name: 'Ảnh bạn chọn, khung đỏ là mã QR đã đọc' });
		await expect(img).toBeVisible();
		await expect(img).toHaveJSProperty('complete', true);
		expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
		expect(await img.getAttribute('src')).toMatch(/^blob:/);
		await expect(page.locator('[data-picture-caption]')).toContainText('không gửi đi');

		// The outline lies over the picture and around the card's QR (right part of the card).
		await expect(outline(page)).toBeVisible();
		await expect(outline(page)).toHaveAttribute('aria-hidden', 'true');
		// Measured in one go: the result may still be scrolling smoothly into view.
		const [imgBox, svgBox, drawn, fields] = await img.evaluate((picture) => {
			const box = (el: Element | null) => {
				const r = el?.getBoundingClientRect();
				return { x: r?.x ?? NaN, y: r?.y ?? NaN, width: r?.width ?? NaN, height: r?.height ?? NaN };
			};
			return [
				box(picture),
				box(document.querySelector('qr-scanner [data-outline]')),
				box(document.querySelector('qr-scanner [data-outline] .qr-outline-line')),
				box(document.querySelector('qr-scanner [data-fields]')),
			];
		});
		for (const k of ['x', 'y', 'width', 'height'] as const) {
			expect(Math.abs(svgBox[k] - imgBox[k])).toBeLessThanOrEqual(1);
		}
		expect(drawn.width).toBeGreaterThan(imgBox.width * 0.1);
		expect(drawn.x).toBeGreaterThan(imgBox.x + imgBox.width / 2);
		expect(drawn.x + drawn.width).toBeLessThanOrEqual(imgBox.x + imgBox.width + 1);

		// Narrow screen: the picture comes first, above the fields.
		expect(imgBox.y + imgBox.height).toBeLessThanOrEqual(fields.y);

		// A new photo replaces the picture; the old object URL is let go.
		const first = (await img.getAttribute('src'))!;
		await page.locator('[data-file]').setInputFiles(cardFile(2));
		await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		await expect(img).not.toHaveAttribute('src', first);
		await expect(pictureImg(page)).toHaveCount(1);
		const stillThere = await page.evaluate(
			(url) =>
				fetch(url).then(
					() => true,
					() => false
				),
			first
		);
		expect(stillThere).toBe(false);

		// "Quét thẻ khác" clears the result and its picture.
		await page.getByRole('button', { name: 'Quét thẻ khác' }).click();
		await expect(picture(page)).toBeHidden();
		await expect(pictureImg(page)).toHaveCount(0);
	});

	test('on a wide screen the picture sits beside the result', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await open(page);
		await page.locator('[data-file]').setInputFiles(cardFile(3));
		await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		await expect(resultHeading(page)).toBeInViewport({ ratio: 1 });
		const img = (await pictureImg(page).boundingBox())!;
		const fields = (await page.locator('[data-fields]').boundingBox())!;
		expect(img.x + img.width).toBeLessThanOrEqual(fields.x);
		expect(img.y).toBeLessThan(fields.y + fields.height);
		await expect(outline(page)).toBeVisible();
		await expect(pictureImg(page)).toBeInViewport();
	});

	test('typed text has no picture', async ({ page }) => {
		await open(page);
		const field = page.getByLabel('Nội dung mã QR');
		await field.fill(sample(2).payload);
		await field.press('Enter');
		await expect(resultHeading(page)).toBeFocused();
		await expect(resultHeading(page)).toBeInViewport({ ratio: 1 });
		await expect(picture(page)).toBeHidden();
		await expect(pictureImg(page)).toHaveCount(0);
	});

	test.describe('with reduced motion', () => {
		test.use({ reducedMotion: 'reduce' });
		test('the view jumps to the result at once', async ({ page }) => {
			await open(page);
			await page.getByLabel('Nội dung mã QR').fill(sample(1).payload);
			await page.getByLabel('Nội dung mã QR').press('Enter');
			await expect(resultHeading(page)).toBeFocused();
			// No smooth scrolling to wait for: in view on the first look.
			expect(
				await resultHeading(page).evaluate((h) => {
					const r = h.getBoundingClientRect();
					return r.top >= 0 && r.bottom <= innerHeight;
				})
			).toBe(true);
		});
	});
});

test.describe('text path (keyboard-wedge scanner)', () => {
	test('a payload typed then Enter is parsed', async ({ page }) => {
		await open(page);
		const field = page.getByLabel('Nội dung mã QR');
		await field.fill(sample(1).payload);
		await field.press('Enter');
		await expect(resultHeading(page)).toBeFocused();
		await showButton(page).click();
		expect(await shownFields(page)).toMatchObject(expectedFields(sample(1).payload));
	});

	test('text that is not a card payload, and an empty field, give their messages', async ({
		page,
	}) => {
		await open(page);
		const field = page.getByLabel('Nội dung mã QR');
		await field.fill('https://example.com');
		await page.getByRole('button', { name: 'Phân tích' }).click();
		await expect(problem(page)).toContainText('không phải mã trên thẻ căn cước');
		await field.fill('');
		await field.press('Enter');
		await expect(problem(page)).toContainText('Chưa có nội dung để phân tích');
		await field.fill('001088000123||Nguyễn Văn Mẫu|32131988|Nam|Xã Mẫu, Hà Nội|01012022');
		await field.press('Enter');
		await expect(problem(page)).toContainText('nội dung bị lỗi hoặc không đầy đủ');
		// The decoder's own sentence says which field.
		await expect(problem(page)).toContainText('Ngày sinh hoặc ngày cấp');
	});
});

test.describe('privacy', () => {
	test('the decoder loads only on intent; after that, no request and nothing stored', async ({
		page,
		baseURL,
	}) => {
		const requests: Request[] = [];
		page.on('request', (r) => requests.push(r));
		await open(page);
		// Let everything the page loads by itself come first: the decoder must not be among it.
		await settled(page);
		// Starlight's theme menu keeps its own (non-personal) setting: compare against the page as loaded.
		const storage = () =>
			page.evaluate(async () => ({
				local: Object.keys(localStorage).sort(),
				session: Object.keys(sessionStorage).sort(),
				cookies: document.cookie,
				databases: (await indexedDB.databases()).map((d) => d.name),
				caches: 'caches' in self ? await caches.keys() : [],
			}));
		const before = await storage();
		expect(before.local.filter((key) => key !== 'starlight-theme')).toEqual([]);
		expect({ ...before, local: [] }).toEqual({
			local: [],
			session: [],
			cookies: '',
			databases: [],
			caches: [],
		});
		const decoderFiles = () =>
			requests.map((r) => r.url()).filter((u) => /decode\.worker|\.wasm/.test(u));
		expect(decoderFiles()).toEqual([]);

		// First scan: the worker and the WebAssembly load now, from this site only.
		await page.locator('[data-file]').setInputFiles(cardFile(1));
		await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		await expect(page.locator('qr-scanner')).toHaveAttribute('data-decoder', 'ready');
		const origin = new URL(baseURL ?? '').origin;
		const decoderLoads = decoderFiles();
		expect(decoderLoads.length).toBeGreaterThanOrEqual(2);
		for (const url of decoderLoads) expect(new URL(url).origin).toBe(origin);

		requests.length = 0;
		await page.locator('[data-file]').setInputFiles(cardFile(4));
		await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		await expect(pictureImg(page)).toBeVisible();
		await showButton(page).click();
		await page.getByRole('button', { name: 'Dán nội dung mã mẫu' }).click();
		await expect(resultHeading(page)).toBeFocused();
		await page.getByLabel('Nội dung mã QR').fill(sample(5).payload);
		await page.getByLabel('Nội dung mã QR').press('Enter');
		await expect(resultHeading(page)).toBeFocused();
		await page.locator('[data-file]').setInputFiles(await urlQrPng());
		await expect(problem(page)).not.toBeEmpty({ timeout: 20_000 });
		expect(outgoing(requests, origin)).toEqual([]);

		expect(await storage()).toEqual(before);
	});
});

test.describe('accessibility', () => {
	test('axe finds nothing with a result shown, masked and revealed', async ({ page }) => {
		await open(page);
		await page.locator('[data-file]').setInputFiles(cardFile(1));
		await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		// With the picture and its outline shown.
		await expect(pictureImg(page)).toBeVisible();
		await expect(outline(page)).toBeVisible();
		const masked = await new AxeBuilder({ page })
			.include('qr-scanner')
			.withTags(WCAG_TAGS)
			.analyze();
		expect(
			masked.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
		await showButton(page).click();
		await expect(hideButton(page)).toBeVisible();
		const shown = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(
			shown.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});

	test('fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await open(page);
		await page.locator('[data-file]').setInputFiles(cardFile(3));
		await showButton(page).click();
		await expect(pictureImg(page)).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the page explains the method and how to use a phone camera app', async ({ page }) => {
			await page.goto(PAGE);
			await expect(page.getByText('Phần thử quét cần bật JavaScript.')).toBeVisible();
			await expect(page.getByRole('heading', { name: /đọc mã bằng điện thoại/ })).toBeVisible();
			await expect(page.getByText('Mở ứng dụng Camera')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Bật camera để quét' })).toBeHidden();
		});
	});
});

test.describe('camera path', () => {
	test('the fake camera showing a sample card is decoded, then the camera stops', async ({
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const browser = await cameraBrowser(await cameraClip(1));
		try {
			const context = await browser.newContext(phoneContext(baseURL));
			await context.grantPermissions(['camera'], { origin: new URL(baseURL ?? '').origin });
			const page = await context.newPage();
			// Every request from the start: what the page loads by itself may come at any moment,
			// so the check below is on what a request could carry, not on when it happened.
			const requests: Request[] = [];
			page.on('request', (r) => requests.push(r));
			await open(page);
			await page.getByRole('button', { name: 'Bật camera để quét' }).click();
			await expect(resultHeading(page)).toBeFocused({ timeout: 60_000 });
			await expect(resultHeading(page)).toBeInViewport();
			// The frame that was read is shown (from memory), its code outlined.
			await expect(
				page.getByRole('img', { name: /^Hình camera .*, khung đỏ là mã QR đã đọc$/ })
			).toBeVisible();
			await expect(outline(page)).toBeVisible();
			// Camera frames go to the worker only: nothing that could carry them leaves the page.
			const origin = new URL(baseURL ?? '').origin;
			expect(outgoing(requests, origin)).toEqual([]);
			// The decoder came from this site.
			expect(requests.some((r) => /decode\.worker/.test(r.url()))).toBe(true);
			await showButton(page).click();
			expect(await shownFields(page)).toMatchObject(expectedFields(sample(1).payload));
			// The camera is off once the card is read.
			await expect(page.locator('[data-viewport]')).toBeHidden();
			expect(
				await page.locator('[data-video]').evaluate((v: HTMLVideoElement) => v.srcObject)
			).toBeNull();
			const stats = await page
				.locator('qr-scanner')
				.evaluate((el) => (el as HTMLElement & { stats: { frames: number } }).stats);
			expect(stats.frames).toBeGreaterThan(0);
		} finally {
			await browser.close();
		}
	});

	test('camera permission refused shows what to do and keeps the other ways open', async ({
		baseURL,
	}) => {
		const browser = await cameraBrowser(null, true);
		try {
			const context = await browser.newContext(phoneContext(baseURL));
			const page = await context.newPage();
			await open(page);
			await page.getByRole('button', { name: 'Bật camera để quét' }).click();
			await expect(problem(page)).toContainText('Trang chưa được phép dùng camera', {
				timeout: 20_000,
			});
			await expect(problem(page)).toContainText('chọn ảnh chụp thẻ');
			await expect(page.getByRole('button', { name: 'Bật camera để quét' })).toBeEnabled();
			// The photo path still works.
			await page.locator('[data-file]').setInputFiles(cardFile(2));
			await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		} finally {
			await browser.close();
		}
	});
});

test.describe('projector view', () => {
	test('shows one sample QR large with its label, switched with the arrow keys', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto('quet-qr/trinh-chieu/?mau=2');
		const visible = page.locator('[data-qp-item]:visible');
		await expect(visible).toHaveCount(1);
		await expect(visible).toHaveAttribute('data-qp-item', '2');
		await expect(visible.getByText('THẺ MẪU – KHÔNG CÓ GIÁ TRỊ')).toBeVisible();
		const size = await visible.locator('svg').boundingBox();
		expect(size?.width ?? 0).toBeGreaterThanOrEqual(0.6 * 720 - 1);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-qp-item]:visible')).toHaveAttribute('data-qp-item', '3');
		await expect(page).toHaveURL(/mau=3/);
		await expect(page.getByRole('status')).toHaveText('Thẻ mẫu 3 / 6');
		const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(
			axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});

	test('the projected QR is read by the scanner (screenshot → photo path)', async ({ page }) => {
		await page.goto('quet-qr/trinh-chieu/?mau=4');
		const shot = await page.locator('[data-qp-item="4"] svg').screenshot();
		await open(page);
		await page
			.locator('[data-file]')
			.setInputFiles({ name: 'chieu.png', mimeType: 'image/png', buffer: shot });
		await expect(resultHeading(page)).toBeFocused({ timeout: 20_000 });
		await showButton(page).click();
		expect(await shownFields(page)).toMatchObject(expectedFields(sample(4).payload));
	});
});
