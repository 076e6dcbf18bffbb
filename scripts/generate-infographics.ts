/**
 * Generates the campaign images, print PDFs, Open Graph images, manifest and ZIP into
 * public/infographics/ from content/data and content/docs. Run before `astro build`:
 *
 *   npm run infographics            # prints "N rendered, M reused"
 *   npm run infographics -- --verbose
 *
 * Unchanged files come from .cache/infographics/ (keyed by a hash of everything that shapes them).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes } from '../src/lib/infographics/manifest.ts';
import { generate } from './lib/infographics/generate.ts';
import { publicDir } from '../src/lib/content-data/load.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');
const started = performance.now();
try {
	const result = await generate({
		root,
		outDir: join(publicDir(root), 'infographics'),
		cacheDir: join(root, '.cache/infographics'),
		...(verbose ? { log: (line: string) => console.log(line) } : {}),
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`infographics: ${result.rendered} rendered, ${result.reused} reused, ` +
			`${result.manifest.files.length} files, ${formatBytes(result.totalBytes)} in ${seconds} s`
	);
} catch (error) {
	console.error(`infographics: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
