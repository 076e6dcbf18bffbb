/**
 * The browsers the end-to-end tests drive: which Chromium (scripts/lib/chromium.ts, shared with the
 * benches) and one with a fake camera.
 */
import { chromium, type Browser } from '@playwright/test';
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
