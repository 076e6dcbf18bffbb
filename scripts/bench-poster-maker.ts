/**
 * Measures the poster maker (/tao-ap-phich/) in Chromium on this machine:
 *   - time to the first preview: from the first keystroke in the form (right after the page has
 *     loaded) to the preview on screen, which includes loading the worker, satori and the fonts;
 *   - time to a downloaded A4 PDF: from the click on "Tải PDF để in" to the file;
 *   - bytes the page loads before the first preview (the page as it opens) and after it.
 * Each run is a fresh browser context (empty cache, service worker blocked). Serves the built
 * site itself (astro preview API) on a free port. Build the site first (`npm run build`, or
 * --dist for another output folder).
 *
 * Usage: node scripts/bench-poster-maker.ts [--dist dist] [--runs 3]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, devices, type Response } from '@playwright/test';
import { findChromium, HEADLESS_FLAGS } from './lib/chromium.ts';
import { previewBuild } from './lib/astro-preview.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PAGE = 'tao-ap-phich/';

const { values } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' } },
});
const dist = resolve(ROOT, values.dist);
const runs = Math.max(1, Number(values.runs));
if (!existsSync(resolve(dist, PAGE, 'index.html'))) {
	console.error(`bench:poster-maker: ${dist} has no ${PAGE}; build the site first.`);
	process.exit(1);
}

function median(list: readonly number[]): number {
	const sorted = [...list].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

interface Run {
	firstPreviewMs: number;
	pdfMs: number;
	before: number;
	after: number;
	biggest: Array<[string, number]>;
}

const server = await previewBuild(ROOT, dist);
const base = server.url;
const executablePath = findChromium();
const browser = await chromium.launch({
	...(executablePath ? { executablePath } : {}),
	args: HEADLESS_FLAGS,
});
const results: Run[] = [];
try {
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({
			...devices['Pixel 7'],
			serviceWorkers: 'block',
			acceptDownloads: true,
			baseURL: base,
		});
		const page = await context.newPage();
		// Bytes on the wire (body as sent plus headers) of every response, the worker's included.
		const sizes: Array<Promise<[string, number]>> = [];
		page.on('response', (response: Response) => {
			sizes.push(
				response
					.request()
					.sizes()
					.then(
						(s) => [response.url(), s.responseBodySize + s.responseHeadersSize] as [string, number]
					)
					.catch(() => [response.url(), 0] as [string, number])
			);
		});
		// Playwright reports the worker's own fetches (the fonts) but not the worker script: the
		// page's resource timing has it (bytes on the wire, headers included).
		const seen = async (): Promise<Map<string, number>> => {
			const byUrl = new Map(await Promise.all(sizes));
			const timing = await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((e) => [e.name, (e as PerformanceResourceTiming).transferSize] as [string, number])
			);
			for (const [url, n] of timing) byUrl.set(url, Math.max(byUrl.get(url) ?? 0, n));
			return byUrl;
		};
		const total = async () => [...(await seen()).values()].reduce((sum, n) => sum + n, 0);
		await page.goto(PAGE, { waitUntil: 'networkidle' });
		const before = await total();
		await page.evaluate(() => {
			document.addEventListener(
				'poster-preview',
				() => Object.assign(window, { __previewAt: performance.now() }),
				{ once: true }
			);
		});
		const started = await page.evaluate(() => performance.now());
		await page.getByLabel('Tên đơn vị', { exact: true }).fill('Công an phường Nghiễm Ưởng');
		await page.getByLabel('Số điện thoại', { exact: true }).fill('0200 0000 000');
		await page.waitForFunction(() => 'window' in globalThis && '__previewAt' in window, null, {
			timeout: 120_000,
		});
		const previewAt = await page.evaluate(
			() => (window as unknown as { __previewAt: number }).__previewAt
		);
		await page.waitForLoadState('networkidle');
		const after = await total();
		await page.locator('input[name="format"][value="a4"]').check();
		const clicked = Date.now();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 120_000 }),
			page.getByRole('button', { name: 'Tải PDF để in' }).click(),
		]);
		await download.path();
		const pdfMs = Date.now() - clicked;
		const all = [...(await seen())];
		results.push({
			firstPreviewMs: previewAt - started,
			pdfMs,
			before,
			after,
			biggest: all
				.sort((a, b) => b[1] - a[1])
				.slice(0, 5)
				.map(([url, n]) => [new URL(url).pathname, n]),
		});
		await context.close();
		const r = results.at(-1)!;
		console.log(
			`run ${run + 1}: first preview ${r.firstPreviewMs.toFixed(0)} ms, A4 PDF ${r.pdfMs} ms, ` +
				`${kb(r.before)} before, ${kb(r.after)} after the first preview`
		);
	}
} finally {
	await browser.close();
	await server.stop();
}

console.log(`\nPoster maker, Chromium (Pixel 7 profile), ${runs} runs, medians:`);
console.log(
	`  first preview (from the first keystroke): ${median(results.map((r) => r.firstPreviewMs)).toFixed(0)} ms`
);
console.log(
	`  downloaded A4 PDF (from the click):        ${median(results.map((r) => r.pdfMs)).toFixed(0)} ms`
);
console.log(
	`  bytes before the first preview:            ${kb(median(results.map((r) => r.before)))}`
);
console.log(
	`  bytes after the first preview:             ${kb(median(results.map((r) => r.after)))}`
);
console.log('  largest files:');
for (const [path, n] of results[0]!.biggest) console.log(`    ${kb(n).padStart(8)}  ${path}`);
