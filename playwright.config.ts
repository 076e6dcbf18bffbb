import { defineConfig, devices } from '@playwright/test';
import { findChromium, HEADLESS_FLAGS } from './tests/e2e/browser.ts';

const executablePath = findChromium();
const port = Number(process.env['E2E_PORT'] ?? 4321);
// Tests run against the built site, served the way a static host would serve it.
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
// E2E_DIST: another build than dist/ (e.g. one made with --outDir while others use dist/).
const dist = process.env['E2E_DIST'];
// E2E_NGINX=1: only the nginx project, against dist/ served by nginx with deploy/'s configuration
// (tests/e2e/nginx/serve.ts); npm test runs it as a suite of its own.
const overNginx = process.env['E2E_NGINX'] === '1';
const nginxPort = Number(process.env['E2E_NGINX_PORT'] ?? 4322);
const nginxURL = `http://127.0.0.1:${nginxPort}${base}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	workers: 2,
	timeout: 60_000,
	// npm test asks for a JSON report as well, to sum all suites in one closing line.
	reporter: process.env['PW_JSON_OUTPUT']
		? [['list'], ['json', { outputFile: process.env['PW_JSON_OUTPUT'] }]]
		: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}${base}`,
		locale: 'vi-VN',
		trace: 'off',
		// The site's service worker precaches about 1.7 MB in the background after a page loads: in
		// tests about something else that would be traffic they did not cause (request counts,
		// weight) and a race with what they check. offline.spec.ts and the nginx worker check allow it.
		serviceWorkers: 'block',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: HEADLESS_FLAGS,
		},
	},
	projects: overNginx
		? [
				{
					name: 'nginx',
					testMatch: /delivery-nginx\.spec\.ts$/,
					use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium', baseURL: nginxURL },
				},
			]
		: [
				{
					name: 'mobile',
					testIgnore: /delivery-nginx\.spec\.ts$/,
					use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium' },
				},
			],
	webServer: overNginx
		? {
				command: `node_modules/node/bin/node tests/e2e/nginx/serve.ts`,
				url: nginxURL,
				reuseExistingServer: false,
				env: { NGINX_PORT: String(nginxPort), ...(dist ? { NGINX_ROOT: dist } : {}) },
				timeout: 30_000,
			}
		: {
				command: `node_modules/.bin/astro preview --ignore-lock --host 127.0.0.1 --port ${port}${dist ? ` --outDir ${dist}` : ''}`,
				url: `http://127.0.0.1:${port}${base}`,
				reuseExistingServer: !process.env['CI'],
				env: { ASTRO_TELEMETRY_DISABLED: '1' },
				timeout: 60_000,
			},
});
