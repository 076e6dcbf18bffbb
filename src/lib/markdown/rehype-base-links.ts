/**
 * Prefixes root-relative links and images written in Markdown (`/cach-3/`) with the configured
 * base path, so the same content works at `/` and under a sub-path such as `/7cach/`.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Returns `href` under `base` when it is root-relative and not already under it. */
export function withBase(href: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
	if (href === prefix || href.startsWith(`${prefix}/`)) return href;
	return `${prefix}${href}`;
}

export function rehypeBaseLinks(options: { base?: string } = {}) {
	const base = options.base ?? '/';
	return (tree: Root) => {
		if (base === '/' || base === '') return;
		visit(tree, 'element', (node: Element) => {
			for (const attribute of ['href', 'src'] as const) {
				const value = node.properties[attribute];
				if (typeof value === 'string') node.properties[attribute] = withBase(value, base);
			}
		});
	};
}
