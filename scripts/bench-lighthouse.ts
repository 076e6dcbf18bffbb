/**
 * `npm run bench:lighthouse`: Lighthouse's mobile scores (performance, accessibility, best
 * practices) for one page of each type (home, method, guide, QR demo, quiz, gallery, slides), as
 * nginx serves the built site with deploy/nginx/7cach.conf, in Debian's Chromium. Prints the figures;
 * the goal (issue #17) is 100 performance on every content page and nothing under 95, reported,
 * not enforced: scores move with the machine's load, so this is a measurement, not a test.
 *
 * Usage: node scripts/bench-lighthouse.ts [--dist dist] [--port 4456]. Needs nginx and a build.
 * Lighthouse's default settings: a mid-range phone on a slow 4G link (simulated), empty cache.
 */
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, HEADLESS_FLAGS } from './lib/chromium.ts';
import { PAGE_TYPES, startNginx } from './lib/nginx-site.ts';

const { values: options } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4456' } },
});
const port = Number(options.port);
const origin = `http://127.0.0.1:${port}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

async function main(): Promise<void> {
	const stop = await startNginx(port, options.dist);
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium() ?? '/usr/bin/chromium',
		chromeFlags: [...new Set(['--headless', '--no-sandbox', '--disable-gpu', ...HEADLESS_FLAGS])],
	});
	const low: string[] = [];
	try {
		console.log(`Lighthouse (mobile), as nginx serves ${options.dist}/\n`);
		console.log(
			`${'page type'.padEnd(12)}${'performance'.padStart(13)}${'accessibility'.padStart(15)}${'best practices'.padStart(16)}   LCP, TBT, CLS`
		);
		for (const type of PAGE_TYPES) {
			const result = await lighthouse(origin + type.path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${type.path}`);
			const { categories, audits } = result.lhr;
			const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
			CATEGORIES.forEach((id, i) => {
				if ((scores[i] ?? 0) < 95) low.push(`${type.name} ${id} ${scores[i]}`);
			});
			const metric = (id: string) => audits[id]?.displayValue ?? '–';
			console.log(
				`${type.name.padEnd(12)}${String(scores[0]).padStart(13)}${String(scores[1]).padStart(15)}${String(scores[2]).padStart(16)}   ${metric('largest-contentful-paint')}, ${metric('total-blocking-time')}, ${metric('cumulative-layout-shift')}`
			);
		}
	} finally {
		chrome.kill();
		stop();
	}
	console.log(low.length ? `\nUnder 95: ${low.join('; ')}.` : '\nEvery score 95 or more.');
}

await main();
