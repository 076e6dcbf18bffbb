import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// Each fixture is linted as if it sat at its path without the tests/lint-fixtures/ prefix, so the
// real eslint.config.mjs decides which rules apply.
const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'tests', 'lint-fixtures');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return name.endsWith('.ts') ? [path] : [];
	});
}

/** What each fixture must trigger: the rule, how many times, and words of the message. */
const expected: Record<string, { rule: string; count: number; message: RegExp } | null> = {
	'src/lib/imports-component.ts': {
		rule: 'no-restricted-imports',
		count: 1,
		message: /src\/lib không được import src\/components/,
	},
	'src/lib/imports-page.ts': {
		rule: 'no-restricted-imports',
		count: 1,
		message: /src\/components hay src\/pages/,
	},
	'src/lib/cccd/uses-dom.ts': {
		rule: 'no-restricted-globals',
		count: 2,
		message: /src\/lib\/cccd không dùng (window|document)/,
	},
	'src/lib/cccd/imports-node.ts': {
		rule: 'no-restricted-imports',
		count: 1,
		message: /không dùng module của Node/,
	},
	'src/lib/cccd/clean.ts': null,
	'scripts/imports-component.ts': {
		rule: 'no-restricted-imports',
		count: 1,
		message: /Script không import src\/components hay tests/,
	},
	'scripts/imports-tests.ts': {
		rule: 'no-restricted-imports',
		count: 1,
		message: /Script không import src\/components hay tests/,
	},
	'scripts/lib/imports-entry.ts': {
		rule: 'no-restricted-imports',
		count: 1,
		message: /tệp chạy lệnh của script khác/,
	},
};

describe('boundary rules in eslint.config.mjs', () => {
	const eslint = new ESLint({ cwd: root });

	test('every fixture is listed with what it must trigger', () => {
		expect(
			files(fixtures)
				.map((f) => relative(fixtures, f))
				.sort()
		).toEqual(Object.keys(expected).sort());
	});

	for (const [path, want] of Object.entries(expected)) {
		test(`${path}: ${want ? `${want.rule} fires` : 'passes'}`, async () => {
			const [result] = await eslint.lintText(readFileSync(join(fixtures, path), 'utf8'), {
				filePath: join(root, path),
			});
			const messages = result?.messages ?? [];
			if (!want) {
				expect(messages).toEqual([]);
				return;
			}
			const fired = messages.filter((m) => m.ruleId === want.rule);
			expect(fired).toHaveLength(want.count);
			for (const m of fired) expect(m.message).toMatch(want.message);
			// Nothing else: the fixture breaks exactly the rule it stands for.
			expect(messages.filter((m) => m.ruleId !== want.rule)).toEqual([]);
		}, 30_000);
	}
});
