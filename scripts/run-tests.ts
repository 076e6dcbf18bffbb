/**
 * `npm test`: builds the site, then runs every suite (static checks, Vitest unit tests, Playwright
 * end-to-end tests against the built site) and ends with one line that sums them all:
 * "N passed, N failed". Every suite runs even when an earlier one fails, so one run shows all.
 * SKIP_BUILD=1 reuses an existing dist/ (quicker while editing tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDistLinks } from './lib/dist-links.ts';
import { buildAndCheckSecondProvince } from './lib/no-leak-build.ts';

const root = join(import.meta.dirname, '..');
const reports = join(root, '.cache', 'test-reports');
mkdirSync(reports, { recursive: true });

interface Tally {
	suite: string;
	passed: number;
	failed: number;
	skipped: number;
}

function run(command: string, args: string[], env: Record<string, string> = {}): number {
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env },
	});
	return result.status ?? 1;
}

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const tallies: Tally[] = [];

// 1. Build (the end-to-end tests run against dist/, as a static host would serve it).
if (process.env['SKIP_BUILD'] !== '1' || !existsSync(join(root, 'dist'))) {
	const status = run('npm', ['run', '--silent', 'build']);
	tallies.push({
		suite: 'build',
		passed: status === 0 ? 1 : 0,
		failed: status === 0 ? 0 : 1,
		skipped: 0,
	});
	if (status !== 0) finish();
}

// 2. Static checks: strict types across .ts and .astro files, lint, the decoder's own types, Prettier;
//    one count each.
for (const [suite, command, args] of [
	['typecheck', bin('astro'), ['check', '--minimumSeverity', 'warning']],
	['lint', bin('eslint'), ['.', '--max-warnings', '0']],
	// The decoder compiled with neither DOM nor Node types (tsconfig.cccd.json).
	['types:cccd', bin('tsc'), ['-p', 'tsconfig.cccd.json']],
	['format', bin('prettier'), ['--check', '.']],
] as const) {
	const status = run(command, [...args], { ASTRO_TELEMETRY_DISABLED: '1' });
	tallies.push({ suite, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 });
}

// 3. Unit tests.
{
	const output = join(reports, 'vitest.json');
	run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${output}`]);
	tallies.push(readVitest(output));
}

// 4. End-to-end tests in Chromium.
{
	const output = join(reports, 'playwright.json');
	run(bin('playwright'), ['test'], { PW_JSON_OUTPUT: output });
	tallies.push(readPlaywright(output));
}

// 4b. The same build behind nginx with deploy/nginx/7cach.conf: headers, caching, CSP on every page.
{
	const output = join(reports, 'playwright-nginx.json');
	run(bin('playwright'), ['test'], { PW_JSON_OUTPUT: output, E2E_NGINX: '1' });
	tallies.push({ ...readPlaywright(output), suite: 'nginx' });
}

// 5. Sub-path hosting: the same site built under /7cach/ must have no broken internal link.
{
	const outDir = join(root, '.cache', 'dist-subpath');
	const status = run(bin('astro'), ['build', '--outDir', outDir], {
		ASTRO_TELEMETRY_DISABLED: '1',
		BASE_PATH: '/7cach/',
	});
	const { checked, broken } =
		status === 0 ? checkDistLinks(outDir, '/7cach/') : { checked: 0, broken: ['build failed'] };
	const ok = status === 0 && checked > 100 && broken.length === 0;
	console.log(
		ok
			? `Sub-path build: ${checked} internal links checked, all resolve.`
			: `Sub-path build: broken links:\n  ${broken.join('\n  ')}`
	);
	tallies.push({ suite: 'subpath', passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
	// The service worker, offline page, update prompt and manifest under the sub-path: scope and
	// every URL come from the base.
	if (status === 0) {
		const output = join(reports, 'playwright-subpath-offline.json');
		run(bin('playwright'), ['test', 'tests/e2e/offline.spec.ts'], {
			PW_JSON_OUTPUT: output,
			BASE_PATH: '/7cach/',
			E2E_DIST: outDir,
		});
		tallies.push({ ...readPlaywright(output), suite: 'subpath-sw' });
	}
}

// 6. A second, fictitious province (examples/tinh-mau) builds with no broken link, and none of its
//    pages, image descriptions, PDFs or search entries names this province (one tally each).
{
	const result = await buildAndCheckSecondProvince(
		root,
		'examples/tinh-mau',
		join(root, '.cache', 'dist-example')
	);
	const { checked, broken } = result.links;
	const linksOk = result.built && checked > 100 && broken.length === 0;
	console.log(
		linksOk
			? `Second province: ${checked} internal links checked, all resolve.`
			: `Second province: build or links failed:\n  ${broken.join('\n  ')}`
	);
	tallies.push({
		suite: 'province2',
		passed: linksOk ? 1 : 0,
		failed: linksOk ? 0 : 1,
		skipped: 0,
	});
	const leaks = result.leaks;
	const scannedEnough = leaks !== undefined && leaks.scanned.pages > 20 && leaks.scanned.pdfs > 5;
	const leakOk = scannedEnough && leaks.leaks.length === 0 && result.termCount > 0;
	console.log(
		leaks
			? `No-leak check: ${result.termCount} terms over ${JSON.stringify(leaks.scanned)}; ${leaks.leaks.length} found.` +
					leaks.leaks.map((l) => `\n  ${l.where}: "${l.term}" (${l.why}) … ${l.excerpt}`).join('')
			: 'No-leak check: not run (build failed).'
	);
	tallies.push({ suite: 'no-leak', passed: leakOk ? 1 : 0, failed: leakOk ? 0 : 1, skipped: 0 });
}

finish();

function readVitest(file: string): Tally {
	if (!existsSync(file)) return { suite: 'unit', passed: 0, failed: 1, skipped: 0 };
	const report = JSON.parse(readFileSync(file, 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numPendingTests: number;
		numTodoTests: number;
		numFailedTestSuites: number;
	};
	return {
		suite: 'unit',
		passed: report.numPassedTests,
		// A test file that fails to load has no failed test but a failed suite: count it.
		failed: report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0),
		skipped: report.numPendingTests + report.numTodoTests,
	};
}

function readPlaywright(file: string): Tally {
	if (!existsSync(file)) return { suite: 'e2e', passed: 0, failed: 1, skipped: 0 };
	const report = JSON.parse(readFileSync(file, 'utf8')) as {
		stats: { expected: number; unexpected: number; flaky: number; skipped: number };
		errors?: unknown[];
	};
	const { expected, unexpected, flaky, skipped } = report.stats;
	const loadErrors = report.errors?.length ?? 0;
	return { suite: 'e2e', passed: expected + flaky, failed: unexpected + loadErrors, skipped };
}

function finish(): never {
	console.log('\nSuites:');
	for (const t of tallies) {
		console.log(
			`  ${t.suite.padEnd(10)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`
		);
	}
	const sum = (key: 'passed' | 'failed' | 'skipped') => tallies.reduce((n, t) => n + t[key], 0);
	console.log(`${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
	process.exit(sum('failed') > 0 ? 1 : 0);
}
