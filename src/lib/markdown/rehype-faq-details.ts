/**
 * On pages whose frontmatter says `faq: true`, every `###` question and the answer under it become
 * one `<details>`: a 5,000-pixel column of open answers turns into a list of questions. The
 * heading keeps its id inside the summary, so search results and links still land on the question
 * (FaqOpener.astro opens the one that is linked).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

interface AstroFile {
	data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const isHeading = (node: RootContent | ElementContent, level: number): node is Element =>
	node.type === 'element' && node.tagName === `h${level}`;
const isSectionEnd = (node: RootContent | ElementContent): boolean =>
	[1, 2, 3].some((level) => isHeading(node, level));

/** Wraps each h3 and what follows it (up to the next h1–h3) in a details element. */
export function wrapQuestions(
	children: Array<RootContent | ElementContent>
): Array<RootContent | ElementContent> {
	const out: Array<RootContent | ElementContent> = [];
	for (let i = 0; i < children.length; i++) {
		const node = children[i]!;
		if (!isHeading(node, 3)) {
			out.push(node);
			continue;
		}
		const answer: ElementContent[] = [];
		while (i + 1 < children.length && !isSectionEnd(children[i + 1]!)) {
			answer.push(children[++i] as ElementContent);
		}
		out.push({
			type: 'element',
			tagName: 'details',
			properties: { className: ['faq-item'] },
			children: [
				{ type: 'element', tagName: 'summary', properties: {}, children: [node] },
				{
					type: 'element',
					tagName: 'div',
					properties: { className: ['faq-answer'] },
					children: answer,
				},
			],
		});
	}
	return out;
}

export function rehypeFaqDetails() {
	return (tree: Root, file: AstroFile) => {
		if (file.data.astro?.frontmatter?.['faq'] !== true) return;
		tree.children = wrapQuestions(tree.children) as RootContent[];
	};
}
