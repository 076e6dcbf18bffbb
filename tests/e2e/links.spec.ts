import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './site-map.ts';

// Starlight's link validator cannot see content/ at the top level, so links are checked on the
// built output instead: every internal href/src in every page must name a file in dist/.
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

function targetExists(pathname: string): boolean {
	if (!pathname.startsWith(base)) return false;
	const local = decodeURIComponent(pathname.slice(base.length));
	const file = join(DIST, local);
	if (local === '' || local.endsWith('/')) return existsSync(join(file, 'index.html'));
	return existsSync(file) || existsSync(join(file, 'index.html'));
}

test('every internal link, image and download in dist/ resolves', () => {
	const broken: string[] = [];
	let checked = 0;
	for (const file of htmlFiles(DIST)) {
		const html = readFileSync(file, 'utf8');
		const pageUrl = new URL(
			`http://site.test${base}${relative(DIST, file).replace(/index\.html$/, '')}`
		);
		for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
			const raw = (match[1] ?? '').replaceAll('&amp;', '&');
			if (/^(?:[a-z]+:|#|\/\/)/i.test(raw) && !raw.startsWith('http://site.test')) continue;
			const url = new URL(raw, pageUrl);
			checked++;
			if (!targetExists(url.pathname)) broken.push(`${relative(DIST, file)} → ${raw}`);
		}
	}
	expect(checked).toBeGreaterThan(100);
	expect(broken).toEqual([]);
});

test('every phone link is a well-formed Vietnamese tel: link', () => {
	const bad: string[] = [];
	for (const file of htmlFiles(DIST)) {
		for (const match of readFileSync(file, 'utf8').matchAll(/href="tel:([^"]*)"/g)) {
			if (!/^(?:\+84[1-9]\d{8,9}|1[89]00\d{4,6}|11[1-5])$/.test(match[1] ?? '')) {
				bad.push(`${relative(DIST, file)}: tel:${match[1]}`);
			}
		}
	}
	expect(bad).toEqual([]);
});
