/**
 * The built site behind nginx with deploy/nginx/7cach.conf (project "nginx", E2E_NGINX=1; nginx is
 * started by tests/e2e/nginx/serve.ts): the headers the configuration promises, caching by kind of
 * file, compression, the custom 404, and the CSP sweep of every page and flow with the header
 * policy added to each page's own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { HEADER_POLICY, SECURITY_HEADERS, WORKER_POLICY } from '../../deploy/csp.ts';
import { ICONS, MANIFEST_FILE } from '../../src/lib/offline/manifest.ts';
import { cspFlows, cspPageSweep, watchCsp } from './nginx/csp-checks.ts';
import { DIST } from './site-map.ts';

const dist = process.env['E2E_DIST'] ? resolve(process.env['E2E_DIST']) : DIST;
const YEAR = 'public, max-age=31536000, immutable';
const gzip = { 'Accept-Encoding': 'gzip' };

/** The largest file in a dist/ folder whose name matches (above nginx's 256-byte gzip floor). */
function distFile(folder: string, pattern: RegExp): string {
	const [name] = readdirSync(join(dist, folder))
		.filter((file) => pattern.test(file))
		.sort((a, b) => statSync(join(dist, folder, b)).size - statSync(join(dist, folder, a)).size);
	if (!name) throw new Error(`no ${pattern} in ${folder}/`);
	return `${folder}/${name}`;
}

/** The headers every response carries; JavaScript files carry the workers' policy instead. */
function expectSecurityHeaders(response: APIResponse, csp = HEADER_POLICY): void {
	const headers = response.headers();
	for (const [name, value] of Object.entries({
		...SECURITY_HEADERS,
		'Content-Security-Policy': csp,
	})) {
		expect(headers[name.toLowerCase()], name).toBe(value);
	}
	expect(headers['server']).toBe('nginx');
}

test.describe('headers', () => {
	test('a page: security headers, CSP with frame-ancestors, short caching, gzip', async ({
		request,
	}) => {
		for (const path of ['', 'cach-1/', 'quet-qr/', 'tap-huan/cau-hoi/']) {
			const response = await request.get(path, { headers: gzip });
			expect(response.status(), path).toBe(200);
			expectSecurityHeaders(response);
			const headers = response.headers();
			expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
			expect(headers['content-security-policy']).toBe(HEADER_POLICY);
			expect(headers['content-type']).toBe('text/html; charset=utf-8');
			expect(headers['cache-control']).toBe('public, max-age=300');
			expect(headers['content-encoding']).toBe('gzip');
			expect(headers['vary']).toContain('Accept-Encoding');
		}
	});

	test("hashed assets are kept a year, scripts carry the workers' policy, wasm is compressed", async ({
		request,
	}) => {
		const files: Array<[string, RegExp]> = [
			[distFile('_astro', /\.js$/), /javascript/],
			[distFile('_astro', /\.css$/), /^text\/css/],
			[distFile('_astro', /\.wasm$/), /^application\/wasm$/],
			[distFile('pagefind/fragment', /\.pf_fragment$/), /^application\/octet-stream$/],
		];
		for (const [path, type] of files) {
			const response = await request.get(path, { headers: gzip });
			expect(response.status(), path).toBe(200);
			expectSecurityHeaders(response, path.endsWith('.js') ? WORKER_POLICY : HEADER_POLICY);
			expect(response.headers()['cache-control'], path).toBe(YEAR);
			expect(response.headers()['content-type'], path).toMatch(type);
			// Pagefind's index files come compressed already; everything else is compressed here.
			expect(response.headers()['content-encoding'], path).toBe(
				path.startsWith('pagefind/') ? undefined : 'gzip'
			);
		}
	});

	test('files with fixed names: Pagefind entry and service worker asked for again, images an hour', async ({
		request,
	}) => {
		for (const path of ['pagefind/pagefind-entry.json', 'pagefind/pagefind.js']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['cache-control'], path).toBe('no-cache');
		}
		// A service worker must never be served stale (a stale one keeps serving the old site).
		const sw = await request.get('sw.js', { headers: gzip });
		expect(sw.status()).toBe(200);
		expect(sw.headers()['cache-control']).toBe('no-cache');
		expect(sw.headers()['content-type']).toMatch(/javascript/);
		expect(sw.headers()['content-encoding']).toBe('gzip');
		expectSecurityHeaders(sw, WORKER_POLICY);
		// Files that keep their names across builds: an hour.
		const sitemap = await request.get('sitemap-0.xml', { headers: gzip });
		expect(sitemap.headers()['cache-control']).toBe('public, max-age=3600');
		expect(sitemap.headers()['content-encoding']).toBe('gzip');
		const sample = await request.get(distFile('samples', /\.png$/));
		expect(sample.status()).toBe(200);
		expect(sample.headers()['cache-control']).toBe('public, max-age=3600');
	});

	test('the web app manifest is served as application/manifest+json, its icons as PNG', async ({
		request,
		baseURL,
	}) => {
		const manifest = await request.get(MANIFEST_FILE, { headers: gzip });
		expect(manifest.status()).toBe(200);
		// JSON is UTF-8 by definition: no charset parameter needed.
		expect(manifest.headers()['content-type']).toBe('application/manifest+json');
		expect(manifest.headers()['content-encoding']).toBe('gzip');
		expect(manifest.headers()['cache-control']).toBe('public, max-age=3600');
		expectSecurityHeaders(manifest);
		// Starts and is scoped at the site's base, as served here.
		expect(((await manifest.json()) as { start_url: string }).start_url).toBe(
			new URL(baseURL ?? '').pathname
		);
		for (const icon of ICONS) {
			const response = await request.get(icon.file);
			expect(response.status(), icon.file).toBe(200);
			expect(response.headers()['content-type'], icon.file).toBe('image/png');
		}
	});

	test("an unknown address gets the site's own 404 page, with the same headers", async ({
		request,
	}) => {
		const response = await request.get('khong-co-trang-nay/');
		expect(response.status()).toBe(404);
		expectSecurityHeaders(response);
		expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
		expect(response.headers()['cache-control']).toBe('public, max-age=300');
		expect(await response.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
	});

	test('an address without its final slash is redirected within the site', async ({ request }) => {
		const response = await request.get('cach-1', { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(response.headers()['location']).toBe('/cach-1/');
	});

	test('the static-host rules file is not served', async ({ request }) => {
		expect((await request.get('_headers')).status()).toBe(404);
	});

	test('the page cannot be framed by another site', async ({ page, baseURL }) => {
		const blocked: string[] = [];
		page.on('console', (m) => {
			if (/frame-ancestors/.test(m.text())) blocked.push(m.text());
		});
		// A page of another origin (the browser's about:blank) framing the site.
		await page.setContent(`<iframe src="${baseURL}cach-1/"></iframe>`);
		await expect.poll(() => blocked.length).toBeGreaterThan(0);
		expect(page.frames().every((f) => !f.url().includes('/cach-1/') || f.url() === '')).toBe(true);
	});
});

test.describe('service worker behind nginx', () => {
	test.use({ serviceWorkers: 'allow' });

	test("installs under the workers' policy, precaches, controls the page, with no CSP violation", async ({
		page,
	}) => {
		const violations = await watchCsp(page);
		await page.goto('');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		// A page from the precache, through nginx's headers: still no violation.
		const response = await page.goto('cach-1/');
		expect(response?.fromServiceWorker()).toBe(true);
		expect(await violations()).toEqual([]);
	});
});

test.describe('CSP behind nginx, every page', () => cspPageSweep());
test.describe('CSP behind nginx, flows', () => cspFlows());
