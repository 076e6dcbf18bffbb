/**
 * Which Chromium the end-to-end tests and the benches drive. Debian's /usr/bin/chromium (or
 * CHROMIUM_PATH) first, since `npx playwright install` cannot download here; Playwright's own
 * browser otherwise. Shared by playwright.config.ts (through tests/e2e/browser.ts) and scripts/.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const HEADLESS_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

/** Path to the browser binary, or undefined when Playwright's bundled one should be used. */
export function findChromium(): string | undefined {
	const candidates = [
		process.env['CHROMIUM_PATH'],
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
	];
	const found = candidates.find((path) => path && existsSync(path));
	if (found) return found;
	if (existsSync(chromium.executablePath())) return undefined;
	throw new Error(
		[
			'Không tìm thấy Chromium để chạy kiểm thử trình duyệt (no Chromium found for end-to-end tests).',
			'Cài một trong các cách sau / install one of:',
			'  • Debian/Ubuntu: sudo apt-get install -y chromium',
			'  • hoặc đặt biến CHROMIUM_PATH=/đường/dẫn/tới/chromium',
			'  • hoặc: npx playwright install chromium (cần mạng)',
		].join('\n')
	);
}
