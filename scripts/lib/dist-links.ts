/**
 * Link check over a built site: every internal href/src in every HTML file must name a file in the
 * output folder. Starlight's own link validator cannot see content/ at the top level, and this also
 * covers links written by components, images and downloads. Used by the e2e suite and by npm test's
 * sub-path build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles, servedPath } from '../../src/lib/built-pages.ts';

export { htmlFiles };

function targetExists(distDir: string, base: string, pathname: string): boolean {
	if (!pathname.startsWith(base)) return false;
	const local = decodeURIComponent(pathname.slice(base.length));
	const file = join(distDir, local);
	if (local === '' || local.endsWith('/')) return existsSync(join(file, 'index.html'));
	return existsSync(file) || existsSync(join(file, 'index.html'));
}

/** Returns how many internal references were checked and which ones do not resolve. */
export function checkDistLinks(
	distDir: string,
	basePath: string
): { checked: number; broken: string[] } {
	const base = basePath.replace(/\/?$/, '/');
	const broken: string[] = [];
	let checked = 0;
	for (const file of htmlFiles(distDir)) {
		const html = readFileSync(file, 'utf8');
		const pageUrl = new URL(`http://site.test${base}${servedPath(file, distDir).slice(1)}`);
		for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
			const raw = (match[1] ?? '').replaceAll('&amp;', '&');
			// External links, tel:/mailto:, in-page anchors and protocol-relative URLs are not ours.
			if (/^(?:[a-z]+:|#|\/\/)/i.test(raw)) continue;
			checked++;
			if (!targetExists(distDir, base, new URL(raw, pageUrl).pathname)) {
				broken.push(`${relative(distDir, file)} → ${raw}`);
			}
		}
	}
	return { checked, broken };
}
