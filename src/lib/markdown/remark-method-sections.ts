/**
 * Build-time guard: a page whose frontmatter has `method: n` must carry every section of
 * METHOD_SECTIONS in order, so all seven method pages keep the same shape as editors change them.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkMethodSections } from '../method-page.ts';

interface AstroFileData {
	astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkMethodSections() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data as AstroFileData).astro?.frontmatter;
		if (typeof frontmatter?.['method'] !== 'number') return;
		const headings: string[] = [];
		visit(tree, 'heading', (node: Heading) => {
			if (node.depth === 2) headings.push(toString(node));
		});
		const problems = checkMethodSections(headings);
		if (problems.length) {
			throw new Error(
				`Trang phương thức ${file.path ?? ''} (method: ${String(frontmatter['method'])}) ${problems.join('; ')}.`
			);
		}
	};
}
