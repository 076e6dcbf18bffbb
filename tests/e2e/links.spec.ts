import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkDistLinks, htmlFiles } from '../../scripts/lib/dist-links.ts';
import { DIST } from './site-map.ts';

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

test('every internal link, image and download in dist/ resolves', () => {
	const { checked, broken } = checkDistLinks(DIST, base);
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
