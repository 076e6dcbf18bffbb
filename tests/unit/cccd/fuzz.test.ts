import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
	buildCccdPayload,
	createRng,
	generateCitizen,
	parseCccdQr,
} from '../../../src/lib/cccd/index.ts';
import { VALID_2021, VALID_2024 } from '../../fixtures/cccd/payload-vectors.ts';

const valid = [
	VALID_2021,
	VALID_2024,
	...Array.from({ length: 20 }, (_, i) => buildCccdPayload(generateCitizen(createRng(i + 1)))),
];

/** Mutations of valid payloads: the inputs most likely to reach deep parser paths. */
const mutated = fc
	.tuple(
		fc.constantFrom(...valid),
		fc.nat(),
		fc.nat(),
		fc.oneof(
			fc.string({ maxLength: 4 }),
			fc.constantFrom('|', '||', '\r\n', '\uFFFD', 'ẫ', '9', '')
		),
		fc.constantFrom('insert', 'delete', 'replace', 'latin1', 'bytes')
	)
	.map(([base, a, b, piece, op]): string | Uint8Array => {
		const i = a % (base.length + 1);
		const j = Math.min(base.length, i + (b % 8));
		if (op === 'insert') return base.slice(0, i) + piece + base.slice(i);
		if (op === 'delete') return base.slice(0, i) + base.slice(j);
		if (op === 'replace') return base.slice(0, i) + piece + base.slice(j);
		const bytes = new TextEncoder().encode(base);
		if (op === 'latin1') return new TextDecoder('windows-1252').decode(bytes.subarray(0, i));
		const copy = bytes.slice();
		if (copy.length > 0) copy[i % copy.length] = b & 0xff;
		return copy;
	});

const anyInput = fc.oneof(
	{ arbitrary: fc.string({ maxLength: 200 }), weight: 2 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 2 },
	{ arbitrary: fc.uint8Array({ maxLength: 200 }), weight: 2 },
	{
		arbitrary: fc
			.array(fc.string({ maxLength: 15 }), { minLength: 6, maxLength: 12 })
			.map((f) => f.join('|')),
		weight: 2,
	},
	{ arbitrary: mutated, weight: 4 }
);

test('parseCccdQr never throws and always returns a well-formed result (100,000 inputs)', () => {
	let runs = 0;
	fc.assert(
		fc.property(anyInput, (input) => {
			runs++;
			const result = parseCccdQr(input);
			if (result.ok) {
				expect(result.card.idNumber).toMatch(/^\d{12}$/);
				expect(result.card.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				// Control and invisible characters are stripped (with a warning), never kept.
				const text = [result.card.fullName, result.card.address, ...result.card.extraFields];
				expect(text.join('|')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
			} else {
				expect(result.errors.length).toBeGreaterThan(0);
				for (const e of result.errors) expect(e.message.length).toBeGreaterThan(10);
			}
		}),
		{ numRuns: 100_000, seed: 4 }
	);
	expect(runs).toBe(100_000);
});
