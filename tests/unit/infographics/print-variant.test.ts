/**
 * The print-friendly variant of every poster (the build's A4/A3 of each method and the overview,
 * and every poster-maker design and format): white ground, black or accent text, and every text
 * line readable after conversion to grey (contrast at least 4.5:1 against what is behind it); the
 * same QR code and the same words as the colour poster.
 */
import { describe, expect, it } from 'vitest';
import { catalog, measure } from './catalog-fixture.ts';
import {
	contrastRatio,
	greyscale,
	PRINT_COLORS,
	PRINT_DESIGN_WIDTH,
	printDesignHeight,
} from '../../../src/lib/infographics/design.ts';
import { designOptions, posterScene } from '../../../src/lib/infographics/poster.ts';
import { fillBehind, printVariant } from '../../../src/lib/infographics/print-variant.ts';
import { textRect, type Scene } from '../../../src/lib/infographics/scene.ts';
import {
	methodTall,
	overviewTall,
	type RenderTarget,
} from '../../../src/lib/infographics/templates.ts';

const unit = {
	name: 'Công an phường Nghiễm Ưởng',
	phones: ['0200 0000 000'],
	note: 'Sáng thứ Bảy',
};

function expectPrintable(colour: Scene, print: Scene): void {
	expect(print.background).toBe(PRINT_COLORS.paper);
	const texts = print.ops.flatMap((op, index) => (op.type === 'text' ? [{ op, index }] : []));
	expect(texts.length).toBeGreaterThan(5);
	const colours = new Set<string>();
	for (const { op, index } of texts) {
		const box = textRect(op);
		const behind = fillBehind(print, index, box.x + box.w / 2, box.y + box.h / 2);
		const ratio = contrastRatio(greyscale(op.color), greyscale(behind));
		expect(ratio, `"${op.text}" ${op.color} on ${behind}`).toBeGreaterThanOrEqual(4.5);
		colours.add(op.color);
	}
	// Black, white (on an accent disc) and one accent: nothing else.
	expect([...colours].every((c) => Object.values(PRINT_COLORS).includes(c as never))).toBe(true);
	for (const op of print.ops) {
		if (op.type === 'rect') expect(op.fill).toBe(PRINT_COLORS.paper);
		if (op.type === 'circle') expect(op.fill).toBe(PRINT_COLORS.accent);
	}
	const words = (scene: Scene) => scene.ops.flatMap((op) => (op.type === 'text' ? [op.text] : []));
	expect(words(print)).toEqual(words(colour));
	const qr = (scene: Scene) =>
		scene.ops.flatMap((op) => (op.type === 'qr' ? [op.matrix.text] : []));
	expect(qr(print)).toEqual(qr(colour));
	expect(qr(print)).toHaveLength(1);
}

describe('print-friendly variant', () => {
	for (const paper of ['a4', 'a3'] as const) {
		const target: RenderTarget = {
			width: PRINT_DESIGN_WIDTH,
			height: printDesignHeight(paper),
			measure,
			snap: false,
		};
		for (const method of catalog.methods) {
			it(`${method.name} ${paper}: readable in greyscale`, () => {
				const colour = methodTall(method.card, method.ctx, target);
				expectPrintable(colour, printVariant(colour));
			});
		}
		it(`overview ${paper}: readable in greyscale`, () => {
			const colour = overviewTall(catalog.overview.data, catalog.overview.ctx, target);
			expectPrintable(colour, printVariant(colour));
		});
	}

	for (const option of designOptions(catalog)) {
		for (const format of option.formats) {
			it(`poster maker ${option.id} ${format}: readable in greyscale`, () => {
				const request = { design: option.id, format, unit };
				expectPrintable(
					posterScene(catalog, request, measure, true),
					posterScene(catalog, { ...request, print: true }, measure, true)
				);
			});
		}
	}

	it('greyscale is the Rec. 601 luma of the colour', () => {
		expect(greyscale('#ff0000')).toBe('#4c4c4c');
		expect(greyscale('#ffffff')).toBe('#ffffff');
		expect(greyscale(PRINT_COLORS.accent)).toBe('#4f4f4f');
	});
});
