/**
 * Accuracy guarantees on the built site: every uncertain fact shown carries the one marker and its
 * link, the open-points page lists exactly the uncertain entries of content/data, and the personal
 * data of the 2023 dispatch's officer appears nowhere in dist/ (text, alt text, data files, PDFs).
 * Expectations are worked out from content/data, so the tests hold for any province.
 */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadContentData } from '../../src/lib/content-data/load.ts';
import { openPoints, OPEN_POINTS_PAGE } from '../../src/components/guidance/claim-view.ts';
import { DIST, sitemapPaths } from './site-map.ts';

const data = loadContentData();
const uncertainIds = new Set(openPoints(data.claims, data.contacts).map((point) => point.id));

test('the open-points page lists exactly the uncertain claims and contacts', async ({ page }) => {
	await page.goto(`${OPEN_POINTS_PAGE}/`);
	const listed = await page
		.locator('[data-open-point-entry]')
		.evaluateAll((items) => items.map((item) => item.id));
	expect(new Set(listed)).toEqual(uncertainIds);
	expect(listed).toHaveLength(uncertainIds.size);
	// Each entry says what is open, since when and how to check it.
	for (const id of listed) {
		const entry = page.locator(`[data-open-point-entry="${id}"]`);
		await expect(entry.locator('dt')).toContainText([
			'Điều chưa chắc chắn',
			'Cách kiểm tra',
			'Chưa xác nhận từ',
		]);
	}
});

test('a marker opens its entry on the open-points page', async ({ page }) => {
	const id = [...uncertainIds][0]!;
	await page.goto(`${OPEN_POINTS_PAGE}/#${id}`);
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('every uncertain fact shown on any page carries the marker, linked to its entry', async ({
	request,
}) => {
	const shown = new Set<string>();
	for (const path of sitemapPaths()) {
		const html = await (await request.get(path)).text();
		// Facts printed through <Claim>: uncertain ones must hold a marker for the same id.
		for (const m of html.matchAll(
			/<span data-claim="([^"]+)" data-status="(\w+)"[^>]*>([\s\S]*?)<\/span>/g
		)) {
			const [, id, status, inner] = m as unknown as [string, string, string, string];
			const expected = data.claimById.get(id)?.status;
			expect(status, `${path}: status of ${id}`).toBe(expected);
			if (status === 'uncertain') {
				expect(inner, `${path}: ${id} without its marker`).toContain(`data-open-point="${id}"`);
				shown.add(id);
			} else {
				expect(inner, `${path}: verified ${id} with a marker`).not.toContain('data-open-point=');
			}
		}
		// Every marker links to an entry that exists, under the site's base path.
		for (const m of html.matchAll(
			/<a class="gd-uncertain[^"]*" href="([^"]+)" data-open-point="([^"]+)"/g
		)) {
			const [, href, id] = m as unknown as [string, string, string];
			expect(uncertainIds.has(id), `${path}: marker for ${id}, which is not open`).toBe(true);
			expect(href.endsWith(`/${OPEN_POINTS_PAGE}/#${id}`), href).toBe(true);
			shown.add(id);
		}
		// An uncertain number is never shown without its marker.
		for (const contact of data.contacts.filter((c) => c.status === 'uncertain')) {
			if (html.includes(`href="${contact.tel}"`)) {
				expect(html, `${path}: ${contact.phone} without marker`).toContain(
					`data-open-point="${contact.id}"`
				);
			}
		}
	}
	expect(shown.size).toBeGreaterThan(0);
});

/** First 16 hex digits of SHA-256, so the personal data itself never enters the repository. */
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
// The officer's mobile in the 2023 dispatch, and his name (NFC, lower case), known by hash only.
const PERSONAL_NUMBER = '30b43b12d6b5fbdf';
const PERSONAL_NAME = 'd46a90bc3b4f5387';

function personalDataIn(text: string, number = PERSONAL_NUMBER, name = PERSONAL_NAME): string[] {
	const found: string[] = [];
	for (const [run] of text.matchAll(/[0-9][0-9 .]{8,14}[0-9]/g)) {
		if (hash(run.replace(/[ .]/g, '')) === number) found.push('số điện thoại cá nhân');
	}
	const words = text
		.normalize('NFC')
		.toLocaleLowerCase('vi')
		.split(/[^\p{L}]+/u)
		.filter(Boolean);
	for (let i = 0; i + 3 <= words.length; i++) {
		if (hash(words.slice(i, i + 3).join(' ')) === name) found.push('tên cán bộ');
	}
	return found;
}

function distFiles(dir: string = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? distFiles(full) : [full];
	});
}

test('the officer named in the 2023 dispatch and his mobile appear nowhere in dist/', async () => {
	test.setTimeout(120_000);
	const problems: string[] = [];
	let pdfs = 0;
	for (const file of distFiles()) {
		const ext = extname(file);
		let text = '';
		if (['.html', '.json', '.xml', '.txt', '.svg', '.js', '.webmanifest'].includes(ext)) {
			text = readFileSync(file, 'utf8');
		} else if (ext === '.pdf') {
			pdfs++;
			const doc = await getDocument({
				data: new Uint8Array(readFileSync(file)),
				isEvalSupported: false,
			}).promise;
			for (let n = 1; n <= doc.numPages; n++) {
				const content = await (await doc.getPage(n)).getTextContent();
				text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
			}
		}
		for (const what of personalDataIn(text)) problems.push(`${file.slice(DIST.length)}: ${what}`);
	}
	expect(pdfs).toBeGreaterThan(10);
	expect(problems).toEqual([]);
});

test('the check finds a number and a name however they are written', () => {
	// Proven on fictitious data, so the real number and name never appear in the repository.
	const number = hash('0900000000');
	const name = hash('người thử nghiệm');
	expect(personalDataIn('gọi 0900.000.000 hoặc 0900 000 000', number, name)).toEqual([
		'số điện thoại cá nhân',
		'số điện thoại cá nhân',
	]);
	expect(personalDataIn('đồng chí NGƯỜI Thử Nghiệm;', number, name)).toEqual(['tên cán bộ']);
	expect(personalDataIn('gọi 0900.000.001, đồng chí Người Thử', number, name)).toEqual([]);
});
