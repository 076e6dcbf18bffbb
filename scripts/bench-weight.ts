/**
 * `npm run bench:weight`: what a first visit downloads, per page type, as nginx serves the built
 * site with deploy/nginx/7cach.conf (gzip included): bytes before compression and bytes on the
 * wire, every file the page loads by itself (Starlight's search UI, which comes when the browser is
 * idle, counts) on a phone-sized screen with an empty cache. The QR demo is measured twice: as it
 * opens, and after reading a sample card (the decoder's worker and wasm load only then).
 * Compares with the budgets in bench-weight.budget.json beside this file; exits 1 when one is over.
 *
 * Usage: node scripts/bench-weight.ts [--dist dist] [--port 4455]. Needs nginx and a build.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, devices, type Page } from '@playwright/test';
import { findChromium, HEADLESS_FLAGS } from '../tests/e2e/browser.ts';

const ROOT = join(import.meta.dirname, '..');
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

const PAGE_TYPES: PageType[] = [
	{ name: 'home', path: '/' },
	{ name: 'method', path: '/cach-1/' },
	{ name: 'guide', path: '/huong-dan/dang-ky-vneid/' },
	{ name: 'qr-demo', path: '/quet-qr/' },
	{
		name: 'qr-demo-after-scan',
		path: '/quet-qr/',
		act: async (page) => {
			await page.getByLabel('Chọn thẻ mẫu').selectOption({ index: 1 });
			await page.getByRole('button', { name: 'Đọc ảnh thẻ mẫu' }).click();
			await page
				.getByRole('heading', { name: 'Kết quả đọc mã QR' })
				.waitFor({ state: 'visible', timeout: 60_000 });
		},
	},
	{ name: 'quiz', path: '/tap-huan/cau-hoi/' },
	{ name: 'gallery', path: '/infographic/' },
	{ name: 'slides', path: '/tap-huan/trinh-chieu/nguyen-tac/' },
];

interface Weight {
	requests: number;
	raw: number;
	wire: number;
}

/** Loads a page in a fresh context and sums every response: decoded size and encoded size. */
async function weigh(browser: import('@playwright/test').Browser, type: PageType): Promise<Weight> {
	const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'vi-VN' });
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

/** Starts nginx with the deployment configuration (tests/e2e/nginx/serve.ts) and waits for it. */
async function startNginx(): Promise<() => void> {
	const server = spawn(process.execPath, [join(ROOT, 'tests/e2e/nginx/serve.ts')], {
		env: { ...process.env, NGINX_PORT: String(port), NGINX_ROOT: resolve(ROOT, options.dist) },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	await new Promise<void>((ready, fail) => {
		server.stdout.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('nginx:')) ready();
		});
		server.on('exit', (code) => fail(new Error(`nginx stopped (exit ${code})`)));
	});
	// Ready to accept once it answers.
	for (let attempt = 0; attempt < 50; attempt++) {
		if (
			await fetch(origin + '/').then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		await new Promise((next) => setImmediate(next));
	}
	return () => server.kill('SIGTERM');
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

async function main(): Promise<void> {
	const stop = await startNginx();
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
	} finally {
		await browser.close();
		stop();
	}
	console.log(over ? `\n${over} page type(s) over budget.` : '\nEvery page type within budget.');
	process.exit(over ? 1 : 0);
}

await main();
