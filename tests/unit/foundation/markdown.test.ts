import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { checkMethodSections, METHOD_SECTIONS } from '../../../src/lib/method-page.ts';
import { rehypeBaseLinks } from '../../../src/lib/markdown/rehype-base-links.ts';
import { rehypeTableLabels } from '../../../src/lib/markdown/rehype-table-labels.ts';
import { rehypeFaqDetails } from '../../../src/lib/markdown/rehype-faq-details.ts';
import { withBase } from '../../../src/lib/base-path.ts';

describe('method page structure', () => {
	test('a page with every section in order passes', () => {
		expect(checkMethodSections([...METHOD_SECTIONS, 'Xem thêm'])).toEqual([]);
	});

	test('a missing section is named', () => {
		const headings = METHOD_SECTIONS.filter((s) => s !== 'Căn cứ pháp lý');
		expect(checkMethodSections(headings)).toEqual(['thiếu mục "## Căn cứ pháp lý"']);
	});

	test('sections out of order are reported', () => {
		const [first, second, ...rest] = METHOD_SECTIONS;
		const problems = checkMethodSections([second, first, ...rest]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/theo thứ tự/);
	});

	test('decomposed (NFD) headings still match', () => {
		expect(checkMethodSections(METHOD_SECTIONS.map((s) => s.normalize('NFD')))).toEqual([]);
	});
});

describe('base path for root-relative links', () => {
	test.each([
		['/cach-3/', '/7cach', '/7cach/cach-3/'],
		['/7cach/cach-3/', '/7cach/', '/7cach/cach-3/'],
		['https://vneid.gov.vn/', '/7cach/', 'https://vneid.gov.vn/'],
		['#nguon', '/7cach/', '#nguon'],
		['//cdn.example/x', '/7cach/', '//cdn.example/x'],
		['/cach-3/', '/', '/cach-3/'],
	])('%s under base %s is %s', (href, base, expected) => {
		expect(withBase(href, base)).toBe(expected);
	});

	test('the rehype plugin rewrites href and src in the tree', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'a', properties: { href: '/tong-dai/' }, children: [] },
				{ type: 'element', tagName: 'img', properties: { src: '/samples/a.png' }, children: [] },
			],
		};
		rehypeBaseLinks({ base: '/7cach/' })(tree);
		const [link, image] = tree.children as Array<{ properties: Record<string, unknown> }>;
		expect(link?.properties['href']).toBe('/7cach/tong-dai/');
		expect(image?.properties['src']).toBe('/7cach/samples/a.png');
	});
});

describe('tables on small phones', () => {
	const cell = (tag: string, text: string) => ({
		type: 'element' as const,
		tagName: tag,
		properties: {},
		children: [{ type: 'text' as const, value: text }],
	});
	const table = (columns: string[]): Root => ({
		type: 'root',
		children: [
			{
				type: 'element',
				tagName: 'table',
				properties: {},
				children: [
					{
						type: 'element',
						tagName: 'thead',
						properties: {},
						children: [
							{
								type: 'element',
								tagName: 'tr',
								properties: {},
								children: columns.map((c) => cell('th', c)),
							},
						],
					},
					{
						type: 'element',
						tagName: 'tbody',
						properties: {},
						children: [
							{
								type: 'element',
								tagName: 'tr',
								properties: {},
								children: columns.map((c) => cell('td', `${c}!`)),
							},
						],
					},
				],
			},
		],
	});
	const props = (tree: Root, path: number[]) => {
		let node: unknown = tree;
		for (const index of path) node = (node as { children: unknown[] }).children[index];
		return (node as { properties: Record<string, unknown> }).properties;
	};

	test('a table of three columns is marked to stack, each cell labelled with its heading', () => {
		const tree = table(['Cách', 'Số C06', 'Kênh']);
		rehypeTableLabels()(tree);
		expect(props(tree, [0])['className']).toEqual(['stack']);
		expect(props(tree, [0, 1, 0, 2])['dataLabel']).toBe('Kênh');
	});

	test('a two-column table is left as it is', () => {
		const tree = table(['Từ', 'Nghĩa']);
		rehypeTableLabels()(tree);
		expect(props(tree, [0])['className']).toBeUndefined();
		expect(props(tree, [0, 1, 0, 0])['dataLabel']).toBeUndefined();
	});
});

describe('FAQ pages', () => {
	const el = (tagName: string, text = ''): Element => ({
		type: 'element',
		tagName,
		properties: {},
		children: text ? [{ type: 'text', value: text }] : [],
	});
	const faqTree = (): Root => ({
		type: 'root',
		children: [
			el('p', 'Mở đầu'),
			el('h2', 'Nhóm'),
			el('h3', 'Hỏi 1?'),
			el('p', 'Đáp 1'),
			el('ul'),
			el('h3', 'Hỏi 2?'),
			el('p', 'Đáp 2'),
			el('h2', 'Nhóm 2'),
		],
	});
	const tags = (nodes: Root['children']) =>
		nodes.map((n) => (n.type === 'element' ? n.tagName : n.type));

	test('each ### question and its answer become one details element, sections stay', () => {
		const tree = faqTree();
		rehypeFaqDetails()(tree, { data: { astro: { frontmatter: { faq: true } } } });
		expect(tags(tree.children)).toEqual(['p', 'h2', 'details', 'details', 'h2']);
		const [summary, answer] = (tree.children[2] as Element).children as Element[];
		expect(tags(summary!.children as Root['children'])).toEqual(['h3']);
		expect(tags(answer!.children as Root['children'])).toEqual(['p', 'ul']);
	});

	test('other pages are left alone', () => {
		const tree = faqTree();
		rehypeFaqDetails()(tree, { data: { astro: { frontmatter: {} } } });
		expect(tags(tree.children)).toEqual(['p', 'h2', 'h3', 'p', 'ul', 'h3', 'p', 'h2']);
	});
});
