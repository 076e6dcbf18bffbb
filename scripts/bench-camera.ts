/**
 * Measures the QR demo's camera path in Chromium with a fake camera (a Y4M clip of a sample card):
 *   1. bytes a visitor downloads to open /quet-qr/, then after pressing "Bật camera để quét"
 *      (the worker and zxing's WebAssembly load only then);
 *   2. time from the press to the card's result, and frames it took;
 *   3. steady-state scanning on a clip with the QR painted over (nothing to find, so every frame
 *      runs the whole fast pipeline): median worker time per frame and frames per second.
 * The clips play at --fps frames a second (default 30, a phone camera's rate): the loop can read no
 * more frames than the camera gives, so a 15 fps clip would cap the figure at 15.
 * Serves the built site (dist/ by default) itself, on a free local port. Run `npm run samples` and
 * `npm run build` first.
 *
 * Usage: node scripts/bench-camera.ts [--dist dist] [--seconds 10] [--width 1920] [--height 1080]
 *                                   [--fps 30]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { cameraBrowser, phoneContext } from '../tests/e2e/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { makeCameraClip } from './make-camera-clip.ts';

/** Bytes the static server sent: raw, and what gzip would make of the same files. */
interface Served {
	files: { path: string; bytes: number; gzip: number }[];
}

function sum(files: Served['files']): string {
	const raw = files.reduce((n, f) => n + f.bytes, 0);
	const gz = files.reduce((n, f) => n + f.gzip, 0);
	return `${kib(raw)} (${kib(gz)} gzipped) in ${files.length} files`;
}

interface Stats {
	frames: number;
	medianMs: number | null;
	fps: number | null;
	grabMs: number | null;
	videoFps: number | null;
}

const stats = (page: Page): Promise<Stats> =>
	page.locator('qr-scanner').evaluate((el) => (el as HTMLElement & { stats: Stats }).stats);

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			dist: { type: 'string', default: 'dist' },
			seconds: { type: 'string', default: '10' },
			width: { type: 'string', default: '1920' },
			height: { type: 'string', default: '1080' },
			fps: { type: 'string', default: '30' },
		},
	});
	const root = resolve(values.dist);
	if (!existsSync(join(root, 'quet-qr/index.html')))
		throw new Error(`${root} has no quet-qr/: build the site first`);
	const size = { width: Number(values.width), height: Number(values.height) };
	const fps = Number(values.fps);
	const dir = resolve('.cache/qr-demo');
	const cardClip = await makeCameraClip({
		...size,
		fps,
		out: join(dir, `bench-card-${size.width}x${size.height}-${fps}fps.y4m`),
	});
	const emptyClip = await makeCameraClip({
		...size,
		fps,
		noQr: true,
		out: join(dir, `bench-no-qr-${size.width}x${size.height}-${fps}fps.y4m`),
	});
	const served: Served = { files: [] };
	const server = await serveStatic(root, {
		onFile: (path, body) =>
			served.files.push({ path, bytes: body.length, gzip: gzipSync(body).length }),
	});
	const url = `${server.url}quet-qr/`;
	console.log(`Camera clip ${size.width}×${size.height} at ${fps} frames/s, site ${root}`);

	// 1 and 2: bytes, then time to the first card.
	let browser: Browser = await cameraBrowser(cardClip);
	try {
		// Service workers blocked: the precache's background download is not the scan's.
		const page = await (await browser.newContext(phoneContext(undefined))).newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		const loaded = served.files.length;
		const t0 = Date.now();
		await page.getByRole('button', { name: 'Bật camera để quét' }).click();
		await page.locator('qr-scanner[data-decoder="ready"]').waitFor({ timeout: 60_000 });
		await page.locator('qr-scanner[data-state="result"]').waitFor({ timeout: 60_000 });
		const toResult = Date.now() - t0;
		await page.waitForLoadState('networkidle');
		const s = await stats(page);
		console.log(`Page load (before pressing Scan): ${sum(served.files.slice(0, loaded))}`);
		console.log(`After pressing Scan: ${sum(served.files.slice(loaded))}`);
		for (const f of served.files.slice(loaded))
			console.log(`  ${f.path}: ${kib(f.bytes)} (${kib(f.gzip)} gzipped)`);
		console.log(
			`Press → card shown: ${toResult} ms (permission, camera start, decoder load, ${s.frames} frame(s)); ` +
				`median ${s.medianMs?.toFixed(1)} ms per frame in the worker`
		);
	} finally {
		await browser.close();
	}

	// 3: steady scanning with nothing to find.
	browser = await cameraBrowser(emptyClip);
	try {
		// Service workers blocked: the precache's background download is not the scan's.
		const page = await (await browser.newContext(phoneContext(undefined))).newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Bật camera để quét' }).click();
		await page.locator('qr-scanner[data-state="camera"]').waitFor({ timeout: 60_000 });
		await page.waitForTimeout(Number(values.seconds) * 1000);
		const s = await stats(page);
		console.log(
			`Scanning ${values.seconds} s without a QR in view: ${s.frames} frames, ` +
				`median ${s.medianMs?.toFixed(1)} ms per frame in the worker, ` +
				`${s.grabMs?.toFixed(1)} ms to grab a frame on the main thread, ${s.fps?.toFixed(1)} frames/s ` +
				`read of ${s.videoFps?.toFixed(1)} frames/s the camera gave the page`
		);
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch((err: unknown) => {
	console.error(err);
	process.exit(1);
});
