/**
 * The browsers the end-to-end tests drive: which Chromium (scripts/lib/chromium.ts, shared with the
 * benches), one with a fake camera, and the phone context a test opens itself.
 */
import { chromium, devices, type Browser, type BrowserContextOptions } from '@playwright/test';
import { findChromium, HEADLESS_FLAGS } from '../../scripts/lib/chromium.ts';

export { findChromium, HEADLESS_FLAGS };

/** A browser with Chromium's fake camera (the clip) and, unless `deny`, auto-accepted prompts. */
export async function cameraBrowser(clip: string | null, deny = false): Promise<Browser> {
	const executablePath = findChromium();
	return chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: [
			...HEADLESS_FLAGS,
			'--use-fake-device-for-media-stream',
			...(deny ? [] : ['--use-fake-ui-for-media-stream']),
			...(clip ? [`--use-file-for-fake-video-capture=${clip}`] : []),
		],
	});
}

/**
 * A phone's context as playwright.config.ts's project has it, for contexts a test opens itself (a
 * second phone, a fake-camera browser). Service workers blocked, as in the config: no background
 * precache in a test about something else.
 */
export function phoneContext(
	baseURL: string | undefined,
	extra: BrowserContextOptions = {}
): BrowserContextOptions {
	return {
		...devices['Pixel 7'],
		...(baseURL ? { baseURL } : {}),
		locale: 'vi-VN',
		serviceWorkers: 'block',
		...extra,
	};
}
