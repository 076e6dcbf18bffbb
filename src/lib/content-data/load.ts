/**
 * Node reader for the content data (build, scripts, tests). Reads `content/data/` of the project
 * root once per process and throws one ContentDataError listing every problem.
 *
 * SITE_DATA_DIR (optional) names a folder whose `site.yaml` and `contacts.yaml` replace the default
 * ones, so another province builds the same site from its own locality files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import {
	ContentDataError,
	DATA_FILE_NAMES,
	parseContentData,
	type ContentData,
	type DataFileName,
} from './index.ts';

/** Files a province may replace through SITE_DATA_DIR. */
const LOCALITY_FILES: ReadonlySet<DataFileName> = new Set(['site.yaml', 'contacts.yaml']);

/**
 * The project root: the nearest folder above the working directory that has `content/data`.
 * (Bundled code cannot rely on its own file location, so this starts from the working directory.)
 */
export function projectRoot(from: string = process.cwd()): string {
	let dir = resolve(from);
	for (;;) {
		if (existsSync(join(dir, 'content', 'data', 'methods.yaml'))) return dir;
		const parent = dirname(dir);
		if (parent === dir) throw new Error(`Không tìm thấy thư mục content/data từ ${from}.`);
		dir = parent;
	}
}

/** Where each data file is read from, honouring SITE_DATA_DIR for the locality files. */
export function dataFilePaths(
	root: string = projectRoot(),
	siteDataDir: string | undefined = process.env['SITE_DATA_DIR']
): Record<DataFileName, string> {
	const overlay = siteDataDir
		? isAbsolute(siteDataDir)
			? siteDataDir
			: join(root, siteDataDir)
		: undefined;
	const paths = {} as Record<DataFileName, string>;
	for (const file of DATA_FILE_NAMES) {
		const local = overlay && LOCALITY_FILES.has(file) ? join(overlay, file) : undefined;
		paths[file] = local && existsSync(local) ? local : join(root, 'content', 'data', file);
	}
	return paths;
}

/** The text of every data file. */
export function readDataTexts(paths: Record<DataFileName, string> = dataFilePaths()) {
	const texts = {} as Record<DataFileName, string>;
	for (const file of DATA_FILE_NAMES) texts[file] = readFileSync(paths[file], 'utf8');
	return texts;
}

let cached: { key: string; data: ContentData } | undefined;

/** All content data, validated; read once per process (per data location). */
export function loadContentData(
	paths: Record<DataFileName, string> = dataFilePaths()
): ContentData {
	const key = JSON.stringify(paths);
	if (cached?.key === key) return cached.data;
	const { data, problems } = parseContentData(readDataTexts(paths));
	if (!data) throw new ContentDataError(problems);
	cached = { key, data };
	return data;
}

/**
 * Where the generated sample cards, infographics and training kit go, and what Astro copies into the
 * site: PUBLIC_DIR when set (a second province built beside the first, see npm test), else public/.
 */
export function publicDir(root: string = projectRoot()): string {
	const dir = process.env['PUBLIC_DIR'];
	return dir ? resolve(root, dir) : join(root, 'public');
}
