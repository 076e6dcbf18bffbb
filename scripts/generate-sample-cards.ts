/**
 * Writes the synthetic sample cards the site links to (public/samples/, gitignored, rebuilt by
 * `npm run samples`) and, with --degraded, photo-like variants for the decoder benchmark
 * (.cache/samples-degraded/). Deterministic: the same files on every run.
 *
 * Usage: node scripts/generate-sample-cards.ts [--degraded] [--out DIR] [--degraded-out DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCccdQr } from '../src/lib/cccd/parse.ts';
import { sampleCards, type SampleCard } from '../src/lib/cccd/synthetic.ts';
import { renderCardPng } from './lib/card-render.ts';
import { degradeCard } from './lib/degrade.ts';
import { renderQrPng } from './lib/qr-image.ts';
import { publicDir } from '../src/lib/content-data/load.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface SamplesJsonEntry {
	id: string;
	card: string;
	qr: string;
	description: string;
	cardGeneration: string;
	payload: string;
}

/** Renders the site-facing sample set into `outDir`; returns the written paths. */
export async function writeSamples(
	outDir: string
): Promise<{ files: string[]; cards: SampleCard[]; pngs: Buffer[] }> {
	mkdirSync(outDir, { recursive: true });
	const cards = sampleCards();
	const files: string[] = [];
	const pngs: Buffer[] = [];
	const entries: SamplesJsonEntry[] = [];
	for (const s of cards) {
		// Guard: a sample the decoder cannot parse cleanly would mislead every demo built on it.
		const parsed = parseCccdQr(s.payload, { today: new Date(Date.UTC(2026, 0, 1)) });
		if (!parsed.ok || parsed.warnings.length > 0)
			throw new Error(`Sample ${s.index} does not parse cleanly`);
		const id = `the-mau-${s.index}`;
		const cardPng = await renderCardPng(s.citizen, s.payload);
		const qrPng = await renderQrPng(s.payload, { scale: 6, margin: 4 });
		writeFileSync(join(outDir, `${id}.png`), cardPng);
		writeFileSync(join(outDir, `${id}-qr.png`), qrPng);
		files.push(join(outDir, `${id}.png`), join(outDir, `${id}-qr.png`));
		pngs.push(cardPng);
		entries.push({
			id,
			card: `${id}.png`,
			qr: `${id}-qr.png`,
			description: s.description,
			cardGeneration: s.citizen.cardGeneration,
			payload: s.payload,
		});
	}
	const json = {
		note: 'Dữ liệu giả: mọi họ tên, số và địa chỉ đều là mẫu minh họa, không thuộc về ai.',
		samples: entries,
	};
	writeFileSync(join(outDir, 'samples.json'), `${JSON.stringify(json, null, '\t')}\n`);
	files.push(join(outDir, 'samples.json'));
	return { files, cards, pngs };
}

/** Writes the degraded variants of every sample card into `outDir`. */
export async function writeDegraded(
	outDir: string,
	pngs: Buffer[],
	cards: SampleCard[]
): Promise<string[]> {
	mkdirSync(outDir, { recursive: true });
	const files: string[] = [];
	const expected: Record<string, string> = {};
	for (const [i, png] of pngs.entries()) {
		const card = cards[i]!;
		for (const d of await degradeCard(png, 1000 + card.index)) {
			const name = `the-mau-${card.index}-${d.name}.${d.ext}`;
			writeFileSync(join(outDir, name), d.buffer);
			expected[name] = card.payload;
			files.push(join(outDir, name));
		}
	}
	// The benchmark compares each decoded payload with this map.
	writeFileSync(join(outDir, 'expected.json'), `${JSON.stringify(expected, null, '\t')}\n`);
	files.push(join(outDir, 'expected.json'));
	return files;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			degraded: { type: 'boolean', default: false },
			out: { type: 'string', default: join(publicDir(ROOT), 'samples') },
			'degraded-out': { type: 'string', default: join(ROOT, '.cache/samples-degraded') },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(
			'Usage: node scripts/generate-sample-cards.ts [--degraded] [--out DIR] [--degraded-out DIR]'
		);
		return;
	}
	const t0 = performance.now();
	const { files, cards, pngs } = await writeSamples(resolve(values.out));
	if (values.degraded)
		files.push(...(await writeDegraded(resolve(values['degraded-out']), pngs, cards)));
	for (const f of files) console.log(`wrote ${relative(process.cwd(), f)}`);
	console.log(`${files.length} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((err: unknown) => {
		console.error(err);
		process.exit(1);
	});
}
