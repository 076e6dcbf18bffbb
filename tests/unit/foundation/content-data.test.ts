import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	checkClaimReferences,
	DATA_FILE_NAMES,
	formatProblems,
	parseContentData,
	validateDataFile,
	type DataFileName,
} from '../../../src/lib/content-data/index.ts';
import { dataFilePaths, projectRoot, readDataTexts } from '../../../src/lib/content-data/load.ts';
import { fixtureData, fixtureMethod, fixtureQuestion } from '../../fixtures/content-data/index.ts';

const realTexts = () => readDataTexts(dataFilePaths());
const withText = (file: DataFileName, edit: (text: string) => string) => {
	const texts = realTexts();
	return { ...texts, [file]: edit(texts[file]) };
};

describe('the data files in content/data', () => {
	test('all parse and pass every cross-file check (every problem listed at once)', () => {
		const { problems, data } = parseContentData(realTexts());
		expect(formatProblems(problems)).toBe('');
		expect(data?.methods.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	test('every file of content/data is read by the one module', () => {
		const onDisk = readdirSync(join(projectRoot(), 'content', 'data')).filter((f) =>
			f.endsWith('.yaml')
		);
		expect([...DATA_FILE_NAMES].sort()).toEqual(onDisk.sort());
	});
});

describe('posters and quiz answers rest on verified claims only', () => {
	test('a poster point resting on an uncertain claim fails, naming file and entry', () => {
		const data = fixtureData();
		const method = {
			...fixtureMethod,
			keyPoints: [fixtureMethod.keyPoints[0]!, { text: 'Điểm chưa chắc', claim: 'chua-chac' }],
		};
		const problems = checkClaimReferences({ ...data, methods: [method] });
		expect(formatProblems(problems)).toBe(
			'content/data/methods.yaml › cach-1 › keyPoints › 1: Ý in trên áp phích dựa trên claim "chua-chac" chưa được xác nhận (status: uncertain). Sửa nội dung hoặc xác nhận claim trước.'
		);
	});

	test('a quiz answer resting on an uncertain claim fails, naming file and entry', () => {
		const data = fixtureData();
		const question = { ...fixtureQuestion, claims: ['da-xac-nhan', 'chua-chac'] };
		const [problem] = checkClaimReferences({ ...data, questions: [question] });
		expect(problem).toMatchObject({ file: 'questions.yaml', path: 'q-thu › claims › 1' });
		expect(problem?.message).toMatch(/Đáp án đúng dựa trên claim "chua-chac" chưa được xác nhận/);
	});

	test('a reference to a claim that does not exist fails', () => {
		const data = fixtureData();
		const question = { ...fixtureQuestion, claims: ['khong-co'] };
		expect(checkClaimReferences({ ...data, questions: [question] })[0]?.message).toBe(
			'không có claim "khong-co" trong claims.yaml.'
		);
	});

	test('a caveat may name an uncertain claim (it is printed as advice, not as fact)', () => {
		const data = fixtureData();
		const method = {
			...fixtureMethod,
			caveat: { claim: 'chua-chac', advice: 'Hỏi Công an xã trước khi đi' },
		};
		expect(checkClaimReferences({ ...data, methods: [method] })).toEqual([]);
	});

	test('the clean fixture has no problem', () => {
		expect(checkClaimReferences(fixtureData())).toEqual([]);
	});

	test('the real data: turning a poster claim uncertain fails the build at that point', () => {
		const { data } = parseContentData(realTexts());
		const method = data!.methods[0]!;
		const claimId = method.keyPoints[0]!.claim;
		const texts = withText('claims.yaml', (text) =>
			text.replace(
				new RegExp(`(- id: ${claimId}\\n(?:  .*\\n)*?)  status: verified\\n`),
				'$1  status: uncertain\n  uncertainty:\n    since: 2026-12-01\n    what: Thử đổi trạng thái để kiểm tra bản dựng.\n    howToCheck: Đọc lại văn bản gốc trên cổng văn bản.\n'
			)
		);
		const lines = formatProblems(parseContentData(texts).problems).split('\n');
		expect(lines).toContainEqual(
			expect.stringContaining(`content/data/methods.yaml › ${method.id} › keyPoints › 0:`)
		);
	});
});

describe('status blocks', () => {
	test('an uncertain claim must say what is open and how to check it', () => {
		const yaml = `- id: x\n  text: Một điều chưa chắc chắn.\n  cite: Văn bản\n  status: uncertain\n  checked: 2026-11-01\n  sources:\n    - title: Văn bản\n`;
		expect(validateDataFile('claims.yaml', yaml)).toContainEqual(
			expect.objectContaining({ path: 'x › uncertainty' })
		);
	});
	test('a contact without status, check date or sources is refused', () => {
		const yaml = `- id: t\n  name: Tổng đài\n  phone: '1900.0000'\n  purpose: Hỏi về thủ tục cư trú.\n  hours: 24/7\n  scope: national\n`;
		const paths = validateDataFile('contacts.yaml', yaml).map((p) => p.path);
		expect(paths).toEqual(expect.arrayContaining(['t › status', 't › checked', 't › sources']));
	});
	test('a local contact can no longer name a person', () => {
		const yaml = realTexts()['site.yaml'].replace(
			/localContact:\n/,
			'localContact:\n  person: đồng chí Người Thử\n'
		);
		expect(validateDataFile('site.yaml', yaml)).toContainEqual(
			expect.objectContaining({ path: 'localContact' })
		);
	});
});

describe('a bad entry is reported with its file and field', () => {
	test('a missing required field names the entry and the field', () => {
		const problems = validateDataFile(
			'methods.yaml',
			realTexts()['methods.yaml'].replace(/\n {2}shortTitle: [^\n]+/, '')
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'methods.yaml', path: 'cach-1 › shortTitle' })
		);
	});

	test('a duplicated method number and the missing one are both reported', () => {
		const messages = validateDataFile(
			'methods.yaml',
			realTexts()['methods.yaml'].replace('number: 7', 'number: 6')
		).map((p) => p.message);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringContaining('`number` 6 xuất hiện 2 lần'),
				'Thiếu cách số 7 (`number`).',
			])
		);
	});

	test('an undialable phone number is rejected with a Vietnamese hint', () => {
		const yaml = `- id: t\n  name: Tổng đài\n  phone: '1900-03'\n  purpose: Hỏi về thủ tục cư trú.\n  hours: 24/7\n  scope: national\n  status: verified\n  checked: 2026-11-01\n  sources:\n    - title: Nguồn\n`;
		const [problem] = validateDataFile('contacts.yaml', yaml);
		expect(problem?.path).toBe('t › phone');
		expect(problem?.message).toMatch(/Số điện thoại không hợp lệ/);
	});

	test('an unknown field (a typo) is rejected rather than ignored', () => {
		const yaml = realTexts()['site.yaml'].replace('provinceName:', 'provinceNmae:');
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

describe('SITE_DATA_DIR', () => {
	test('replaces site.yaml and contacts.yaml only, and only when the folder has them', () => {
		const dir = mkdtempSync(join(tmpdir(), 'province-'));
		writeFileSync(join(dir, 'site.yaml'), 'siteName: x\n');
		const paths = dataFilePaths(undefined, dir);
		expect(paths['site.yaml']).toBe(join(dir, 'site.yaml'));
		expect(paths['contacts.yaml']).toMatch(/content\/data\/contacts\.yaml$/);
		expect(paths['methods.yaml']).toMatch(/content\/data\/methods\.yaml$/);
	});
});
