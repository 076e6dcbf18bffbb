import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { pageFields, refineGuidance } from '../../../src/schemas/page.ts';
import { loadContentData } from '../../../src/lib/content-data/load.ts';
import { fillValue, siteTokens } from '../../../src/lib/content-data/site-text.ts';

const docsDir = join(import.meta.dirname, '..', '..', '..', 'content', 'docs');
const schema = refineGuidance(pageFields.passthrough());

function pages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return pages(path);
		return /\.mdx?$/.test(name) ? [path] : [];
	});
}

/** The frontmatter as the docs collection validates it: «placeholders» filled from site.yaml. */
function frontmatter(file: string): unknown {
	const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
	const tokens = siteTokens(loadContentData().site);
	return match ? fillValue(load(match[1] ?? ''), tokens, () => {}) : {};
}

describe('page frontmatter', () => {
	test('every guidance page says when it was reviewed and what its sources are', () => {
		const problems = pages(docsDir).flatMap((file) => {
			const result = schema.safeParse(frontmatter(file));
			return result.success
				? []
				: result.error.issues.map(
						(i) => `${relative(docsDir, file)} › ${i.path.join('.')}: ${i.message}`
					);
		});
		expect(problems).toEqual([]);
	});

	test('a guidance page without reviewed or sources is rejected, naming both fields', () => {
		const result = schema.safeParse({ title: 'Trang thử' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['reviewed', 'sources']);
	});

	test('a utility page may leave them out', () => {
		expect(schema.safeParse({ title: 'Tìm kiếm', kind: 'utility' }).success).toBe(true);
	});
});
