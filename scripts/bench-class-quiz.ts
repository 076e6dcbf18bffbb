/**
 * Measures the class quiz's "Thu kết quả" page with Chromium's fake camera:
 *   1. latency: time from a results QR coming into the camera's view to its count on screen
 *      (median and p95 over the codes of a clip);
 *   2. throughput: phones per minute one trainer collects, for clips that show the phones one
 *      after another at a slower and faster pace, and the share of phones read at each pace.
 *
 * Each clip (MJPEG, scripts/lib/image-clip.ts) shows N distinct results codes of module 1's set,
 * one at a time with an empty view between, and a corner marker that spells which code is in view.
 * A requestVideoFrameCallback watcher in the page reads the marker on every video frame, so
 * "came into view" is the time the page got the first frame of that code, on the same clock as
 * the count (element.counted). Serves the built site itself (astro preview API) on a free port.
 * Build the site first (`npm run build`, or --dist for another output folder).
 *
 * Usage: node scripts/bench-class-quiz.ts [--dist dist] [--phones 20] [--width 1280] [--height 720]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, devices, type Browser, type Page } from '@playwright/test';
import {
	encodeResults,
	newAttempt,
	resolveSet,
	type Choice,
	type QuizSet,
	type SetQuestion,
} from '../src/lib/class-quiz/code.ts';
import { createRng } from '../src/lib/cccd/synthetic.ts';
import { findChromium, HEADLESS_FLAGS } from './lib/chromium.ts';
import { MARKER_BITS, MARKER_SIDE, MJPEG_FPS, makeImageClip } from './lib/image-clip.ts';
import { renderQrPng } from './lib/qr-image.ts';
import { previewBuild } from './lib/astro-preview.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PAGE = 'tap-huan/thu-ket-qua/?bo=M1';

/** Paces: frames a phone is in view, then frames of empty view before the next (at MJPEG_FPS). */
const PACES = [
	{ name: 'thong thả', hold: 30, gap: 15 },
	{ name: 'nhanh', hold: 15, gap: 8 },
	{ name: 'rất nhanh', hold: 8, gap: 3 },
];

/** Chromium whose camera is the clip (permission prompts accepted), or with no camera at all. */
function launch(clip: string | null): Promise<Browser> {
	const executablePath = findChromium();
	return chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: [
			...HEADLESS_FLAGS,
			...(clip
				? [
						'--use-fake-device-for-media-stream',
						'--use-fake-ui-for-media-stream',
						`--use-file-for-fake-video-capture=${clip}`,
					]
				: []),
		],
	});
}

function quantile(values: readonly number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const at = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
	return sorted[Math.max(0, at)]!;
}

/** Module 1's set as the built page has it (its bank and sets come in data attributes). */
async function builtSet(page: Page): Promise<QuizSet> {
	const { bank, sets } = await page.locator('class-quiz-collect').evaluate((el) => ({
		bank: JSON.parse((el as HTMLElement).dataset['bank'] ?? '[]') as SetQuestion[],
		sets: JSON.parse((el as HTMLElement).dataset['sets'] ?? '[]') as QuizSet[],
	}));
	const set = resolveSet('M1', bank, sets);
	if (!set) throw new Error('the built page has no set M1');
	return set;
}

/** N distinct results codes: random answers and attempt codes (seeded, so runs compare). */
function codes(set: QuizSet, n: number): string[] {
	const rng = createRng(1414);
	const letters: Choice[] = ['A', 'B', 'C', 'D'];
	return Array.from({ length: n }, () =>
		encodeResults({
			setId: set.id,
			version: set.version,
			answers: set.questionIds.map(() => letters[Math.floor(rng() * 4)]!),
			attempt: newAttempt(rng),
			nickname: '',
		})
	);
}

/** What the page recorded: each change of the picture in view (-1: none), and each count. */
interface Run {
	views: Array<{ id: number; at: number }>;
	counted: Array<{ at: number; code: string }>;
}

interface Figures {
	latencies: number[];
	read: number;
	seconds: number;
}

/**
 * The first whole loop of the clip (from picture 0 coming into view to its next coming): each
 * code counted in it, timed from its own picture's first frame; phones read and the loop's length.
 */
function figures(texts: readonly string[], { views, counted }: Run): Figures {
	const start = views.find((v) => v.id === 0);
	if (!start) throw new Error('the page never showed the first picture');
	// The loop is round once the last picture has been seen and the first comes again.
	const last = views.find((v) => v.id === texts.length - 1 && v.at > start.at);
	const end = last && views.find((v) => v.id === 0 && v.at > last.at);
	if (!end) throw new Error('the clip did not come round to the first picture again');
	const entered = new Map<number, number>();
	for (const v of views)
		if (v.id >= 0 && v.at >= start.at && v.at < end.at && !entered.has(v.id))
			entered.set(v.id, v.at);
	const inLoop = counted.filter((c) => c.at >= start.at && c.at < end.at);
	const latencies = inLoop.flatMap(({ at, code }) => {
		const shown = entered.get(texts.indexOf(code));
		return shown === undefined ? [] : [at - shown];
	});
	return { latencies, read: inLoop.length, seconds: (end.at - start.at) / 1000 };
}

/** Plays one clip into the page and returns what the page recorded over one loop and a bit. */
async function run(base: string, clip: string, clipWidth: number, phones: number): Promise<Run> {
	const browser = await launch(clip);
	try {
		const context = await browser.newContext({
			...devices['Desktop Chrome'],
			baseURL: base,
			locale: 'vi-VN',
			serviceWorkers: 'block',
		});
		await context.grantPermissions(['camera'], { origin: new URL(base).origin });
		const page = await context.newPage();
		await page.goto(PAGE);
		// The watcher goes on before the camera: it then sees the clip from its first frame.
		await page.locator('[data-cq-video]').evaluate(
			(video: HTMLVideoElement, { side: clipSide, bits, clipWidth }) => {
				const views: Array<{ id: number; at: number }> = [];
				Object.assign(window, { __views: views });
				const canvas = new OffscreenCanvas(bits, 1);
				const context = canvas.getContext('2d', { willReadFrequently: true })!;
				let last = -1;
				const watch = (now: number) => {
					// Chromium may scale the clip to the size the page asked for: marker squares scale too.
					const side = (clipSide * video.videoWidth) / clipWidth;
					// The middle half of each marker square, averaged into one pixel.
					for (let i = 0; i < bits; i++)
						context.drawImage(video, i * side + side / 4, side / 4, side / 2, side / 2, i, 0, 1, 1);
					const black = [...context.getImageData(0, 0, bits, 1).data]
						.filter((_, j) => j % 4 === 0)
						.map((v) => v < 128);
					const id = black[0]
						? black.slice(1).reduce((n, on, bit) => n + (on ? 1 << bit : 0), 0) - 1
						: -1;
					if (id !== last) views.push({ id, at: now });
					last = id;
					video.requestVideoFrameCallback(watch);
				};
				video.requestVideoFrameCallback(watch);
			},
			{ side: MARKER_SIDE, bits: MARKER_BITS, clipWidth }
		);
		await page.getByRole('button', { name: 'Bật camera' }).click();
		await page.waitForFunction(
			(n) => {
				const views = (window as unknown as { __views: Array<{ id: number }> }).__views;
				const last = views.findIndex((v) => v.id === n - 1);
				return last >= 0 && views.slice(last).some((v) => v.id === 0);
			},
			phones,
			{ timeout: 300_000, polling: 250 }
		);
		return await page.evaluate(() => ({
			views: (window as unknown as { __views: Run['views'] }).__views,
			counted: (
				document.querySelector('class-quiz-collect') as HTMLElement & { counted: Run['counted'] }
			).counted,
		}));
	} finally {
		await browser.close();
	}
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			dist: { type: 'string', default: 'dist' },
			phones: { type: 'string', default: '20' },
			width: { type: 'string', default: '1280' },
			height: { type: 'string', default: '720' },
		},
	});
	const dist = resolve(values.dist);
	if (!existsSync(join(dist, 'tap-huan/thu-ket-qua/index.html')))
		throw new Error(`${dist} has no tap-huan/thu-ket-qua/: build the site first`);
	const phones = Number(values.phones);
	const size = { width: Number(values.width), height: Number(values.height) };
	const server = await previewBuild(ROOT, dist);
	const base = server.url;
	try {
		// The set's version as the build has it, from one page load without a camera.
		const probe = await launch(null);
		const page = await probe.newPage({ baseURL: base });
		await page.goto(PAGE);
		const set = await builtSet(page);
		await probe.close();
		const texts = codes(set, phones);
		const images = await Promise.all(texts.map((t) => renderQrPng(t, { scale: 8 })));
		console.log(
			`Thu kết quả: ${phones} mã kết quả khác nhau (bộ ${set.id}, ${set.questionIds.length} câu), camera giả ${size.width}×${size.height} (tệp MJPEG soạn cho ${MJPEG_FPS} hình/giây)`
		);
		for (const pace of PACES) {
			const scenes = images.flatMap((image) => [
				{ image: null, frames: pace.gap },
				{ image, frames: pace.hold },
			]);
			const clip = await makeImageClip({
				scenes,
				...size,
				fill: 0.5,
				marker: true,
				out: join(ROOT, `.cache/class-quiz-bench/pace-${pace.hold}-${pace.gap}.mjpeg`),
			});
			const { latencies, read, seconds } = figures(
				texts,
				await run(base, clip, size.width, phones)
			);
			const frames = scenes.reduce((n, scene) => n + scene.frames, 0);
			console.log(
				`\nNhịp ${pace.name}: mỗi máy ${pace.hold} hình trong khung, ${pace.gap} hình trống giữa hai máy; camera giả phát ${(frames / seconds).toFixed(0)} hình/giây, tức ${(seconds / phones).toFixed(2)} s mỗi máy:`
			);
			console.log(
				`  từ lúc mã vào khung hình đến khi được đếm: trung vị ${quantile(latencies, 0.5).toFixed(0)} ms, p95 ${quantile(latencies, 0.95).toFixed(0)} ms (${latencies.length} mã)`
			);
			console.log(
				`  đọc được ${read}/${phones} máy trong ${seconds.toFixed(1)} s: ${((60 * read) / seconds).toFixed(0)} máy mỗi phút`
			);
		}
	} finally {
		await server.stop();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
