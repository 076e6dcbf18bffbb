import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../../src/lib/content-data/load.ts';
import { readFrontmatter } from '../../../scripts/lib/infographics/data.ts';

const { methods } = loadContentData();
const page = (slug: string) =>
	readFileSync(join(import.meta.dirname, '../../../content/docs', `${slug}.mdx`), 'utf8');

describe('method pages', () => {
	for (const method of methods) {
		const text = page(method.page);
		it(`${method.page}: its title is the one short name of methods.yaml`, () => {
			expect(readFrontmatter(text)['title']).toBe(`Cách ${method.number}: ${method.shortTitle}`);
		});
		it(`${method.page}: the key facts come first, before any section`, () => {
			const body = text.replace(/^---[\s\S]*?\n---\n/, '');
			const facts = body.indexOf(`<MethodKeyFacts method={${method.number}} />`);
			expect(facts).toBeGreaterThan(-1);
			expect(facts).toBeLessThan(body.search(/^## /m));
		});
	}
});
