/**
 * `npm run bench:weight`: what a first visit downloads, per page type, as nginx serves the built
 * site with deploy/nginx/7cach.conf (gzip included): bytes before compression and bytes on the
 * wire, every file the page loads by itself (Starlight's search UI, which comes when the browser is
 * idle, counts) on a phone-sized screen with an empty cache. The QR demo is measured twice: as it
 * opens, and after reading a sample card (the decoder's worker and wasm load only then).
 * Service workers are blocked while a page is weighed; what the site's worker precaches for offline
 * use (downloaded in the background after the first page) is a line of its own, read from sw.js.
 * Compares with the budgets in bench-weight.budget.json beside this file; exits 1 when one is over.
 *
 * Usage: node scripts/bench-weight.ts [--dist dist] [--port 4455]. Needs nginx and a build.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, devices, type Page } from '@playwright/test';
import { findChromium, HEADLESS_FLAGS } from './lib/chromium.ts';
import { precacheWeight } from '../src/integrations/service-worker.ts';
import { PAGE_TYPES as READER_PAGES, startNginx } from './lib/nginx-site.ts';

const { values: options } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4455' } },
});
const port = Number(options.port);
const origin = `http://127.0.0.1:${port}`;

interface Budget {
	/** Most bytes on the wire (gzip where nginx compresses), in KB (1000 bytes). */
	wireKB: number;
}
const budgets = JSON.parse(
	readFileSync(join(import.meta.dirname, 'bench-weight.budget.json'), 'utf8')
) as Record<string, Budget | string>;

interface PageType {
	name: string;
	path: string;
	/** What a visitor does after the page opened, before counting stops. */
	act?: (page: Page) => Promise<void>;
}

const scan = async (page: Page) => {
	await page.getByLabel('Chọn thẻ mẫu').selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Đọc ảnh thẻ mẫu' }).click();
	await page
		.getByRole('heading', { name: 'Kết quả đọc mã QR' })
		.waitFor({ state: 'visible', timeout: 60_000 });
};
const PAGE_TYPES: PageType[] = READER_PAGES.flatMap((type): PageType[] =>
	type.name === 'qr-demo'
		? [{ ...type }, { name: 'qr-demo-after-scan', path: type.path, act: scan }]
		: [{ ...type }]
);

interface Weight {
	requests: number;
	raw: number;
	wire: number;
}

/** Loads a page in a fresh context and sums every response: decoded size and encoded size. */
async function weigh(browser: import('@playwright/test').Browser, type: PageType): Promise<Weight> {
	// The service worker's precache is measured on its own (below): here, what the page itself loads.
	const context = await browser.newContext({
		...devices['Pixel 7'],
		locale: 'vi-VN',
		serviceWorkers: 'block',
	});
	const page = await context.newPage();
	const pending: Promise<{ raw: number; wire: number }>[] = [];
	page.on('requestfinished', (request) => {
		if (!request.url().startsWith(origin)) return;
		pending.push(
			request.sizes().then(async (sizes) => {
				const response = await request.response();
				const body = response
					? await response.body().catch(() => Buffer.alloc(0))
					: Buffer.alloc(0);
				return { raw: body.length, wire: sizes.responseBodySize };
			})
		);
	});
	await page.goto(origin + type.path, { waitUntil: 'load' });
	if ((await page.locator('#starlight__search').count()) > 0) {
		// The search UI Starlight fetches once the browser is idle is part of every visit.
		await page
			.locator('#starlight__search .pagefind-ui')
			.waitFor({ state: 'attached', timeout: 30_000 });
	}
	if (type.act) await type.act(page);
	await page.waitForLoadState('networkidle');
	const sizes = await Promise.all(pending);
	await context.close();
	return {
		requests: sizes.length,
		raw: sizes.reduce((sum, s) => sum + s.raw, 0),
		wire: sizes.reduce((sum, s) => sum + s.wire, 0),
	};
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

async function main(): Promise<void> {
	const stop = await startNginx(port, options.dist);
	const executablePath = findChromium();
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: HEADLESS_FLAGS,
	});
	let over = 0;
	try {
		console.log(`Page weight, first visit, as nginx serves ${options.dist}/ (KB = 1000 bytes)\n`);
		console.log(
			`${'page type'.padEnd(20)}${'requests'.padStart(9)}${'raw KB'.padStart(10)}${'wire KB'.padStart(10)}${'budget'.padStart(9)}`
		);
		for (const type of PAGE_TYPES) {
			const weight = await weigh(browser, type);
			const budget = budgets[type.name];
			const limit = typeof budget === 'object' ? budget.wireKB : undefined;
			const ok = limit === undefined || weight.wire / 1000 <= limit;
			if (!ok) over++;
			console.log(
				`${type.name.padEnd(20)}${String(weight.requests).padStart(9)}${kB(weight.raw).padStart(10)}${kB(weight.wire).padStart(10)}${(limit === undefined ? '–' : String(limit)).padStart(9)}${ok ? '' : '  OVER BUDGET'}`
			);
		}
		// What the service worker stores for offline use, in the background after the first page.
		const precache = precacheWeight(resolve(options.dist));
		const limit = (budgets['precache'] as Budget).wireKB;
		const ok = precache.wire / 1000 <= limit;
		if (!ok) over++;
		console.log(
			`${'precache (offline)'.padEnd(20)}${String(precache.files).padStart(9)}${kB(precache.raw).padStart(10)}${kB(precache.wire).padStart(10)}${String(limit).padStart(9)}${ok ? '' : '  OVER BUDGET'}`
		);
	} finally {
		await browser.close();
		stop();
	}
	console.log(over ? `\n${over} page type(s) over budget.` : '\nEvery page type within budget.');
	process.exit(over ? 1 : 0);
}

await main();
