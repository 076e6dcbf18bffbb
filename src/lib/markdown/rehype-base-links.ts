/**
 * Prefixes root-relative links and images written in Markdown (`/cach-3/`) with the configured
 * base path, so the same content works at `/` and under a sub-path such as `/7cach/`.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../base-path.ts';

export function rehypeBaseLinks(options: { base?: string } = {}) {
	const base = options.base ?? '/';
	return (tree: Root) => {
		if (base === '/' || base === '') return;
		visit(tree, 'element', (node: Element) => {
			for (const attribute of ['href', 'src'] as const) {
				const value = node.properties[attribute];
				// Relative Markdown links resolve against the page itself: leave them alone.
				if (typeof value === 'string' && value.startsWith('/')) {
					node.properties[attribute] = withBase(value, base);
				}
			}
		});
	};
}
