/**
 * Fills «placeholders» in page text with the province's words from site.yaml (see
 * src/lib/content-data/site-text.ts): text, link and image addresses, image descriptions and the
 * string attributes of components. An unknown placeholder stops the build, naming the page.
 * Frontmatter is filled by the docs collection's schema (src/content.config.ts), not here.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fillText, hasToken, unknownTokenMessage } from '../content-data/site-text.ts';

interface MdxAttribute {
	type: string;
	value?: unknown;
}

export function remarkSiteText(options: { tokens: ReadonlyMap<string, string> }) {
	const { tokens } = options;
	return (tree: Root, file: VFile) => {
		const unknown: string[] = [];
		const fill = (text: string) => {
			if (!hasToken(text)) return text;
			// A placeholder address with spaces is not a link to Markdown: it must be written <«…»>.
			if (text.includes('](«')) {
				throw new Error(
					`${file.path ?? 'Trang'}: viết địa chỉ liên kết dạng [chữ](<«trang công văn»>).`
				);
			}
			const result = fillText(text, tokens);
			unknown.push(...result.unknown);
			return result.text;
		};
		visit(tree, (node) => {
			if ('value' in node && typeof node.value === 'string' && node.type === 'text') {
				node.value = fill(node.value);
			}
			if ('url' in node && typeof node.url === 'string') node.url = fill(node.url);
			if ('alt' in node && typeof node.alt === 'string') node.alt = fill(node.alt);
			if ('title' in node && typeof node.title === 'string') node.title = fill(node.title);
			if ('attributes' in node && Array.isArray(node.attributes)) {
				for (const attribute of node.attributes as MdxAttribute[]) {
					if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
						attribute.value = fill(attribute.value);
					}
				}
			}
		});
		if (unknown.length) {
			throw new Error(`${file.path ?? 'Trang'}: ${unknown.map(unknownTokenMessage).join(' ')}`);
		}
	};
}
