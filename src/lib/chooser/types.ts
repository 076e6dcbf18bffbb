/**
 * Shapes of the "Tìm cách phù hợp" journey (src/lib/chooser/tree.ts). DOM-free.
 *
 * Text fields marked `Rich` may carry two kinds of inline markup, both in Markdown link form:
 * - `[words](/site/path/)`: a link inside the site (the page adds the base path);
 * - `[words](claim:claim-id)`: a fact from content/data/claims.yaml, shown with the
 *   "(chưa xác nhận)" marker while the claim is uncertain.
 * Labels and answer hints sit inside a link, so they are plain text.
 */

/** Text with optional `[words](/path/)` links and `[words](claim:id)` facts. */
export type Rich = string;

/** One answer of a question: a whole-width link to the next node. */
export interface Answer {
	/** Path segment of the page this answer leads to (lower-case ASCII words joined by "-"). */
	id: string;
	/** What the reader taps, plain text. */
	label: string;
	/** A few plain words under the label (examples, what counts). */
	hint?: string;
	/** Id of the node this answer leads to. */
	next: string;
}

export interface QuestionNode {
	kind: 'question';
	id: string;
	/** The page's only heading, a question in the reader's words. */
	question: string;
	/** How to tell the answer, under the heading. */
	hint?: Rich;
	/** 2 to 4 answers. */
	answers: readonly Answer[];
	/** Claims the question rests on (the page's "Nguồn" come from their sources). */
	basis: readonly string[];
}

/** Another method to try, and when. */
export interface Fallback {
	/** Method number (1–7) in content/data/methods.yaml. */
	method: number;
	when: Rich;
}

export interface ResultNode {
	kind: 'result';
	id: string;
	/** The one recommended method: its number (1–7) in content/data/methods.yaml. */
	method: number;
	/** Why this method fits the reader, one or two sentences. */
	summary: Rich;
	/** What to do before going (fix wrong data, get a card), when something comes first. */
	first?: readonly Rich[];
	/** What to do at the office, in order. */
	steps: readonly Rich[];
	/** What to bring. */
	bring: readonly Rich[];
	/** What to say if the office still asks for the sổ hộ khẩu or other papers. */
	ifRefused: readonly Rich[];
	/** Other methods, in the order to try them. */
	fallback: readonly Fallback[];
	/** Good to know, not needed for the task. */
	notes?: readonly Rich[];
	/** Claims the result rests on besides those its text names. */
	basis: readonly string[];
}

export type ChooserNode = QuestionNode | ResultNode;

export interface ChooserTree {
	/** Id of the first question. */
	start: string;
	nodes: Readonly<Record<string, ChooserNode>>;
}

/** A reader the journey must serve, and where they must land. */
export interface Persona {
	name: string;
	/** Answer ids from the first question on. */
	answers: readonly string[];
	/** Id of the result node they must reach. */
	result: string;
	/** The method that result must recommend. */
	method: number;
}
