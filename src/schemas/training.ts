import { z } from 'astro/zod';
import { SLIDE_PICTURES } from '../components/training/slide-picture-names.ts';

/**
 * The training section's data: workshop modules (`content/data/training-modules.yaml`), the quiz
 * bank (`content/data/questions.yaml`) and role-play scenarios (`content/data/scenarios.yaml`).
 * The giáo án page, the slide decks, the quiz, the printable sheets and the workshop kit all read
 * these three files, so a fix in one place reaches every place it shows.
 */

/** A link target: a page of this site ("/cach-6/") or an official page ("https://…"). */
export const linkTargetSchema = z
	.string()
	.refine((value) => isInternalPath(value) || isHttpsUrl(value), {
		message: 'Dùng đường dẫn trong trang như "/cach-6/" hoặc địa chỉ đầy đủ bắt đầu bằng https://.',
	});

/** True for a root-relative page path with a trailing slash, e.g. "/huong-dan/dang-ky-vneid/". */
export function isInternalPath(value: string): boolean {
	return /^\/(?:[a-z0-9-]+\/)*$/.test(value);
}

/** True for a well-formed https URL. */
export function isHttpsUrl(value: string): boolean {
	try {
		return new URL(value).protocol === 'https:';
	} catch {
		return false;
	}
}

/** Where a fact comes from: a title people recognise and a link to read it. */
export const trainingSourceSchema = z.strictObject({
	/** Title as shown, e.g. "Cách 6: Giấy xác nhận thông tin cư trú" or "Nghị định 104/2022/NĐ-CP". */
	title: z.string().min(3),
	/** A page of this site ("/cach-6/") or an official URL ("https://…"). */
	url: linkTargetSchema,
});

/**
 * One legal text a module rests on, with the dates the research confirms. Both dates are optional:
 * write only a date a retrieved source states (leave it out rather than guess); the lists then show
 * what is known, and no date at all when none is confirmed.
 */
export const legalBasisSchema = z.strictObject({
	/** Number and name, e.g. "Nghị định 104/2022/NĐ-CP". */
	title: z.string().min(3),
	/** What it says that matters for this module, in one plain sentence. */
	point: z.string().min(10),
	/** The date it took effect (YYYY-MM-DD), when a source states it. */
	effective: z.coerce.date().optional(),
	/**
	 * The date the text bears: the day it was passed, signed or issued (YYYY-MM-DD), when a source
	 * states it. Use it for a text whose effective date is not confirmed, e.g. a Quốc hội resolution
	 * known only by the day it was passed, or a dispatch (công văn), which has a date but no
	 * "hiệu lực". Printed as "ngày 12/06/2025".
	 */
	adopted: z.coerce.date().optional(),
	/** Where to read it: a page of this site or an official URL. */
	url: linkTargetSchema.optional(),
});

/** One activity in a module's timetable. */
export const activitySchema = z.strictObject({
	/** Length in minutes. */
	minutes: z.number().int().min(1).max(120),
	/** What happens, e.g. "Trình chiếu và hỏi đáp". */
	title: z.string().min(3),
	/** How to run it, in one or two sentences. */
	description: z.string().min(10),
});

/** A page of this site the module uses, e.g. the method page the trainer opens on screen. */
export const moduleLinkSchema = z.strictObject({
	/** Link text. */
	title: z.string().min(3),
	/** Root-relative path with a trailing slash, e.g. "/cach-3/". */
	path: z.string().refine(isInternalPath, { message: 'Dùng đường dẫn như "/cach-3/".' }),
});

/**
 * One slide: one idea, a short title and at most four short points, so it stays readable from the
 * back of a room at 32px or more. `method` fills the title and points from `methods.yaml` when the
 * slide presents one of the seven methods; `title`/`points` given here then override them.
 */
export const slideSchema = z
	.strictObject({
		/** Slide title (one idea). Optional only when `method` is set. */
		title: z.string().min(3).max(80).optional(),
		/** Up to four short points; optional only when `method` is set. */
		points: z.array(z.string().min(2).max(120)).max(4).optional(),
		/** Build the slide from this method (1–7) in `methods.yaml`. */
		method: z.number().int().min(1).max(7).optional(),
		/** What the trainer says: shown only in the presenter view and the notes handout. */
		notes: z.string().min(10),
		/**
		 * The picture beside the points (src/components/training/slide-pictures.ts). Optional only
		 * when `method` is set: a method slide shows that method's picture.
		 */
		picture: z.enum(SLIDE_PICTURES).optional(),
	})
	.refine((slide) => slide.method !== undefined || (slide.title && slide.points?.length), {
		message: 'Trang chiếu cần `title` và `points`, hoặc `method` (số cách 1–7).',
	})
	.refine((slide) => slide.method !== undefined || slide.picture !== undefined, {
		message: `Trang chiếu cần \`picture\` (một trong: ${SLIDE_PICTURES.join(', ')}).`,
	});

/** One module (học phần) of the half-day workshop. */
export const trainingModuleFields = z.strictObject({
	/** Order in the workshop, 1 first. */
	number: z.number().int().min(1).max(20),
	/** Module title, e.g. "Sổ hộ khẩu đã hết: nguyên tắc mới". */
	title: z.string().min(5).max(80),
	/** What officers can do at the end, in one sentence. */
	objective: z.string().min(20),
	/** Planned length in minutes. */
	minutes: z.number().int().min(5).max(180),
	/** Messages every officer must take away (two to five). */
	keyMessages: z.array(z.string().min(10)).min(2).max(5),
	/** Legal texts the module rests on, with their dates. */
	legalBasis: z.array(legalBasisSchema).min(1),
	/** Timetable of the module; minutes should add up to `minutes`. */
	activities: z.array(activitySchema).min(1),
	/** Pages of this site the module uses. */
	pages: z.array(moduleLinkSchema).min(1),
	/** Ids of quiz questions (questions.yaml) used to close the module. */
	questions: z.array(z.string()).default([]),
	/** Ids of scenarios (scenarios.yaml) practised in the module. */
	scenarios: z.array(z.string()).default([]),
	/** What the trainer prepares: equipment, printouts, sample cards. */
	materials: z.array(z.string().min(3)).default([]),
	/** Minutes of break after this module in the workshop timetable (0 for none). */
	breakAfter: z.number().int().min(0).max(60).default(0),
	/** The deck shown in slide mode, in order. */
	slides: z.array(slideSchema).min(3).max(20),
	/** Notes for the trainer on the whole module: pitfalls, timing, questions officers ask. */
	speakerNotes: z.string().min(20),
});

/** Topics the quiz bank is grouped by, in the order the page shows them. */
export const QUESTION_TOPICS = {
	'nguyen-tac': 'Nguyên tắc chung',
	'tai-quay': 'Cách 1 đến 4 tại quầy',
	vneid: 'VNeID (Cách 5)',
	'giay-to': 'Giấy tờ thay thế (Cách 6, 7)',
	'thay-doi': 'Những thay đổi từ năm 2024',
} as const;
export type QuestionTopic = keyof typeof QUESTION_TOPICS;
const topicIds = Object.keys(QUESTION_TOPICS) as [QuestionTopic, ...QuestionTopic[]];

/** Option letters, as printed on the answer sheet. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;
export type OptionLetter = (typeof OPTION_LETTERS)[number];

/** One multiple-choice question of the quiz bank. */
export const questionFields = z.strictObject({
	/** The method (1–7) the question is about, or null for general questions. */
	method: z.number().int().min(1).max(7).nullable(),
	/** Topic group on the quiz page. */
	topic: z.enum(topicIds),
	/** The question, one sentence, ending with "?" or ":". */
	question: z.string().min(10),
	/** Two to four answers, shown as A, B, C, D in this order. */
	options: z.array(z.string().min(1)).min(2).max(4),
	/** Letter of the correct option. */
	answer: z.enum(OPTION_LETTERS),
	/** Why, in one to three plain sentences; shown after a wrong answer and in the answer key. */
	explanation: z.string().min(20),
	/** Where to read more: a page of this site or an official URL. */
	source: trainingSourceSchema,
	/**
	 * Ids of the claims (`claims.yaml`) the correct answer rests on; the build refuses a question
	 * whose answer rests on a claim that is not `verified`.
	 */
	claims: z.array(z.string()).min(1),
	/** The date the answer was last checked against the law (YYYY-MM-DD), to retire stale items. */
	validAsOf: z.coerce.date(),
});

/** The answer letter must name one of the options, and options must differ. */
export function refineQuestion(
	question: { options: string[]; answer: OptionLetter },
	ctx: z.RefinementCtx
): void {
	if (OPTION_LETTERS.indexOf(question.answer) >= question.options.length) {
		ctx.addIssue({
			code: 'custom',
			path: ['answer'],
			message: `Đáp án "${question.answer}" không có trong ${question.options.length} lựa chọn.`,
		});
	}
	if (new Set(question.options).size !== question.options.length) {
		ctx.addIssue({ code: 'custom', path: ['options'], message: 'Hai lựa chọn trùng nhau.' });
	}
}

export const questionSchema = questionFields.superRefine(refineQuestion);

/** One role-play case for officers. */
export const scenarioFields = z.strictObject({
	/** Short title, e.g. "Người dân chỉ có tài khoản VNeID mức 1". */
	title: z.string().min(5).max(90),
	/** Methods (1–7) the case practises. */
	methods: z.array(z.number().int().min(1).max(7)).default([]),
	/** What happens at the counter, told in two to four sentences. */
	situation: z.string().min(30),
	/** Role card for the person playing the citizen: what they have and say. */
	citizenRole: z.string().min(10),
	/** The expected handling, step by step. */
	steps: z.array(z.string().min(5)).min(2),
	/** The rule behind the handling, in one or two sentences. */
	rule: z.string().min(20),
	/** Legal basis and pages to read. */
	sources: z.array(trainingSourceSchema).min(1),
	/** Questions for the group after the role-play. */
	discussion: z.array(z.string().min(10)).min(1),
});

export type TrainingModule = z.output<typeof trainingModuleFields>;
export type Slide = z.output<typeof slideSchema>;
export type Question = z.output<typeof questionFields>;
export type Scenario = z.output<typeof scenarioFields>;
export type TrainingSource = z.output<typeof trainingSourceSchema>;

/** Data as the collections hand it over: each entry keeps its `id`. */
export type WithId<T> = T & { id: string };

/**
 * Checks across the three files: unique ids, module references that exist, every method covered
 * by the quiz, enough questions and scenarios, and timetables that add up. Returns messages.
 */
export function checkTrainingData(data: {
	modules: readonly WithId<TrainingModule>[];
	questions: readonly WithId<Question>[];
	scenarios: readonly WithId<Scenario>[];
}): string[] {
	const problems: string[] = [];
	const { modules, questions, scenarios } = data;
	for (const [name, list] of [
		['training-modules.yaml', modules],
		['questions.yaml', questions],
		['scenarios.yaml', scenarios],
	] as const) {
		const seen = new Set<string>();
		for (const entry of list) {
			if (seen.has(entry.id)) problems.push(`${name}: id "${entry.id}" bị trùng.`);
			seen.add(entry.id);
		}
	}
	if (questions.length < 30)
		problems.push(`questions.yaml: cần ít nhất 30 câu (có ${questions.length}).`);
	if (scenarios.length < 10)
		problems.push(`scenarios.yaml: cần ít nhất 10 tình huống (có ${scenarios.length}).`);
	for (let n = 1; n <= 7; n++) {
		if (!questions.some((q) => q.method === n))
			problems.push(`questions.yaml: chưa có câu nào về Cách ${n}.`);
	}
	const questionIds = new Set(questions.map((q) => q.id));
	const scenarioIds = new Set(scenarios.map((s) => s.id));
	const numbers = new Set<number>();
	for (const module of modules) {
		if (numbers.has(module.number))
			problems.push(`training-modules.yaml: số học phần ${module.number} bị trùng.`);
		numbers.add(module.number);
		for (const id of module.questions) {
			if (!questionIds.has(id))
				problems.push(`training-modules.yaml › ${module.id}: không có câu hỏi "${id}".`);
		}
		for (const id of module.scenarios) {
			if (!scenarioIds.has(id))
				problems.push(`training-modules.yaml › ${module.id}: không có tình huống "${id}".`);
		}
		const planned = module.activities.reduce((sum, activity) => sum + activity.minutes, 0);
		if (planned !== module.minutes) {
			problems.push(
				`training-modules.yaml › ${module.id}: các hoạt động cộng lại ${planned} phút, khác \`minutes\` (${module.minutes}).`
			);
		}
	}
	return problems;
}
