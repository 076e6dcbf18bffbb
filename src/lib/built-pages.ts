/**
 * The HTML files of a built site and the paths they are served at. One walk for everything that
 * reads the build afterwards: the search index, the CSP hashes, the link and no-leak checks.
 * Node only (reads the output folder).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every `.html` file under `dir`, at any depth. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The path a built file is served at, without the base: `cach-2/index.html` → `/cach-2/`. */
export function servedPath(file: string, distDir: string): string {
	const path = relative(distDir, file).split(sep).join('/');
	return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
