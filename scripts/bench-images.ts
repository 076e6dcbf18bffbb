/**
 * Benchmark of the infographic generator (npm run bench:images): a cold run (empty cache) and a
 * warm run (everything cached), into a temporary folder so public/ and .cache/ are untouched.
 * Prints wall time, median time per rendered file, peak resident memory and total bytes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes } from '../src/lib/infographics/manifest.ts';
import { generate } from './lib/infographics/generate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bench-images-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
	peak = Math.max(peak, process.memoryUsage().rss);
}, 25);

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function run(label: string): Promise<void> {
	const times: Record<'png' | 'pdf', number[]> = { png: [], pdf: [] };
	const started = performance.now();
	const result = await generate({
		root,
		outDir: join(dir, 'out'),
		cacheDir: join(dir, 'cache'),
		onJob: ({ file, ms, rendered }) => {
			if (rendered) times[file.endsWith('.pdf') ? 'pdf' : 'png'].push(ms);
		},
	});
	const seconds = (performance.now() - started) / 1000;
	const perFile = [...times.png, ...times.pdf];
	console.log(
		`${label}: ${seconds.toFixed(1)} s, ${result.rendered} rendered, ${result.reused} reused, ` +
			`${result.manifest.files.length} files, ${formatBytes(result.totalBytes)}` +
			(perFile.length
				? `; median per file ${median(perFile).toFixed(0)} ms (PNG ${median(times.png).toFixed(0)} ms, PDF ${median(times.pdf).toFixed(0)} ms)`
				: '') +
			`; peak RSS so far ${mb(peak)}`
	);
}

try {
	await run('cold');
	await run('warm');
	const maxRss = process.resourceUsage().maxRSS * 1024;
	console.log(`peak memory: ${mb(Math.max(peak, maxRss))} (resident set size)`);
} finally {
	clearInterval(sampler);
	rmSync(dir, { recursive: true, force: true });
}
