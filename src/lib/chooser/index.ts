/**
 * Pure functions over the "Tìm cách phù hợp" tree (./tree.ts): walk every path, check the tree,
 * name each page. Each path from the first question gets its own static page, so the journey
 * works with plain links, without JavaScript, and "Quay lại" always knows the previous page.
 * DOM-free and fs-free.
 */
import type { Answer, ChooserNode, ChooserTree, QuestionNode, ResultNode, Rich } from './types.ts';
import { MAX_QUESTIONS } from './tree.ts';

export type * from './types.ts';

/** Where the journey lives (root-relative, before the base path). */
export const CHOOSER_ROOT = '/tim-cach/';

/** Path segment of the first question's page, under CHOOSER_ROOT. */
export const FIRST_SEGMENT = 'cau-hoi';

/** Answer ids are URL segments: lower-case ASCII words joined by "-". */
const SEGMENT_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The claim every result's "if refused" text must state. */
export const REFUSAL_CLAIM = 'chi-doi-giay-khi-khong-tra-duoc';

// ── Inline markup ─────────────────────────────────────────────────────────────────────────

/** A piece of rich text: plain words, a site link, or a fact from claims.yaml. */
export type Segment =
	{ text: string } | { text: string; href: string } | { text: string; claim: string };

const MARKUP = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits `[words](/path/)` links and `[words](claim:id)` facts out of the text. */
export function parseRich(text: Rich): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(MARKUP)) {
		const [whole, words = '', target = ''] = match;
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		segments.push(
			target.startsWith('claim:')
				? { text: words, claim: target.slice('claim:'.length) }
				: { text: words, href: target }
		);
		last = match.index + whole.length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}

/** The words a reader sees, without markup (for descriptions and tests). */
export function plainText(text: Rich): string {
	return parseRich(text)
		.map((segment) => segment.text)
		.join('');
}

/** Claim ids a text names. */
export function richClaims(text: Rich): string[] {
	return parseRich(text).flatMap((segment) => ('claim' in segment ? [segment.claim] : []));
}

/** Link targets a text names. */
export function richLinks(text: Rich): string[] {
	return parseRich(text).flatMap((segment) => ('href' in segment ? [segment.href] : []));
}

/** Every rich text of a node, in reading order. */
export function nodeTexts(node: ChooserNode): Rich[] {
	if (node.kind === 'question') return node.hint ? [node.hint] : [];
	return [
		node.summary,
		...(node.first ?? []),
		...node.steps,
		...node.bring,
		...node.ifRefused,
		...node.fallback.map((fallback) => fallback.when),
		...(node.notes ?? []),
	];
}

/** Claims a node rests on: its `basis`, then those its text names; each once. */
export function nodeClaims(node: ChooserNode): string[] {
	return [...new Set([...node.basis, ...nodeTexts(node).flatMap(richClaims)])];
}

// ── Paths and pages ───────────────────────────────────────────────────────────────────────

/** One answered question on the way to a page. */
export interface ChooserStep {
	question: QuestionNode;
	answer: Answer;
}

/** One page of the journey: the answers that lead to it and the node it shows. */
export interface ChooserPath {
	steps: ChooserStep[];
	node: ChooserNode;
	/** Route parameter under CHOOSER_ROOT, e.g. "cau-hoi/co-the/khong-vneid". */
	slug: string;
	/** Root-relative address, e.g. "/tim-cach/cau-hoi/co-the/khong-vneid/". */
	href: string;
}

/** Route parameter of the page reached by these answers. */
export function pathSlug(answerIds: readonly string[]): string {
	return [FIRST_SEGMENT, ...answerIds].join('/');
}

/** Root-relative address of the page reached by these answers ([] = the first question). */
export function pathHref(answerIds: readonly string[]): string {
	return `${CHOOSER_ROOT}${pathSlug(answerIds)}/`;
}

/** The node reached by giving these answers from the first question, if they exist. */
export function followAnswers(
	tree: ChooserTree,
	answerIds: readonly string[]
): ChooserNode | undefined {
	let node = tree.nodes[tree.start];
	for (const id of answerIds) {
		if (node?.kind !== 'question') return undefined;
		const answer = node.answers.find((candidate) => candidate.id === id);
		node = answer ? tree.nodes[answer.next] : undefined;
	}
	return node;
}

/**
 * Every page of the journey, depth first in answer order: the first question, then each answer's
 * page. A path stops at a result, at a missing node and at a node already on it (validateTree
 * reports those), so this ends even on a broken tree.
 */
export function listPaths(tree: ChooserTree): ChooserPath[] {
	const paths: ChooserPath[] = [];
	const visit = (node: ChooserNode | undefined, steps: ChooserStep[], seen: Set<string>) => {
		if (!node || seen.has(node.id)) return;
		const ids = steps.map((step) => step.answer.id);
		paths.push({ steps, node, slug: pathSlug(ids), href: pathHref(ids) });
		if (node.kind !== 'question') return;
		const inPath = new Set(seen).add(node.id);
		for (const answer of node.answers) {
			visit(tree.nodes[answer.next], [...steps, { question: node, answer }], inPath);
		}
	};
	visit(tree.nodes[tree.start], [], new Set());
	return paths;
}

/** Only the result pages. */
export function resultPaths(tree: ChooserTree): Array<ChooserPath & { node: ResultNode }> {
	return listPaths(tree).filter(
		(path): path is ChooserPath & { node: ResultNode } => path.node.kind === 'result'
	);
}

/** Most questions answered on the way to any result. */
export function maxQuestions(tree: ChooserTree): number {
	return Math.max(0, ...resultPaths(tree).map((path) => path.steps.length));
}

// ── Checks ────────────────────────────────────────────────────────────────────────────────

export interface TreeContext {
	/** Method numbers in content/data/methods.yaml. */
	methodNumbers: ReadonlySet<number>;
	/** Claim ids in content/data/claims.yaml; when given, every named claim must exist. */
	claimIds?: ReadonlySet<string>;
}

/**
 * Every problem of the tree, one line each (empty when it is sound): every answer leads to a
 * node, no node is unreachable, no path loops or asks more than MAX_QUESTIONS questions, every
 * result names existing methods and says what to bring and what to do if refused.
 */
export function validateTree(tree: ChooserTree, context: TreeContext): string[] {
	const problems: string[] = [];
	const start = tree.nodes[tree.start];
	if (!start) problems.push(`start: không có nút "${tree.start}".`);
	else if (start.kind !== 'question') problems.push(`start: "${tree.start}" phải là một câu hỏi.`);

	for (const [key, node] of Object.entries(tree.nodes)) {
		const where = `${key}`;
		if (node.id !== key) problems.push(`${where}: id "${node.id}" khác khóa "${key}".`);
		if (node.kind === 'question') problems.push(...checkQuestion(tree, node, where));
		else problems.push(...checkResult(node, where, context));
		for (const text of nodeTexts(node)) problems.push(...checkRich(text, where, context));
		if (nodeClaims(node).length === 0)
			problems.push(`${where}: cần ít nhất một claim (basis) để trang có Nguồn.`);
		if (context.claimIds) {
			for (const id of node.basis) {
				if (!context.claimIds.has(id))
					problems.push(`${where} › basis: không có claim "${id}" trong claims.yaml.`);
			}
		}
	}

	problems.push(...checkShape(tree));
	return problems;
}

function checkQuestion(tree: ChooserTree, node: QuestionNode, where: string): string[] {
	const problems: string[] = [];
	if (!node.question.trim()) problems.push(`${where}: câu hỏi trống.`);
	if (node.answers.length < 2 || node.answers.length > 4)
		problems.push(`${where}: cần 2 đến 4 câu trả lời, đang có ${node.answers.length}.`);
	const ids = new Set<string>();
	for (const answer of node.answers) {
		const at = `${where} › ${answer.id}`;
		if (!SEGMENT_PATTERN.test(answer.id))
			problems.push(`${at}: id phải là chữ thường không dấu nối bằng "-".`);
		if (ids.has(answer.id)) problems.push(`${at}: id câu trả lời bị trùng.`);
		ids.add(answer.id);
		if (!answer.label.trim()) problems.push(`${at}: nhãn trống.`);
		for (const words of [answer.label, answer.hint ?? '']) {
			if (parseRich(words).some((segment) => 'href' in segment || 'claim' in segment))
				problems.push(`${at}: nhãn và gợi ý nằm trong một liên kết, không được chứa liên kết.`);
		}
		if (!tree.nodes[answer.next])
			problems.push(`${at}: dẫn tới nút "${answer.next}" không tồn tại.`);
	}
	return problems;
}

function checkResult(node: ResultNode, where: string, context: TreeContext): string[] {
	const problems: string[] = [];
	if (!context.methodNumbers.has(node.method))
		problems.push(`${where}: không có Cách ${node.method} trong methods.yaml.`);
	if (node.steps.length === 0) problems.push(`${where}: thiếu các bước (steps).`);
	if (node.bring.length === 0) problems.push(`${where}: thiếu "cần mang gì" (bring).`);
	if (node.ifRefused.length === 0) problems.push(`${where}: thiếu "nếu bị đòi giấy" (ifRefused).`);
	else if (!node.ifRefused.flatMap(richClaims).includes(REFUSAL_CLAIM))
		problems.push(`${where}: ifRefused phải nêu claim "${REFUSAL_CLAIM}".`);
	if (node.fallback.length === 0) problems.push(`${where}: thiếu cách dự phòng (fallback).`);
	const seen = new Set<number>([node.method]);
	for (const fallback of node.fallback) {
		if (!context.methodNumbers.has(fallback.method))
			problems.push(`${where} › fallback: không có Cách ${fallback.method} trong methods.yaml.`);
		if (seen.has(fallback.method))
			problems.push(`${where} › fallback: Cách ${fallback.method} lặp lại.`);
		seen.add(fallback.method);
	}
	return problems;
}

function checkRich(text: Rich, where: string, context: TreeContext): string[] {
	const problems: string[] = [];
	const leftover = parseRich(text)
		.filter((segment) => !('href' in segment) && !('claim' in segment))
		.some((segment) => /\]\(|\[[^\]]*\]\(/.test(segment.text));
	if (leftover) problems.push(`${where}: đánh dấu [..](..) sai trong "${text.slice(0, 40)}…".`);
	for (const href of richLinks(text)) {
		if (!/^\/[a-z0-9/#-]*$/.test(href) || !/\/(?:#[a-z0-9-]+)?$/.test(href))
			problems.push(
				`${where}: liên kết "${href}" phải là đường dẫn trong trang, kết thúc bằng "/".`
			);
	}
	if (context.claimIds) {
		for (const id of richClaims(text)) {
			if (!context.claimIds.has(id))
				problems.push(`${where}: không có claim "${id}" trong claims.yaml.`);
		}
	}
	return problems;
}

/** Loops, depth and reachability, walked from the start. */
function checkShape(tree: ChooserTree): string[] {
	const problems: string[] = [];
	const reached = new Set<string>();
	const walk = (id: string, trail: string[], questions: number) => {
		const node = tree.nodes[id];
		if (!node) return;
		if (trail.includes(id)) {
			problems.push(`vòng lặp: ${[...trail, id].join(' → ')}.`);
			return;
		}
		reached.add(id);
		if (node.kind === 'result') return;
		if (questions + 1 > MAX_QUESTIONS) {
			problems.push(
				`${[...trail, id].join(' → ')}: quá ${MAX_QUESTIONS} câu hỏi trên một đường đi.`
			);
			return;
		}
		for (const answer of node.answers) walk(answer.next, [...trail, id], questions + 1);
	};
	walk(tree.start, [], 0);
	for (const id of Object.keys(tree.nodes)) {
		if (!reached.has(id)) problems.push(`${id}: không có câu trả lời nào dẫn tới nút này.`);
	}
	return problems;
}
