import { describe, expect, test } from 'vitest';
import type { Method } from '../../../src/schemas/method.ts';
import type { TrainingModule, WithId } from '../../../src/schemas/training.ts';
import {
	addMinutes,
	buildAgenda,
	deckPath,
	formatDay,
	formatDuration,
	legalBasisDates,
	presenterPath,
	resolveSlide,
	totalMinutes,
} from '../../../src/components/training/workshop.ts';
import { withBase } from '../../../src/lib/base-path.ts';
import {
	formatBytes,
	groupKitFiles,
	parseKitManifest,
} from '../../../src/components/training/kit.ts';
import { printedUrl, wrapText } from '../../../scripts/build-training-kit.ts';

const method = {
	number: 3,
	shortTitle: 'Quét mã QR trên thẻ',
	keyPoints: [
		{ text: 'Mã QR có cả số CMND cũ', claim: 'qr-co-so-cmnd-cu' },
		{ text: 'Đọc mã QR không chứng minh thẻ là thật', claim: 'qr-khong-chung-minh-the-that' },
	],
} as Method;

describe('slides built from methods.yaml', () => {
	test('a method slide takes its title and points from the method', () => {
		expect(resolveSlide({ method: 3, notes: 'Ghi chú.' }, [method])).toEqual({
			title: 'Cách 3: Quét mã QR trên thẻ',
			points: ['Mã QR có cả số CMND cũ', 'Đọc mã QR không chứng minh thẻ là thật'],
			notes: 'Ghi chú.',
			picture: 'ma-qr',
		});
	});

	test("a slide's own picture wins over its method's", () => {
		const slide = resolveSlide({ method: 3, picture: 'chip', notes: 'Ghi chú.' }, [method]);
		expect(slide.picture).toBe('chip');
	});

	test('explicit title and points win over the method', () => {
		const slide = resolveSlide({ method: 3, title: 'Riêng', points: ['Một'], notes: 'Ghi chú.' }, [
			method,
		]);
		expect(slide.title).toBe('Riêng');
		expect(slide.points).toEqual(['Một']);
	});

	test('a missing method is an error naming it', () => {
		expect(() => resolveSlide({ method: 5, notes: 'Ghi chú.' }, [method])).toThrow('Cách 5');
	});
});

describe('the timetable', () => {
	const module = (id: string, number: number, minutes: number, breakAfter = 0) =>
		({ id, number, title: id, minutes, breakAfter }) as WithId<TrainingModule>;

	test('adds minutes across the hour', () => {
		expect(addMinutes('07:30', 45)).toBe('08:15');
		expect(addMinutes('9:50', 15)).toBe('10:05');
		expect(() => addMinutes('bảy giờ', 5)).toThrow();
	});

	test('runs modules in number order with their breaks', () => {
		const rows = buildAgenda([module('b', 2, 45, 15), module('a', 1, 30)], '07:30');
		expect(rows.map((r) => [r.kind, r.start, r.end])).toEqual([
			['module', '07:30', '08:00'],
			['module', '08:00', '08:45'],
			['break', '08:45', '09:00'],
		]);
		expect(totalMinutes(rows)).toBe(90);
	});

	test('durations read naturally', () => {
		expect(formatDuration(45)).toBe('45 phút');
		expect(formatDuration(120)).toBe('2 giờ');
		expect(formatDuration(215)).toBe('3 giờ 35 phút');
	});

	test('dates are written day/month/year', () => {
		expect(formatDay(new Date('2024-07-01'))).toBe('01/07/2024');
	});

	test('a legal basis shows only the dates that are confirmed', () => {
		const adopted = new Date('2024-06-25');
		const effective = new Date('2024-07-01');
		expect(legalBasisDates({ effective })).toBe('hiệu lực từ 01/07/2024');
		expect(legalBasisDates({ adopted })).toBe('ngày 25/06/2024');
		expect(legalBasisDates({ adopted, effective })).toBe('ngày 25/06/2024, hiệu lực từ 01/07/2024');
		expect(legalBasisDates({})).toBe('');
	});
});

describe('links', () => {
	test('page paths get the base path; URLs pass through', () => {
		expect(withBase('/cach-3/', '/')).toBe('/cach-3/');
		expect(withBase('/cach-3/', '/7cach/')).toBe('/7cach/cach-3/');
		expect(withBase('https://example.vn/', '/7cach/')).toBe('https://example.vn/');
	});

	test('deck and presenter paths', () => {
		expect(deckPath('tai-quay')).toBe('/tap-huan/trinh-chieu/tai-quay/');
		expect(presenterPath('tai-quay')).toBe('/tap-huan/trinh-chieu/tai-quay/ghi-chu/');
	});

	test('printed handouts show full addresses', () => {
		expect(printedUrl('/cach-6/', 'https://7cach.example.vn/')).toBe(
			'https://7cach.example.vn/cach-6/'
		);
		expect(printedUrl('https://vbpl.vn/', 'https://7cach.example.vn')).toBe('https://vbpl.vn/');
	});
});

describe('the workshop kit', () => {
	const measure = (s: string) => s.length;

	test('wraps text at word boundaries', () => {
		expect(wrapText('một hai ba bốn năm', 7, measure)).toEqual(['một hai', 'ba bốn', 'năm']);
	});

	test('breaks a word longer than the line, such as a URL', () => {
		const lines = wrapText('xem https://example.vn/a-very-long-path', 10, measure);
		expect(lines.every((line) => line.length <= 10)).toBe(true);
		expect(lines.join('')).toBe('xemhttps://example.vn/a-very-long-path');
	});

	test('keeps line breaks in the source text', () => {
		expect(wrapText('a\nb', 10, measure)).toEqual(['a', 'b']);
	});

	test('reads a well-formed manifest and rejects a broken one', () => {
		const manifest = {
			zip: 'bo.zip',
			zipBytes: 2048,
			generated: '2026-11-27',
			files: [{ path: 'tai-lieu/a.pdf', title: 'A', kind: 'tai-lieu', bytes: 10 }],
			missing: ['x'],
		};
		expect(parseKitManifest(manifest)?.files).toHaveLength(1);
		expect(parseKitManifest({ ...manifest, files: [{ path: 'a', kind: 'la' }] })).toBeNull();
		expect(parseKitManifest(null)).toBeNull();
	});

	test('groups files by kind in a fixed order', () => {
		const groups = groupKitFiles([
			{ path: 'the-mau/1.png', title: '1', kind: 'the-mau', bytes: 1 },
			{ path: 'tai-lieu/a.pdf', title: 'a', kind: 'tai-lieu', bytes: 1 },
		]);
		expect(groups.map((g) => g.kind)).toEqual(['tai-lieu', 'the-mau']);
	});

	test('sizes read in KB and MB', () => {
		expect(formatBytes(500)).toBe('1 KB');
		expect(formatBytes(350 * 1024)).toBe('350 KB');
		expect(formatBytes(2.2 * 1024 * 1024)).toBe('2,2 MB');
	});
});
