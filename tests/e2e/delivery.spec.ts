/**
 * Delivery checks against the built site as `astro preview` serves it (no server headers): the
 * Content Security Policy in each page lets every page and flow run with no violation, and no
 * browser bundle carries a schema library. The same CSP sweep runs behind nginx in
 * delivery-nginx.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { cspFlows, cspPageSweep, watchCsp } from './nginx/csp-checks.ts';
import { DIST } from './site-map.ts';

const dist = process.env['E2E_DIST'] ? resolve(process.env['E2E_DIST']) : DIST;

test('no browser script carries Zod: data is validated at build time', () => {
	const dir = join(dist, '_astro');
	const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(5);
	// Markers every Zod build has, minified or not.
	const withZod = scripts.filter((name) =>
		/ZodError|\$ZodType|_zod\b/.test(readFileSync(join(dir, name), 'utf8'))
	);
	expect(withZod).toEqual([]);
});

test('the sweep would see a violation: an injected inline script and style are refused', async ({
	page,
}) => {
	const violations = await watchCsp(page);
	await page.goto('cach-1/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.documentElement.dataset.injected = "yes";';
		document.body.append(script);
		document.body.setAttribute('style', 'outline: 3px solid red');
	});
	await expect(page.locator('html')).not.toHaveAttribute('data-injected', 'yes');
	const seen = await violations();
	expect(seen.some((line) => /^script-src/.test(line))).toBe(true);
	expect(seen.some((line) => /^style-src-attr/.test(line))).toBe(true);
});

test.describe('CSP, every page', () => cspPageSweep());
test.describe('CSP, flows', () => cspFlows());
