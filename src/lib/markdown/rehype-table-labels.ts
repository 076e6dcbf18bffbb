/**
 * Tables of three or more columns get the class `stack` and each cell a `data-label` with its
 * column heading, so site.css can show them as stacked cards on small phones (a three-column
 * table at 360 px otherwise squeezes to one word per line).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isElement = (node: ElementContent, tag: string): node is Element =>
	node.type === 'element' && node.tagName === tag;

/** The text of a cell, for its label. */
const textOf = (node: ElementContent): string =>
	node.type === 'text'
		? node.value
		: node.type === 'element'
			? node.children.map(textOf).join('')
			: '';

const rowsOf = (section: Element | undefined): Element[] =>
	section ? section.children.filter((child) => isElement(child, 'tr')) : [];

export function rehypeTableLabels() {
	return (tree: Root) => {
		visit(tree, 'element', (table: Element) => {
			if (table.tagName !== 'table') return;
			const head = table.children.find((child) => isElement(child, 'thead')) as Element | undefined;
			const labels = (rowsOf(head)[0]?.children ?? [])
				.filter((cell) => isElement(cell, 'th'))
				.map((cell) => textOf(cell).trim());
			if (labels.length < 3) return;
			const classes = table.properties['className'];
			table.properties['className'] = [...(Array.isArray(classes) ? classes : []), 'stack'];
			const body = table.children.find((child) => isElement(child, 'tbody')) as Element | undefined;
			for (const row of rowsOf(body)) {
				row.children
					.filter((cell) => isElement(cell, 'td') || isElement(cell, 'th'))
					.forEach((cell, index) => {
						const label = labels[index];
						if (label) (cell as Element).properties['dataLabel'] = label;
					});
			}
		});
	};
}
