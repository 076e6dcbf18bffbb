/**
 * What each page of "Tìm cách phù hợp" shows, built from the tree and the content data: the
 * question or the result, its links (root-relative; components add the base path), and the
 * frontmatter StarlightPage needs (title, description, reviewed, sources). DOM-free and fs-free:
 * the routes pass in `loadContentData()`'s methods and claims.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Method } from '../../schemas/method.ts';
import type { Source } from '../../schemas/source.ts';
import type { WithId } from '../content-data/index.ts';
import {
	CHOOSER_ROOT,
	REFUSAL_CLAIM,
	listPaths,
	nodeClaims,
	pathHref,
	plainText,
	validateTree,
	type ChooserPath,
	type ChooserTree,
	type QuestionNode,
	type ResultNode,
	type Rich,
} from './index.ts';
import { CHOOSER_REVIEWED, MAX_QUESTIONS } from './tree.ts';

/** The content data the pages read. */
export interface ChooserData {
	methods: ReadonlyArray<WithId<Method>>;
	claimById: ReadonlyMap<string, WithId<Claim>>;
}

/** Frontmatter passed to StarlightPage (checked there against src/schemas/page.ts). */
export interface ChooserFrontmatter {
	title: string;
	description: string;
	reviewed: string;
	sources: Source[];
	tableOfContents: false;
	prev: false;
	next: false;
	pagefind: boolean;
}

/** A method as a result names it. */
export interface MethodRef {
	number: number;
	shortTitle: string;
	/** "Cách 2 – Xuất trình thẻ căn cước". */
	name: string;
	href: string;
	/** Open question over the whole method (claim id and advice), if any. */
	caveat?: { claim: string; advice: string };
}

/** One answer already given, with the page to change it. */
export interface AnsweredStep {
	question: string;
	answer: string;
	changeHref: string;
}

export interface QuestionPage {
	kind: 'question';
	slug: string;
	href: string;
	/** 1 for the first question. */
	number: number;
	node: QuestionNode;
	answers: Array<{ id: string; label: string; hint?: string; href: string }>;
	backHref: string;
	frontmatter: ChooserFrontmatter;
}

export interface ResultPage {
	kind: 'result';
	slug: string;
	href: string;
	node: ResultNode;
	method: MethodRef;
	fallback: Array<{ method: MethodRef; when: Rich }>;
	answered: AnsweredStep[];
	backHref: string;
	frontmatter: ChooserFrontmatter;
}

export type ChooserPage = QuestionPage | ResultPage;

/** "Cách 2 – Xuất trình thẻ căn cước": the one name of a method on these pages. */
export function methodName(method: Pick<Method, 'number' | 'shortTitle'>): string {
	return `Cách ${method.number} – ${method.shortTitle}`;
}

/** The result page's heading. */
export function resultTitle(method: Pick<Method, 'number' | 'shortTitle'>): string {
	return `Cách phù hợp với bạn: ${methodName(method)}`;
}

/** "Câu 2" and the most there can be. */
export function stepLabel(number: number): string {
	return `Câu ${number}, tối đa ${MAX_QUESTIONS} câu`;
}

/**
 * The sources of these claims, each once: same address, or same title without one. A source with
 * no address whose title begins another source's title ("Nghị định 104/2022/NĐ-CP" beside
 * "Nghị định 104/2022/NĐ-CP (tóm tắt …)") is the same text and is left out.
 */
export function claimSources(
	claimIds: readonly string[],
	claimById: ChooserData['claimById']
): Source[] {
	const seen = new Set<string>();
	const sources: Source[] = [];
	for (const id of claimIds) {
		for (const source of claimById.get(id)?.sources ?? []) {
			const key = source.url ?? source.title;
			if (seen.has(key)) continue;
			seen.add(key);
			sources.push(source);
		}
	}
	return sources.filter(
		(source) =>
			source.url ||
			!sources.some((other) => other !== source && other.title.startsWith(source.title))
	);
}

function methodRef(methods: ChooserData['methods'], number: number): MethodRef {
	const method = methods.find((candidate) => candidate.number === number);
	if (!method) throw new Error(`Tìm cách phù hợp: không có Cách ${number} trong methods.yaml.`);
	return {
		number,
		shortTitle: method.shortTitle,
		name: methodName(method),
		href: `/${method.page}/`,
		...(method.caveat ? { caveat: method.caveat } : {}),
	};
}

function frontmatter(
	fields: { title: string; description: string; pagefind: boolean },
	claimIds: readonly string[],
	data: ChooserData
): ChooserFrontmatter {
	return {
		...fields,
		reviewed: CHOOSER_REVIEWED,
		sources: claimSources(claimIds, data.claimById),
		tableOfContents: false,
		prev: false,
		next: false,
	};
}

function backHref(path: ChooserPath): string {
	return path.steps.length === 0
		? CHOOSER_ROOT
		: pathHref(path.steps.slice(0, -1).map((step) => step.answer.id));
}

/** Every page of the journey, in listPaths order; throws if the tree is not sound. */
export function chooserPages(tree: ChooserTree, data: ChooserData): ChooserPage[] {
	const problems = validateTree(tree, {
		methodNumbers: new Set(data.methods.map((method) => method.number)),
		claimIds: new Set(data.claimById.keys()),
	});
	if (problems.length) {
		throw new Error(`Tìm cách phù hợp (src/lib/chooser/tree.ts):\n${problems.join('\n')}`);
	}
	return listPaths(tree).map((path): ChooserPage => {
		const ids = path.steps.map((step) => step.answer.id);
		const { node } = path;
		if (node.kind === 'question') {
			const number = path.steps.length + 1;
			return {
				kind: 'question',
				slug: path.slug,
				href: path.href,
				number,
				node,
				answers: node.answers.map((answer) => ({
					id: answer.id,
					label: answer.label,
					...(answer.hint ? { hint: answer.hint } : {}),
					href: pathHref([...ids, answer.id]),
				})),
				backHref: backHref(path),
				frontmatter: frontmatter(
					{
						title: node.question,
						description: `Câu ${number} của “Tìm cách phù hợp”: trả lời tối đa ${MAX_QUESTIONS} câu hỏi để biết nên dùng cách nào thay sổ hộ khẩu.`,
						pagefind: false,
					},
					nodeClaims(node),
					data
				),
			};
		}
		const method = methodRef(data.methods, node.method);
		return {
			kind: 'result',
			slug: path.slug,
			href: path.href,
			node,
			method,
			fallback: node.fallback.map((fallback) => ({
				method: methodRef(data.methods, fallback.method),
				when: fallback.when,
			})),
			answered: path.steps.map((step, index) => ({
				question: step.question.question,
				answer: step.answer.label,
				changeHref: pathHref(ids.slice(0, index)),
			})),
			backHref: backHref(path),
			frontmatter: frontmatter(
				{
					title: resultTitle(method),
					description: plainText(node.summary),
					// Search lands on the canonical pages; the journey starts from /tim-cach/.
					pagefind: false,
				},
				nodeClaims(node),
				data
			),
		};
	});
}

/** Claims the start page rests on. */
export const START_CLAIMS = ['nd104-khong-can-so-ho-khau', 'nd104-bon-kenh', REFUSAL_CLAIM];

/** The start page: its frontmatter and where "Bắt đầu" leads. */
export function startPage(data: ChooserData): {
	frontmatter: ChooserFrontmatter;
	firstHref: string;
} {
	return {
		firstHref: pathHref([]),
		frontmatter: frontmatter(
			{
				title: 'Tìm cách phù hợp với bạn',
				description:
					'Trả lời tối đa 3 câu hỏi để biết nên dùng cách nào thay sổ hộ khẩu, cần mang gì, và nói gì nếu nơi làm thủ tục vẫn đòi sổ hộ khẩu.',
				pagefind: true,
			},
			START_CLAIMS,
			data
		),
	};
}
