/**
 * The one way content data is read: every file in `content/data/` is parsed and validated here,
 * then checked against the others (claims named by posters and quiz answers exist and are
 * verified, training references resolve). The Astro config, the collections, the pages, every
 * script and the tests call this module, so a problem reads the same wherever it shows:
 * `content/data/<file> › <entry> › <field>: <message>`.
 * DOM-free and fs-free: callers pass the files' text (see ./load.ts for the Node reader).
 */
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { claimSchema, type Claim } from '../../schemas/claim.ts';
import { contactSchema, type Contact } from '../../schemas/contact.ts';
import { checkMethodList, methodSchema, type Method } from '../../schemas/method.ts';
import {
	searchQuestionSchema,
	synonymGroupSchema,
	type SearchQuestion,
	type SynonymGroupData,
} from '../../schemas/search.ts';
import { siteSchema, type SiteData } from '../../schemas/site.ts';
import {
	checkTrainingData,
	questionSchema,
	scenarioFields,
	trainingModuleFields,
	type Question,
	type Scenario,
	type TrainingModule,
	type WithId,
} from '../../schemas/training.ts';

import { fillValue, siteTokens, unknownTokenMessage } from './site-text.ts';

// Zod's own messages in Vietnamese too, for the editors who read them (custom ones already are).
z.config(z.locales.vi());

/** An entry of a list file, with the `id` it was written under (one definition, in the schemas). */
export type { WithId } from '../../schemas/training.ts';

/** Every data file, what it holds and how it is checked. List files are `- id: …` entries. */
export const DATA_FILES = {
	'site.yaml': { kind: 'object', schema: siteSchema },
	'claims.yaml': { kind: 'list', schema: claimSchema },
	'methods.yaml': { kind: 'list', schema: methodSchema },
	'contacts.yaml': { kind: 'list', schema: contactSchema },
	'training-modules.yaml': { kind: 'list', schema: trainingModuleFields },
	'questions.yaml': { kind: 'list', schema: questionSchema },
	'scenarios.yaml': { kind: 'list', schema: scenarioFields },
	'search-synonyms.yaml': { kind: 'list', schema: synonymGroupSchema },
	'search-questions.yaml': { kind: 'list', schema: searchQuestionSchema },
} as const;
export type DataFileName = keyof typeof DATA_FILES;
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** One problem in one data file, e.g. `methods.yaml › cach-3 › shortTitle: …`. */
export interface DataProblem {
	file: string;
	path: string;
	message: string;
}

/** Everything in `content/data/`, validated; lists in the order the site shows them. */
export interface ContentData {
	site: SiteData;
	/** Claims in file order; `claimById` for look-ups. */
	claims: WithId<Claim>[];
	claimById: ReadonlyMap<string, WithId<Claim>>;
	/** Methods by number (1–7). */
	methods: WithId<Method>[];
	/** Contacts by `order`, then name. */
	contacts: WithId<Contact>[];
	/** Modules by number. */
	modules: WithId<TrainingModule>[];
	/** Questions and scenarios in the order editors wrote them (the quiz numbers them so). */
	questions: WithId<Question>[];
	scenarios: WithId<Scenario>[];
	/** Synonym groups the search index applies (see src/lib/search/index-page.ts). */
	searchSynonyms: WithId<SynonymGroupData>[];
	/** Questions as people type them, with the page that answers each (tests and bench). */
	searchQuestions: WithId<SearchQuestion>[];
}

function parseYaml(file: string, text: string): { value?: unknown; problems: DataProblem[] } {
	try {
		return { value: load(text), problems: [] };
	} catch (error) {
		return { problems: [{ file, path: '', message: `YAML không đọc được: ${String(error)}` }] };
	}
}

function issuesToProblems(file: string, prefix: string, error: z.ZodError): DataProblem[] {
	return error.issues.map((issue) => ({
		file,
		path: [prefix, ...issue.path.map(String)].filter(Boolean).join(' › '),
		message: issue.message,
	}));
}

/** Validates a list file whose entries carry an `id`; returns the problems of every entry. */
function validateList<S extends z.ZodType>(
	file: string,
	value: unknown,
	schema: S
): { entries: Array<WithId<z.output<S>>>; problems: DataProblem[] } {
	if (!Array.isArray(value)) {
		return {
			entries: [],
			problems: [{ file, path: '', message: 'Tệp phải là một danh sách (- id: …).' }],
		};
	}
	const problems: DataProblem[] = [];
	const entries: Array<WithId<z.output<S>>> = [];
	const ids = new Set<string>();
	value.forEach((raw: unknown, index) => {
		const record = (raw ?? {}) as Record<string, unknown>;
		const id = typeof record['id'] === 'string' ? record['id'] : `#${index + 1}`;
		if (typeof record['id'] !== 'string') {
			problems.push({ file, path: id, message: 'Mục thiếu `id` (chuỗi duy nhất).' });
		} else if (ids.has(id)) {
			problems.push({ file, path: id, message: `\`id\` "${id}" bị trùng.` });
		}
		ids.add(id);
		const { id: _id, ...fields } = record;
		const result = schema.safeParse(fields);
		if (result.success) entries.push({ ...(result.data as object), id } as WithId<z.output<S>>);
		else problems.push(...issuesToProblems(file, id, result.error));
	});
	return { entries, problems };
}

type Parsed = { [F in DataFileName]?: unknown };

/** Checks one file's text alone; the result lists every problem found in it. */
export function validateDataFile(file: DataFileName, text: string): DataProblem[] {
	return parseFile(file, text).problems;
}

function parseFile(
	file: DataFileName,
	text: string,
	tokens?: ReadonlyMap<string, string>
): { value?: unknown; problems: DataProblem[] } {
	const parsed = parseYaml(file, text);
	if (parsed.problems.length) return parsed;
	if (tokens) {
		// «placeholders» take the province's words from site.yaml before validation.
		const unknown: DataProblem[] = [];
		parsed.value = fillValue(parsed.value, tokens, (name, path) => {
			const [index, ...rest] = path;
			const entry = Array.isArray(parsed.value) ? parsed.value[Number(index)] : undefined;
			const id = (entry as { id?: unknown } | undefined)?.id;
			unknown.push({
				file,
				path: [typeof id === 'string' ? id : index, ...rest].filter(Boolean).join(' › '),
				message: unknownTokenMessage(name),
			});
		});
		if (unknown.length) return { problems: unknown };
	}
	const spec = DATA_FILES[file];
	if (spec.kind === 'object') {
		const result = spec.schema.safeParse(parsed.value);
		return result.success
			? { value: result.data, problems: [] }
			: { problems: issuesToProblems(file, '', result.error) };
	}
	const { entries, problems } = validateList(file, parsed.value, spec.schema);
	if (file === 'methods.yaml') {
		const listProblems = checkMethodList(entries as unknown as Method[]);
		problems.push(...listProblems.map((message) => ({ file, path: '', message })));
	}
	return { value: entries, problems };
}

/** What a claim reference must satisfy where it is used. */
type ClaimUse = 'exists' | 'verified';

/**
 * Claims named by posters (method key points) and by quiz answers must exist and be verified;
 * a method's caveat must name an existing claim. Exported for tests on fixtures.
 */
export function checkClaimReferences(data: {
	claims: ReadonlyArray<WithId<Claim>>;
	methods: ReadonlyArray<WithId<Method>>;
	questions: ReadonlyArray<WithId<Question>>;
}): DataProblem[] {
	const byId = new Map(data.claims.map((claim) => [claim.id, claim]));
	const problems: DataProblem[] = [];
	const check = (file: string, path: string, id: string, use: ClaimUse, what: string) => {
		const claim = byId.get(id);
		if (!claim) {
			problems.push({ file, path, message: `không có claim "${id}" trong claims.yaml.` });
		} else if (use === 'verified' && claim.status !== 'verified') {
			problems.push({
				file,
				path,
				message: `${what} dựa trên claim "${id}" chưa được xác nhận (status: ${claim.status}). Sửa nội dung hoặc xác nhận claim trước.`,
			});
		}
	};
	for (const method of data.methods) {
		method.keyPoints.forEach((point, index) => {
			check(
				'methods.yaml',
				`${method.id} › keyPoints › ${index}`,
				point.claim,
				'verified',
				'Ý in trên áp phích'
			);
		});
		if (method.caveat) {
			check('methods.yaml', `${method.id} › caveat`, method.caveat.claim, 'exists', '');
		}
		if (method.costAndTime.claim) {
			check('methods.yaml', `${method.id} › costAndTime`, method.costAndTime.claim, 'exists', '');
		}
	}
	for (const question of data.questions) {
		question.claims.forEach((id, index) => {
			check('questions.yaml', `${question.id} › claims › ${index}`, id, 'verified', 'Đáp án đúng');
		});
	}
	return problems;
}

/** Parses and checks all files together. `data` is present only when there is no problem. */
export function parseContentData(texts: Readonly<Record<DataFileName, string>>): {
	data?: ContentData;
	problems: DataProblem[];
} {
	const parsed: Parsed = {};
	const problems: DataProblem[] = [];
	// site.yaml first: the other files' «placeholders» are filled from it.
	const siteResult = parseFile('site.yaml', texts['site.yaml']);
	const tokens = siteResult.value ? siteTokens(siteResult.value as SiteData) : undefined;
	for (const file of DATA_FILE_NAMES) {
		const result = file === 'site.yaml' ? siteResult : parseFile(file, texts[file], tokens);
		problems.push(...result.problems);
		parsed[file] = result.value;
	}
	if (problems.length) return { problems };
	const list = <T>(file: DataFileName) => parsed[file] as Array<WithId<T>>;
	const claims = list<Claim>('claims.yaml');
	const methods = list<Method>('methods.yaml').sort((a, b) => a.number - b.number);
	const contacts = list<Contact>('contacts.yaml').sort(
		(a, b) => a.order - b.order || a.name.localeCompare(b.name, 'vi')
	);
	const modules = list<TrainingModule>('training-modules.yaml').sort((a, b) => a.number - b.number);
	const questions = list<Question>('questions.yaml');
	const scenarios = list<Scenario>('scenarios.yaml');
	problems.push(...checkClaimReferences({ claims, methods, questions }));
	for (const message of checkTrainingData({ modules, questions, scenarios })) {
		const [file = '', rest = message] = message.split(/: (.*)/s);
		problems.push(
			file.endsWith('.yaml')
				? {
						file: file.split(' › ')[0]!,
						path: file.split(' › ').slice(1).join(' › '),
						message: rest,
					}
				: { file: 'training-modules.yaml', path: '', message }
		);
	}
	if (problems.length) return { problems };
	return {
		problems,
		data: {
			site: parsed['site.yaml'] as SiteData,
			claims,
			claimById: new Map(claims.map((claim) => [claim.id, claim])),
			methods,
			contacts,
			modules,
			questions,
			scenarios,
			searchSynonyms: list<SynonymGroupData>('search-synonyms.yaml'),
			searchQuestions: list<SearchQuestion>('search-questions.yaml'),
		},
	};
}

/** One line per problem, for build errors and test output. */
export function formatProblems(problems: readonly DataProblem[]): string {
	return problems
		.map((p) => `content/data/${p.file}${p.path ? ` › ${p.path}` : ''}: ${p.message}`)
		.join('\n');
}

/** The error every reader throws on bad data: all problems, one per line. */
export class ContentDataError extends Error {
	readonly problems: readonly DataProblem[];
	constructor(problems: readonly DataProblem[]) {
		super(`Dữ liệu trong content/data/ không hợp lệ:\n${formatProblems(problems)}`);
		this.name = 'ContentDataError';
		this.problems = problems;
	}
}
