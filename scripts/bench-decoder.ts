/**
 * Decoder benchmark (a script, not a timed test).
 *
 * Default suite, `photos`: generated phone photos of the synthetic ID cards (both generations)
 * under one condition each (glare, bending, perspective, blur, low light, occlusion, small codes…)
 * at three strengths, seeded (scripts/lib/bench-photos/). It prints the detection rate per
 * condition and strength for thorough, fast and zxing-wasm's default reader side by side, the mean
 * of the per-condition rates, the time per image (median, p95), and the same on a few 12-megapixel
 * photos.
 *
 * Other suites: `corpus` (the ZXing black-box photo corpus, four rotations each, plus jsQR and
 * @zxing/library), `degraded` (the older degraded sample cards), `frames` (per-frame time of fast
 * on 1920×1080 camera frames).
 *
 * Usage: node scripts/bench-decoder.ts [--suite photos,corpus,degraded,frames] [--per-cell N]
 *   [--big N] [--seed N] [--conditions a,b] [--corpus DIR] [--only NAME,...] [--lib DIR]
 *   --per-cell  photos per condition and strength (default 4; 20 for a bigger run)
 *   --big       12-megapixel photos for timing (default 6; 0 skips)
 *   --lib       read with readQrCodes from another copy of src/lib/cccd (before/after figures)
 *   --without   thorough without these passes (ablation: what each pass adds)
 *   --readers   only these of thorough, fast, zxing-wasm default
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
import {
	readQrCodes as currentReadQrCodes,
	runPasses,
	THOROUGH_PASSES,
	type ReadQrOptions,
	type RgbaImage as ReadRgba,
} from '../src/lib/cccd/read-qr.ts';
import { sampleCards } from '../src/lib/cccd/synthetic.ts';
import {
	CONDITIONS,
	benchPhoto,
	loadBenchCards,
	type Condition,
	type Strength,
} from './lib/bench-photos/photos.ts';
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

let readQrCodes = currentReadQrCodes;

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

const bytesAsUtf8 = new TextDecoder('utf-8', { fatal: false });

/** What each reader found, as UTF-8 text of the raw bytes (detection, not charset guessing). */
const PHOTO_DECODERS: Record<
	string,
	(img: RgbaImage & { data: Uint8ClampedArray }) => Promise<string[]>
> = {
	thorough: async (img) =>
		(await readQrCodes(img, { mode: 'thorough' })).map((c) => bytesAsUtf8.decode(c.bytes)),
	fast: async (img) =>
		(await readQrCodes(img, { mode: 'fast' })).map((c) => bytesAsUtf8.decode(c.bytes)),
	'zxing-wasm default': async (img) =>
		(await readBarcodes(img as ImageData)).map((r) => bytesAsUtf8.decode(r.bytes)),
};

interface Cell {
	condition: Condition;
	strength: Strength | 0;
	ok: Record<string, number>;
	times: Record<string, number[]>;
	n: number;
}

function seedOf(base: number, condition: string, strength: number, i: number): number {
	let h = base >>> 0;
	for (const ch of `${condition}/${strength}/${i}`)
		h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
	return h || 1;
}

function printPhotoTables(
	cells: Cell[],
	conditions: Condition[],
	names: string[],
	all: Record<string, number[]>,
	values: { perCell: number; seed: number }
): void {
	const pct = (ok: number, n: number) => `${((100 * ok) / n).toFixed(0)} %`;
	console.log(
		`\nGenerated phone photos of ID cards, 1600×1200, ${values.perCell} per cell (seed ${values.seed})`
	);
	console.log(
		`| condition | strength | ${names.join(' | ')} | ${names.map((n) => `${n} ms median/p95`).join(' | ')} |`
	);
	console.log(`|---|---|${names.map(() => '---|').join('')}${names.map(() => '---|').join('')}`);
	for (const c of cells) {
		console.log(
			`| ${c.condition} | ${c.strength || '–'} | ${names.map((n) => pct(c.ok[n]!, c.n)).join(' | ')} | ${names
				.map(
					(n) => `${median(c.times[n]!).toFixed(0)} / ${percentile(c.times[n]!, 0.95).toFixed(0)}`
				)
				.join(' | ')} |`
		);
	}
	// Per condition (strengths pooled), then the mean over conditions: each condition weighs the same.
	console.log(`\n| condition | ${names.join(' | ')} |`);
	console.log(`|---|${names.map(() => '---|').join('')}`);
	const means: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
	for (const condition of conditions) {
		const cs = cells.filter((c) => c.condition === condition);
		const n = cs.reduce((a, c) => a + c.n, 0);
		const rates = names.map((d) => cs.reduce((a, c) => a + c.ok[d]!, 0) / n);
		names.forEach((d, i) => means[d]!.push(rates[i]!));
		console.log(`| ${condition} | ${rates.map((r) => `${(100 * r).toFixed(1)} %`).join(' | ')} |`);
	}
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	console.log(
		`| **mean of conditions** | ${names.map((d) => `**${(100 * mean(means[d]!)).toFixed(1)} %**`).join(' | ')} |`
	);
	console.log(
		`| time per image, median / p95 ms | ${names.map((d) => `${median(all[d]!).toFixed(0)} / ${percentile(all[d]!, 0.95).toFixed(0)}`).join(' | ')} |`
	);
}

async function photos(values: {
	readers: string[] | undefined;
	perCell: number;
	big: number;
	seed: number;
	conditions: string | undefined;
}): Promise<void> {
	const names = Object.keys(PHOTO_DECODERS).filter(
		(n) => !values.readers || values.readers.includes(n)
	);
	const cards = await loadBenchCards();
	const conditions = values.conditions
		? (values.conditions.split(',') as Condition[])
		: [...CONDITIONS];
	for (const c of conditions)
		if (!CONDITIONS.includes(c)) throw new Error(`Unknown condition ${c}`);
	const cells: Cell[] = [];
	const all: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
	// Warm-up outside the measurement: wasm instantiation and JIT.
	const warm = await benchPhoto(cards[0]!, 'clean', 1, 1);
	for (const n of names) await PHOTO_DECODERS[n]!(warm);
	const t0 = performance.now();
	for (const condition of conditions) {
		for (const strength of condition === 'clean' ? ([0] as const) : ([1, 2, 3] as const)) {
			const cell: Cell = {
				condition,
				strength,
				n: 0,
				ok: Object.fromEntries(names.map((n) => [n, 0])),
				times: Object.fromEntries(names.map((n) => [n, []])),
			};
			for (let i = 0; i < values.perCell; i++) {
				const card = cards[i % cards.length]!;
				const img = await benchPhoto(
					card,
					condition,
					strength || 1,
					seedOf(values.seed, condition, strength, i)
				);
				cell.n++;
				for (const n of names) {
					const t = performance.now();
					const texts = await PHOTO_DECODERS[n]!(img);
					const dt = performance.now() - t;
					cell.times[n]!.push(dt);
					all[n]!.push(dt);
					if (texts.includes(card.payload)) cell.ok[n]!++;
				}
			}
			cells.push(cell);
			process.stderr.write(
				`\r${condition} ${strength} done (${((performance.now() - t0) / 1000).toFixed(0)} s)   `
			);
		}
	}
	process.stderr.write('\n');
	if (values.perCell > 0) printPhotoTables(cells, conditions, names, all, values);

	if (values.big > 0) {
		// 12 MP (4000×3000), the size of a phone's photo: the cost of thorough on a real upload.
		const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
		const ok: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
		// Easy and hard cases in turn: thorough's tail comes from photos where every pass runs.
		const bigCases: [Condition, Strength][] = [
			['clean', 1],
			['glare-spot', 3],
			['focus-blur', 3],
			['motion-blur', 3],
			['bright-spots', 3],
			['far', 2],
		];
		for (let i = 0; i < values.big; i++) {
			const card = cards[i % cards.length]!;
			const [condition, strength] = bigCases[i % bigCases.length]!;
			const img = await benchPhoto(
				card,
				condition,
				strength,
				seedOf(values.seed, `big-${condition}`, strength, i),
				{ width: 4000, height: 3000 }
			);
			for (const n of names) {
				const t = performance.now();
				const texts = await PHOTO_DECODERS[n]!(img);
				times[n]!.push(performance.now() - t);
				if (texts.includes(card.payload)) ok[n]!++;
			}
		}
		console.log(
			`\n12-megapixel photos (4000×3000): ${bigCases.map(([c, s]) => `${c} ${s}`).join(', ')}, in turn`
		);
		console.log(`| decoder | read | median ms/image | p95 ms/image |`);
		console.log('|---|---|---|---|');
		for (const n of names) {
			console.log(
				`| ${n} | ${ok[n]}/${values.big} | ${median(times[n]!).toFixed(0)} | ${percentile(times[n]!, 0.95).toFixed(0)} |`
			);
		}
	}
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			suite: { type: 'string', default: 'photos' },
			'per-cell': { type: 'string', default: '4' },
			big: { type: 'string', default: '6' },
			seed: { type: 'string', default: '16' },
			conditions: { type: 'string' },
			corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus/qr-photos') },
			frames: { type: 'boolean', default: false },
			'frames-only': { type: 'boolean', default: false },
			only: { type: 'string' },
			lib: { type: 'string' },
			readers: { type: 'string' },
			without: { type: 'string' },
		},
	});
	configureZxingForNode();
	if (values.lib) {
		// Another copy of the decoder (e.g. `git archive` of an older commit): its own zxing adapter
		// must be configured too, as it keeps its own "configured" flag.
		const dir = resolve(values.lib);
		const zx = (await import(join(dir, 'zxing.ts'))) as typeof import('../src/lib/cccd/zxing.ts');
		const { createRequire } = await import('node:module');
		const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
		zx.configureZxing({ wasmBinary: readFileSync(wasm) });
		readQrCodes = (
			(await import(join(dir, 'read-qr.ts'))) as typeof import('../src/lib/cccd/read-qr.ts')
		).readQrCodes;
		console.log(`Decoder from ${dir}`);
	}
	const suites = values.frames || values['frames-only'] ? ['frames'] : values.suite.split(',');
	if (values.frames && !values['frames-only']) suites.unshift('corpus', 'degraded');
	if (values.without) {
		// Ablation: thorough without the named passes, to see what each one adds.
		const skip = values.without.split(',');
		for (const n of skip) {
			if (!THOROUGH_PASSES.some((p) => p.name === n)) throw new Error(`Unknown pass ${n}`);
		}
		const passes = THOROUGH_PASSES.filter((p) => !skip.includes(p.name));
		readQrCodes = (image: ReadRgba, options: ReadQrOptions = {}) =>
			options.mode === 'fast'
				? currentReadQrCodes(image, options)
				: runPasses(image, passes, { collect: true });
		console.log(`Thorough without ${skip.join(', ')}`);
	}
	if (suites.includes('photos')) {
		await photos({
			readers: values.readers?.split(','),
			perCell: Number(values['per-cell']),
			big: Number(values.big),
			seed: Number(values.seed),
			conditions: values.conditions,
		});
	}
	const names = values.only ? values.only.split(',') : Object.keys(DECODERS);
	for (const n of names) if (!DECODERS[n]) throw new Error(`Unknown decoder ${n}`);
	if (suites.includes('corpus')) {
		const corpus = resolve(values.corpus);
		if (existsSync(corpus)) {
			printTable(
				`Corpus ${corpus} (4 rotations per image)`,
				await run(await corpusCases(corpus), names)
			);
		} else {
			console.error(`Corpus not found: ${corpus} (use --corpus DIR)`);
		}
	}
	if (suites.includes('degraded')) {
		printTable(
			'Degraded synthetic cards (.cache/samples-degraded)',
			await run(await degradedCases(), names)
		);
	}
	if (suites.includes('frames')) await frames(24);
}

await main();
