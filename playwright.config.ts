import { defineConfig, devices } from '@playwright/test';
import { findChromium, HEADLESS_FLAGS } from './tests/e2e/browser.ts';

const executablePath = findChromium();
const port = Number(process.env['E2E_PORT'] ?? 4321);
// Tests run against the built site, served the way a static host would serve it.
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

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
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: HEADLESS_FLAGS,
		},
	},
	projects: [{ name: 'mobile', use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium' } }],
	webServer: {
		command: `node_modules/.bin/astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}${base}`,
		reuseExistingServer: !process.env['CI'],
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
		timeout: 60_000,
	},
});
