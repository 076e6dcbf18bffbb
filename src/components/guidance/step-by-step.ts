/**
 * View model for StepByStep.astro, a GOV.UK-style "step by step" list.
 * Authors write stages in order; a stage with `connector: 'hoặc'` (or) or `'và'` (and) belongs to the
 * numbered stage before it, so it shares that number and is shown nested under it with the word
 * instead of a number. Nesting the alternative (heading one level lower) fixes the accessibility
 * issue found in GOV.UK's own pattern, where "or" headings sat at the same level as step headings.
 */
import { withBase } from '../../lib/base-path.ts';

export type Connector = 'và' | 'hoặc';

export interface StageInput {
	/** Short task-like title, e.g. "Cài ứng dụng VNeID". */
	title: string;
	/** Short tasks; `[chữ](/duong-dan/)` makes a link. */
	tasks?: readonly string[];
	/** Joins this stage to the numbered stage before it. */
	connector?: Connector;
	/** Marks a stage that no longer applies (kept as history), shown with a label. */
	superseded?: boolean;
}

export type Segment = { text: string } | { text: string; href: string };

export interface StagePartView {
	id: string;
	title: string;
	tasks: Segment[][];
	connector?: Connector;
	superseded: boolean;
}

export interface StageGroupView {
	number: number;
	main: StagePartView;
	alternatives: StagePartView[];
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits a task into text and link segments; root-relative links get the base path. */
export function parseTask(text: string, base = '/'): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(LINK)) {
		const [whole, label, href] = match;
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		segments.push({ text: label ?? '', href: withBase(href ?? '', base) });
		last = match.index + whole.length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}

/** Groups the stages into numbered steps; throws a message naming the faulty stage. */
export function buildStepByStep(
	stages: readonly StageInput[],
	options: { base?: string; idPrefix?: string } = {}
): StageGroupView[] {
	const base = options.base ?? '/';
	const prefix = options.idPrefix ?? 'buoc';
	if (stages.length === 0)
		throw new Error('StepByStep: cần ít nhất một bước (`stages` đang rỗng).');
	const groups: StageGroupView[] = [];
	stages.forEach((stage, index) => {
		const title = stage.title.trim();
		if (!title) throw new Error(`StepByStep: bước thứ ${index + 1} chưa có tiêu đề (\`title\`).`);
		const part = (id: string): StagePartView => ({
			id,
			title,
			tasks: (stage.tasks ?? []).map((task) => parseTask(task, base)),
			superseded: stage.superseded ?? false,
			...(stage.connector ? { connector: stage.connector } : {}),
		});
		const current = groups.at(-1);
		if (stage.connector) {
			if (!current) {
				throw new Error(
					`StepByStep: bước đầu tiên ("${title}") không thể bắt đầu bằng "${stage.connector}".`
				);
			}
			current.alternatives.push(
				part(`${prefix}-${current.number}-${current.alternatives.length + 2}`)
			);
			return;
		}
		const number = groups.length + 1;
		groups.push({ number, main: part(`${prefix}-${number}`), alternatives: [] });
	});
	return groups;
}

/** Heading tag for a stage title; alternatives sit one level below. Capped at h6. */
export function headingTag(level: number, nested = false): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
	const value = Math.min(Math.max(level + (nested ? 1 : 0), 2), 6);
	return `h${value}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}
