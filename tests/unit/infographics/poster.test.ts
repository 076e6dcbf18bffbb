/**
 * The poster maker's logic: the form check (same phone rule as contacts.yaml), and every design in
 * every format it offers with the longest unit a person may type: every text line stays inside
 * its box and the canvas, the unit's name and numbers are drawn, the QR opens the design's page.
 */
import { describe, expect, it } from 'vitest';
import { catalog, measure } from './catalog-fixture.ts';
import {
	checkUnit,
	designOptions,
	posterFileName,
	posterScene,
	UNIT_LIMITS,
	type UnitForm,
} from '../../../src/lib/infographics/poster.ts';
import { textRect } from '../../../src/lib/infographics/scene.ts';
import { PHONE_MESSAGE } from '../../../src/lib/phone.ts';

const form = (fields: Partial<UnitForm>): UnitForm => ({
	name: 'Công an xã Mẫu',
	address: '',
	phone1: '0900.000.000',
	phone2: '',
	note: '',
	...fields,
});

/** Exactly `length` characters of Vietnamese words with stacked marks. */
const words = (length: number): string => {
	const text = 'Nghiễm Ưởng Xuân Phường Tổ dân phố Khu Đề án 06 '.repeat(10).slice(0, length);
	return text.endsWith(' ') ? `${text.slice(0, -1)}x` : text;
};

describe('checkUnit', () => {
	it('accepts a unit with one number and trims, normalises what was typed', () => {
		const result = checkUnit(form({ name: '  Công an  phường   Mẫu ', note: ' Sáng thứ Bảy ' }));
		expect(result).toEqual({
			ok: true,
			unit: { name: 'Công an phường Mẫu', phones: ['0900.000.000'], note: 'Sáng thứ Bảy' },
		});
	});

	it('keeps a second number and the address', () => {
		const result = checkUnit(form({ phone2: '0200 0000 000', address: 'Số 1 đường Mẫu' }));
		expect(result.ok && result.unit).toMatchObject({
			phones: ['0900.000.000', '0200 0000 000'],
			address: 'Số 1 đường Mẫu',
		});
	});

	it('gives the contacts.yaml message for a bad number, on the field that has it', () => {
		for (const bad of ['12345', '0900-000-00', '090000000a', '+84 900 000 000']) {
			expect(checkUnit(form({ phone1: bad }))).toEqual({
				ok: false,
				errors: { phone1: PHONE_MESSAGE },
			});
			expect(checkUnit(form({ phone2: bad }))).toEqual({
				ok: false,
				errors: { phone2: PHONE_MESSAGE },
			});
		}
	});

	it('asks for the name and a first number', () => {
		const result = checkUnit(form({ name: ' ', phone1: '' }));
		expect(result.ok).toBe(false);
		expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['name', 'phone1']);
	});

	it('refuses text longer than the limits', () => {
		const result = checkUnit(
			form({
				name: words(UNIT_LIMITS.name + 1),
				address: words(UNIT_LIMITS.address + 1),
				note: words(UNIT_LIMITS.note + 1),
			})
		);
		expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['address', 'name', 'note']);
	});
});

describe('posterScene', () => {
	const longest = checkUnit(
		form({
			name: words(UNIT_LIMITS.name),
			address: words(UNIT_LIMITS.address),
			phone1: '0200 0000 000',
			phone2: '1900.0368',
			note: words(UNIT_LIMITS.note),
		})
	);
	if (!longest.ok) throw new Error('the longest unit must be valid');
	const shortest = checkUnit(form({}));
	if (!shortest.ok) throw new Error('the shortest unit must be valid');
	const options = designOptions(catalog);

	it('offers each method, the overview and the help card', () => {
		expect(options.map((o) => o.id)).toEqual([
			...catalog.methods.map((m) => `cach-${m.card.number}`),
			'tong-quan',
			'tong-dai',
		]);
		expect(posterFileName({ design: 'cach-3', format: 'a4' }, 'pdf')).toBe(
			'ap-phich-cach-3-a4.pdf'
		);
	});

	for (const option of designOptions(catalog)) {
		for (const format of option.formats) {
			for (const [label, unit] of [
				['longest', longest.unit],
				['shortest', shortest.unit],
			] as const) {
				it(`${option.id} ${format}, ${label} unit: everything inside its box`, () => {
					const scene = posterScene(catalog, { design: option.id, format, unit }, measure, true);
					expect(scene.problems).toEqual([]);
					for (const block of scene.blocks) {
						expect(block.fits, block.label).toBe(true);
						expect(block.used.y).toBeGreaterThanOrEqual(block.box.y - 0.5);
						expect(block.used.y + block.used.h).toBeLessThanOrEqual(
							block.box.y + block.box.h + 0.5
						);
						expect(block.used.w).toBeLessThanOrEqual(block.box.w + 0.5);
					}
					const lines = scene.ops.filter((op) => op.type === 'text');
					for (const line of lines.map(textRect)) {
						expect(line.x + line.w).toBeLessThanOrEqual(scene.width);
						expect(line.y + line.h).toBeLessThanOrEqual(scene.height);
					}
					const drawn = lines.map((op) => op.text).join(' ');
					for (const phone of unit.phones) expect(drawn).toContain(phone);
					// The name may wrap: every word of it is drawn.
					for (const word of unit.name.split(' ')) expect(drawn).toContain(word);
					const qr = scene.ops.filter((op) => op.type === 'qr');
					expect(qr.map((op) => op.matrix.text)).toEqual([option.url]);
					expect(option.url.startsWith(catalog.siteUrl)).toBe(true);
				});
			}
		}
	}

	it('refuses a format the design is not drawn for', () => {
		expect(() =>
			posterScene(
				catalog,
				{ design: 'tong-quan', format: 'vuong', unit: shortest.unit },
				measure,
				true
			)
		).toThrow(/tong-quan/);
	});
});
