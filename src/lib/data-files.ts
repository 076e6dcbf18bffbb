/**
 * Validation of the editor-facing data files in `content/data/`, with every problem named by file
 * and field. The build (astro.config.mjs) and the unit tests both call this, so a bad entry fails
 * early and all problems show at once instead of one per build.
 * DOM-free and fs-free: callers pass the file text.
 */
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import { contactSchema } from '../schemas/contact.ts';
import { checkMethodList, methodSchema, type Method } from '../schemas/method.ts';
import { siteSchema } from '../schemas/site.ts';

/** One problem in one data file, e.g. `methods.yaml › cach-3 › shortTitle: …`. */
export interface DataProblem {
	file: string;
	path: string;
	message: string;
}

/** The data files this site reads, by name under `content/data/`. */
export const DATA_FILES = ['site.yaml', 'methods.yaml', 'contacts.yaml'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

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
): { entries: Array<{ id: string; data: z.output<S> }>; problems: DataProblem[] } {
	if (!Array.isArray(value)) {
		return {
			entries: [],
			problems: [{ file, path: '', message: 'Tệp phải là một danh sách (- id: …).' }],
		};
	}
	const problems: DataProblem[] = [];
	const entries: Array<{ id: string; data: z.output<S> }> = [];
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
		if (result.success) entries.push({ id, data: result.data });
		else problems.push(...issuesToProblems(file, id, result.error));
	});
	return { entries, problems };
}

/** Checks one data file's text; the result lists every problem found. */
export function validateDataFile(file: DataFileName, text: string): DataProblem[] {
	const parsed = parseYaml(file, text);
	if (parsed.problems.length) return parsed.problems;
	switch (file) {
		case 'site.yaml': {
			const result = siteSchema.safeParse(parsed.value);
			return result.success ? [] : issuesToProblems(file, '', result.error);
		}
		case 'methods.yaml': {
			const { entries, problems } = validateList(file, parsed.value, methodSchema);
			const listProblems = checkMethodList(entries.map((entry) => entry.data as Method));
			return [...problems, ...listProblems.map((message) => ({ file, path: '', message }))];
		}
		case 'contacts.yaml':
			return validateList(file, parsed.value, contactSchema).problems;
	}
}

/** One line per problem, for build errors and test output. */
export function formatProblems(problems: readonly DataProblem[]): string {
	return problems
		.map((p) => `content/data/${p.file}${p.path ? ` › ${p.path}` : ''}: ${p.message}`)
		.join('\n');
}
