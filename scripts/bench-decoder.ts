/**
 * Decoder benchmark (a script, not a timed test): how many cases each decoder reads correctly and
 * the median time per image, on the ZXing black-box photo corpus (four rotations each) and on the
 * degraded synthetic cards; with --frames, the per-frame time of `fast` on 1920×1080 camera frames.
 *
 * Usage: node scripts/bench-decoder.ts [--corpus DIR] [--frames] [--frames-only] [--only NAME,...]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
	BarcodeFormat,
	BinaryBitmap,
	DecodeHintType,
	HybridBinarizer,
	MultiFormatReader,
	RGBLuminanceSource,
} from '@zxing/library';
import jsQR from 'jsqr';
import { readBarcodes } from 'zxing-wasm/reader';
import { toGray, type RgbaImage } from '../src/lib/cccd/image.ts';
import { readQrCodes } from '../src/lib/cccd/read-qr.ts';
import { sampleCards } from '../src/lib/cccd/synthetic.ts';
import { renderCardPng } from './lib/card-render.ts';
import { cameraFrame } from './lib/degrade.ts';
import { loadRgba, rotateRgba } from './lib/load-image.ts';
import { configureZxingForNode } from './lib/zxing-node.ts';
import { writeDegraded, writeSamples } from './generate-sample-cards.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Case {
	name: string;
	image: RgbaImage & { data: Uint8ClampedArray };
	expected: string;
}

type Decoder = (img: RgbaImage & { data: Uint8ClampedArray }) => Promise<string[]>;

const utf8 = new TextDecoder();

const zxingLibReader = new MultiFormatReader();
const zxingLibHints = new Map<DecodeHintType, unknown>([
	[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
	[DecodeHintType.TRY_HARDER, true],
]);
zxingLibReader.setHints(zxingLibHints);

const DECODERS: Record<string, Decoder> = {
	fast: async (img) => (await readQrCodes(img, { mode: 'fast' })).map((c) => c.text),
	thorough: async (img) => (await readQrCodes(img, { mode: 'thorough' })).map((c) => c.text),
	'zxing-wasm default': async (img) => (await readBarcodes(img as ImageData)).map((r) => r.text),
	jsQR: async (img) => {
		const r = jsQR(img.data, img.width, img.height);
		if (!r) return [];
		// jsQR's own text guesses the charset; compare what it would give a careful caller too.
		const bytes = utf8.decode(new Uint8Array(r.binaryData));
		return [r.data, bytes];
	},
	'@zxing/library TRY_HARDER': async (img) => {
		const gray = toGray(img);
		const source = new RGBLuminanceSource(
			new Uint8ClampedArray(gray.data.buffer),
			img.width,
			img.height
		);
		try {
			return [
				zxingLibReader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source))).getText(),
			];
		} catch {
			return [];
		}
	},
};

function percentile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function corpusCases(dir: string): Promise<Case[]> {
	const cases: Case[] = [];
	for (const sub of readdirSync(dir)
		.filter((d) => d.startsWith('qrcode-'))
		.sort()) {
		for (const f of readdirSync(join(dir, sub))
			.filter((f) => /\.(png|jpe?g)$/i.test(f))
			.sort()) {
			const expected = readFileSync(join(dir, sub, f.replace(/\.[^.]+$/, '.txt')), 'utf8');
			const img = await loadRgba(join(dir, sub, f));
			for (const deg of [0, 90, 180, 270] as const) {
				cases.push({ name: `${sub}/${f}@${deg}`, image: rotateRgba(img, deg), expected });
			}
		}
	}
	return cases;
}

async function degradedCases(): Promise<Case[]> {
	const dir = join(ROOT, '.cache/samples-degraded');
	if (!existsSync(join(dir, 'expected.json'))) {
		console.error('Generating degraded samples in .cache/samples-degraded …');
		const { cards, pngs } = await writeSamples(join(ROOT, '.cache/samples-bench'));
		await writeDegraded(dir, pngs, cards);
	}
	const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
		string,
		string
	>;
	const cases: Case[] = [];
	for (const [file, payload] of Object.entries(expected)) {
		cases.push({ name: file, image: await loadRgba(join(dir, file)), expected: payload });
	}
	return cases;
}

interface Row {
	decoder: string;
	ok: number;
	total: number;
	medianMs: number;
	/** Thorough mode only pays for its later passes on hard images: the tail shows that cost. */
	p95Ms: number;
}

async function run(cases: Case[], names: string[]): Promise<Row[]> {
	const rows: Row[] = [];
	for (const name of names) {
		const decode = DECODERS[name]!;
		// Warm-up: instantiate wasm and JIT outside the measurement.
		await decode(cases[0]!.image);
		const times: number[] = [];
		let ok = 0;
		for (const c of cases) {
			const t0 = performance.now();
			const texts = await decode(c.image);
			times.push(performance.now() - t0);
			if (texts.includes(c.expected)) ok++;
		}
		rows.push({
			decoder: name,
			ok,
			total: cases.length,
			medianMs: median(times),
			p95Ms: percentile(times, 0.95),
		});
	}
	return rows;
}

function printTable(title: string, rows: Row[]): void {
	const base = rows.find((r) => r.decoder === 'zxing-wasm default');
	console.log(`\n${title}`);
	console.log(
		'| decoder | read correctly | % | median ms/image | p95 ms/image | time vs zxing-wasm default |'
	);
	console.log('|---|---|---|---|---|---|');
	for (const r of rows) {
		const ratio = base ? (r.medianMs / base.medianMs).toFixed(2) + '×' : '–';
		console.log(
			`| ${r.decoder} | ${r.ok}/${r.total} | ${((100 * r.ok) / r.total).toFixed(1)} % | ${r.medianMs.toFixed(2)} | ${r.p95Ms.toFixed(1)} | ${ratio} |`
		);
	}
}

async function frames(count: number): Promise<void> {
	const cards = sampleCards();
	const times: number[] = [];
	let ok = 0;
	for (let i = 0; i < count; i++) {
		const s = cards[i % cards.length]!;
		const frame = await cameraFrame(await renderCardPng(s.citizen, s.payload), 500 + i);
		await readQrCodes(frame, { mode: 'fast' });
		const t0 = performance.now();
		const codes = await readQrCodes(frame, { mode: 'fast' });
		times.push(performance.now() - t0);
		if (codes.some((c) => c.text === s.payload)) ok++;
	}
	const empty = {
		data: new Uint8ClampedArray(1920 * 1080 * 4).fill(90),
		width: 1920,
		height: 1080,
	};
	const emptyTimes: number[] = [];
	for (let i = 0; i < 10; i++) {
		const t0 = performance.now();
		await readQrCodes(empty, { mode: 'fast' });
		emptyTimes.push(performance.now() - t0);
	}
	console.log(`\nCamera frames 1920×1080 (card in the guide box), mode fast`);
	console.log(`| frames | read | median ms/frame (code present) | median ms/frame (no code) |`);
	console.log('|---|---|---|---|');
	console.log(
		`| ${count} | ${ok}/${count} | ${median(times).toFixed(1)} | ${median(emptyTimes).toFixed(1)} |`
	);
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus/qr-photos') },
			frames: { type: 'boolean', default: false },
			'frames-only': { type: 'boolean', default: false },
			only: { type: 'string' },
		},
	});
	configureZxingForNode();
	const names = values.only ? values.only.split(',') : Object.keys(DECODERS);
	for (const n of names) if (!DECODERS[n]) throw new Error(`Unknown decoder ${n}`);
	if (!values['frames-only']) {
		const corpus = resolve(values.corpus);
		if (existsSync(corpus)) {
			printTable(
				`Corpus ${corpus} (4 rotations per image)`,
				await run(await corpusCases(corpus), names)
			);
		} else {
			console.error(`Corpus not found: ${corpus} (use --corpus DIR)`);
		}
		printTable(
			'Degraded synthetic cards (.cache/samples-degraded)',
			await run(await degradedCases(), names)
		);
	}
	if (values.frames || values['frames-only']) await frames(24);
}

await main();
