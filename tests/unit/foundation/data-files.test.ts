import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATA_FILES, formatProblems, validateDataFile } from '../../../src/lib/data-files.ts';

const dataDir = join(import.meta.dirname, '..', '..', '..', 'content', 'data');
const read = (name: string) => readFileSync(join(dataDir, name), 'utf8');

describe('the data files in content/data', () => {
	test('are all valid (every problem in every file is listed at once)', () => {
		const problems = DATA_FILES.flatMap((file) => validateDataFile(file, read(file)));
		expect(formatProblems(problems)).toBe('');
	});
});

describe('a bad entry is reported with its file and field', () => {
	test('a missing required field names the entry and the field', () => {
		const yaml = read('methods.yaml').replace(/\n {2}shortTitle: [^\n]+/, '');
		const problems = validateDataFile('methods.yaml', yaml);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'methods.yaml', path: 'cach-1 › shortTitle' })
		);
	});

	test('several problems in several entries are all reported', () => {
		const yaml = read('methods.yaml')
			.replace('audience: officer', 'audience: everyone')
			.replace('icon: qr', 'icon: unicorn');
		const paths = validateDataFile('methods.yaml', yaml).map((p) => p.path);
		expect(paths).toEqual(expect.arrayContaining(['cach-1 › audience', 'cach-3 › icon']));
	});

	test('a duplicated method number and the missing one are both reported', () => {
		const yaml = read('methods.yaml').replace('number: 7', 'number: 6');
		const messages = validateDataFile('methods.yaml', yaml).map((p) => p.message);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringContaining('`number` 6 xuất hiện 2 lần'),
				'Thiếu cách số 7 (`number`).',
			])
		);
	});

	test('an undialable phone number is rejected with a Vietnamese hint', () => {
		const yaml = read('contacts.yaml').replace("'1900.0368'", "'1900-03'");
		const [problem] = validateDataFile('contacts.yaml', yaml);
		expect(problem?.path).toBe('tong-dai-du-lieu-dan-cu › phone');
		expect(problem?.message).toMatch(/Số điện thoại không hợp lệ/);
	});

	test('an unknown field (a typo) is rejected rather than ignored', () => {
		const yaml = read('site.yaml').replace('provinceName:', 'provinceNmae:');
		const paths = validateDataFile('site.yaml', yaml).map((p) => p.path);
		expect(paths).toEqual(expect.arrayContaining(['provinceName']));
	});

	test('broken YAML is reported, not thrown', () => {
		const problems = validateDataFile('site.yaml', 'siteName: [unclosed');
		expect(problems).toHaveLength(1);
		expect(problems[0]?.message).toMatch(/YAML không đọc được/);
	});

	test('formatProblems prints one line per problem with the file path', () => {
		const text = formatProblems([
			{ file: 'contacts.yaml', path: 'x › phone', message: 'sai' },
			{ file: 'site.yaml', path: '', message: 'thiếu' },
		]);
		expect(text).toBe('content/data/contacts.yaml › x › phone: sai\ncontent/data/site.yaml: thiếu');
	});
});
