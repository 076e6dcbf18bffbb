/**
 * Builds the workshop kit for trainers: public/tap-huan/bo-tai-lieu-tap-huan.zip and a JSON
 * manifest listing what is inside. The kit is for rooms with poor Wi-Fi, so everything in it
 * works offline: PDF handouts and slide decks generated here from the same data files as the
 * pages (training-modules, questions, scenarios, methods), the posters from `npm run
 * infographics` and the sample cards from `npm run samples` (whatever of those exists).
 *
 * The work is in scripts/lib/training-kit/ (text, PDF writer, data, documents, files, ZIP).
 *
 * Run after the infographics and sample cards, before `astro build` (public/ is copied then):
 *   node scripts/build-training-kit.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { publicDir } from '../src/lib/content-data/load.ts';
import { buildKit, MANIFEST_NAME, ZIP_NAME } from './lib/training-kit/build.ts';
import { loadKitData } from './lib/training-kit/data.ts';

// The wrapper and print links are tested through this file's exports (tests/unit/training/).
export { printedUrl, wrapText } from './lib/training-kit/text.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT_DIR = join(publicDir(ROOT), 'tap-huan');

async function main(): Promise<void> {
	const started = Date.now();
	const { zip, manifest } = await buildKit(loadKitData(ROOT), ROOT);
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(join(OUT_DIR, ZIP_NAME), zip);
	writeFileSync(join(OUT_DIR, MANIFEST_NAME), `${JSON.stringify(manifest, null, '\t')}\n`);
	console.log(
		`Bộ tài liệu tập huấn: ${relative(ROOT, join(OUT_DIR, ZIP_NAME))} (${manifest.files.length} tệp, ${Math.round(zip.length / 1024)} KB) trong ${Date.now() - started} ms.`
	);
	for (const item of manifest.missing) console.log(`  Chưa có: ${item}`);
}

if (import.meta.main) {
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
