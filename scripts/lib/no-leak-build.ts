/**
 * npm test's second-province stage: builds the site from another province's locality files
 * (SITE_DATA_DIR) into its own folder, with its generated images, sample cards and training kit in
 * a separate public folder (PUBLIC_DIR) so public/ keeps the first province's, then checks its
 * links and that nothing in it names the first province (./no-leak.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dataFilePaths, loadContentData } from '../../src/lib/content-data/load.ts';
import { checkDistLinks } from './dist-links.ts';
import { leakTerms, scanDist, type LeakReport } from './no-leak.ts';

/** Folders under public/ that `npm run generate` writes; everything else there is copied as is. */
const GENERATED = new Set(['samples', 'infographics', 'tap-huan']);

export interface SecondProvinceResult {
	built: boolean;
	links: { checked: number; broken: string[] };
	leaks?: LeakReport;
	termCount: number;
}

export async function buildAndCheckSecondProvince(
	root: string,
	siteDataDir: string,
	outDir: string
): Promise<SecondProvinceResult> {
	const publicOut = join(root, '.cache', 'public-example');
	rmSync(publicOut, { recursive: true, force: true });
	mkdirSync(publicOut, { recursive: true });
	for (const name of readdirSync(join(root, 'public'))) {
		if (!GENERATED.has(name))
			cpSync(join(root, 'public', name), join(publicOut, name), { recursive: true });
	}
	const env = {
		...process.env,
		SITE_DATA_DIR: siteDataDir,
		PUBLIC_DIR: publicOut,
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	const step = (command: string, args: string[]) =>
		spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status === 0;
	const built =
		step('npm', ['run', '--silent', 'generate']) &&
		step(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir]);
	if (!built || !existsSync(outDir)) {
		return { built: false, links: { checked: 0, broken: ['build failed'] }, termCount: 0 };
	}
	const first = loadContentData(dataFilePaths(root, ''));
	const second = loadContentData(dataFilePaths(root, siteDataDir));
	const terms = leakTerms(first, second);
	// The first province's dispatch text may stay as a labelled reference document.
	const exemptPages =
		first.site.dispatch.page === second.site.dispatch.page ? [] : [first.site.dispatch.page];
	return {
		built,
		links: checkDistLinks(outDir, '/'),
		leaks: await scanDist(outDir, terms, { exemptPages }),
		termCount: terms.length,
	};
}
