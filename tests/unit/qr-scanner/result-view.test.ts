import { describe, expect, it } from 'vitest';
import { parseCccdQr, type CccdCard, type CccdWarning } from '../../../src/lib/cccd/index.ts';
import {
	cardView,
	centuryText,
	fieldRows,
	formatDate,
	idChecks,
	problemFor,
	residenceForm,
} from '../../../src/components/qr-scanner/result-view.ts';

const TODAY = { today: new Date(2026, 10, 27) };
const CARD_2021 =
	'031088000123|031234567|Nguyễn Văn Mẫu|15031988|Nam|Số 1 Đường Ví Dụ, Phường Thử Nghiệm, Quận Mẫu, Hải Phòng|01062021';
const CARD_2024 =
	'030184000779|052365120|Hoàng Mai Giả Lập|27091984|Nữ|Tổ 22, Phường Thử Nghiệm, Quận Giả Định, Hải Dương|25032025||||';
const CHILD_2024 =
	'001214000123||Lê Văn Thử|02022014|Nam|Tổ 1, Xã Mẫu, Huyện Thử, Hà Nội|05052025||Lê Văn Ví Dụ|Trần Thị Mẫu|';

function parsed(payload: string): { card: CccdCard; warnings: CccdWarning[] } {
	const result = parseCccdQr(payload, TODAY);
	if (!result.ok) throw new Error(result.errors.map((e) => e.code).join());
	return result;
}

const labels = (payload: string) => fieldRows(parsed(payload).card, true).map((r) => r.label);

describe('field rows', () => {
	it('label the address by card generation', () => {
		expect(labels(CARD_2021)).toContain('Nơi thường trú');
		expect(labels(CARD_2024)).toContain('Nơi cư trú');
	});

	it('list the four extra fields of a 2024 card, saying when they are empty', () => {
		const rows = fieldRows(parsed(CARD_2024).card, true);
		expect(rows).toHaveLength(11);
		expect(rows.slice(7).map((r) => r.value.text)).toEqual([
			'Để trống',
			'Để trống',
			'Để trống',
			'Để trống',
		]);
	});

	it('show the values in full, dates in the order printed on the card, when revealed', () => {
		const rows = Object.fromEntries(
			fieldRows(parsed(CARD_2021).card, true).map((r) => [r.label, r.value])
		);
		expect(rows['Số định danh cá nhân']).toEqual({
			text: '031088000123',
			masked: false,
			spoken: '031088000123',
		});
		expect(rows['Ngày sinh']?.text).toBe('15/03/1988');
		expect(rows['Giới tính']?.text).toBe('Nam');
	});

	it('mask personal values by default, and say "đã ẩn" to screen readers instead of asterisks', () => {
		const rows = Object.fromEntries(
			fieldRows(parsed(CARD_2021).card, false).map((r) => [r.label, r.value])
		);
		expect(rows['Số định danh cá nhân']).toEqual({
			text: '0310******23',
			masked: true,
			spoken: 'Đã ẩn một phần: bắt đầu 0310, kết thúc 23, 6 chữ số ẩn',
		});
		expect(rows['Họ và tên']?.text).toBe('N***** V** M**');
		expect(rows['Họ và tên']?.spoken).not.toContain('*');
		expect(rows['Ngày sinh']?.text).toBe('**/**/1988');
		// Gender is in the ID number anyway: never masked.
		expect(rows['Giới tính']?.masked).toBe(false);
	});

	it('mask the parents’ names on a child’s card', () => {
		const rows = fieldRows(parsed(CHILD_2024).card, false);
		expect(rows.find((r) => r.label.startsWith('Họ và tên cha'))?.value.text).toBe('L* V** V* D*');
		expect(rows.find((r) => r.label.startsWith('Họ và tên mẹ'))?.value.masked).toBe(true);
	});

	it('say "Không có" for an empty old ID number', () => {
		const rows = fieldRows(parsed(CHILD_2024).card, false);
		expect(rows.find((r) => r.key === 'oldIdNumber')?.value).toEqual({
			text: 'Không có',
			masked: false,
			spoken: 'Không có',
		});
	});
});

describe('the ID-number check list', () => {
	it('explains each part in plain words, every item with a status word', () => {
		const { card, warnings } = parsed(CARD_2024);
		const checks = idChecks(card, warnings, true);
		expect(checks.map((c) => [c.title, c.word])).toEqual([
			['3 số đầu: 030', 'Khớp'],
			['Số thứ 4: 1', 'Khớp'],
			['Số thứ 5 và 6: 84', 'Khớp'],
			['6 số cuối: 000779', 'Khớp'],
			['Ngày sinh và ngày cấp', 'Khớp'],
		]);
		expect(checks[0]?.detail).toBe(
			'Nơi đăng ký khai sinh: Hải Dương (nay thuộc Hải Phòng). Mã tỉnh hợp lệ.'
		);
		expect(checks[1]?.detail).toContain('Giới tính Nữ, sinh trong thế kỷ 20 (năm 1900–1999)');
		expect(checks[2]?.detail).toContain('Năm sinh 1984');
	});

	it('does not name a province twice when it was not merged', () => {
		const { card, warnings } = parsed(CARD_2021);
		expect(idChecks(card, warnings, true)[0]?.detail).toBe(
			'Nơi đăng ký khai sinh: Hải Phòng. Mã tỉnh hợp lệ.'
		);
	});

	it('hides the last six digits while the card is masked', () => {
		const { card, warnings } = parsed(CARD_2021);
		const serial = idChecks(card, warnings, false).find((c) => c.key === 'serial');
		expect(serial?.title).toBe('6 số cuối (đang ẩn)');
	});

	it('says "Không khớp" when the gender or birth year disagree with the number', () => {
		// Digit 4 = 1 (female, 1900s) but the card says Nam, born 1990 not 1988.
		const { card, warnings } = parsed(
			'031188000123||Trần Văn Thử|15031990|Nam|Xã Mẫu, Hải Phòng|01062021'
		);
		const byKey = Object.fromEntries(idChecks(card, warnings, true).map((c) => [c.key, c]));
		expect(byKey['gender-century']?.word).toBe('Không khớp');
		expect(byKey['gender-century']?.detail).toContain('Trên thẻ lại ghi giới tính Nam');
		expect(byKey['birth-year']?.word).toBe('Không khớp');
		expect(byKey['birth-year']?.detail).toContain('Trên thẻ lại ghi năm sinh 1990');
	});

	it('says "Cảnh báo" for a province code outside the table', () => {
		const { card, warnings } = parsed(
			'099088000123||Trần Văn Thử|15031988|Nam|Xã Mẫu, Hà Nội|01062021'
		);
		const province = idChecks(card, warnings, true)[0];
		expect(province?.word).toBe('Cảnh báo');
		expect(province?.detail).toContain('không có trong danh sách 63 mã');
	});

	it('flags dates in the wrong order', () => {
		const { card, warnings } = parsed(
			'031088000123||Trần Văn Thử|15031988|Nam|Xã Mẫu, Hà Nội|01061987'
		);
		expect(idChecks(card, warnings, true).find((c) => c.key === 'dates')?.word).toBe('Không khớp');
	});

	it('names centuries', () => {
		expect(centuryText(1988)).toBe('thế kỷ 20 (năm 1900–1999)');
		expect(centuryText(2014)).toBe('thế kỷ 21 (năm 2000–2099)');
	});
});

describe('the residence form', () => {
	it('is filled from the QR, leaving what the QR does not hold for the person', () => {
		const form = residenceForm(parsed(CARD_2021).card, true);
		expect(form.map((r) => [r.label, r.value?.text ?? null])).toEqual([
			['Họ, chữ đệm và tên', 'Nguyễn Văn Mẫu'],
			['Ngày, tháng, năm sinh', '15/03/1988'],
			['Giới tính', 'Nam'],
			['Số định danh cá nhân', '031088000123'],
			['Nơi thường trú', 'Số 1 Đường Ví Dụ, Phường Thử Nghiệm, Quận Mẫu, Hải Phòng'],
			['Số điện thoại liên hệ', null],
			['Nội dung đề nghị', null],
		]);
	});

	it('follows the mask', () => {
		expect(residenceForm(parsed(CARD_2021).card, false)[0]?.value?.masked).toBe(true);
	});
});

describe('card view', () => {
	it('names the card generation and passes the decoder warnings on as plain sentences', () => {
		const { card, warnings } = parsed(
			'031188000123||Trần Văn Thử|15031990|Nam|Xã Mẫu, Hải Phòng|01062021'
		);
		const view = cardView(card, warnings, false);
		expect(view.generation).toContain('mẫu năm 2021');
		expect(view.notes).toEqual([
			'Giới tính trên thẻ không khớp với số định danh. Hãy đối chiếu lại thẻ gốc.',
			'Năm sinh trên thẻ không khớp với số định danh. Hãy đối chiếu lại thẻ gốc.',
		]);
	});

	it('formats ISO dates as dd/mm/yyyy', () => {
		expect(formatDate('2024-07-01')).toBe('01/07/2024');
	});
});

describe('problems', () => {
	it('map each failed outcome to a message and a way on', () => {
		expect(problemFor({ kind: 'no-qr' })?.message).toBe('Không tìm thấy mã QR trong ảnh này.');
		expect(problemFor({ kind: 'image-error' })?.message).toBe('Không mở được tệp này như một ảnh.');
		expect(problemFor({ kind: 'failure', detail: 'x' })?.next).toContain('tải lại trang');
		for (const kind of ['no-qr', 'image-error'] as const)
			expect(problemFor({ kind })?.next).not.toBe('');
	});

	it('tell a foreign QR from a damaged card QR, listing the decoder’s sentences for the latter', () => {
		const notCard = parseCccdQr('https://example.com');
		const damaged = parseCccdQr('031088000123||Trần Văn Thử|32131988|Nam|Xã Mẫu, Hà Nội|01062021');
		if (notCard.ok || damaged.ok) throw new Error('expected failures');
		expect(problemFor({ kind: 'invalid', errors: notCard.errors })?.message).toBe(
			'Mã QR này không phải mã trên thẻ căn cước.'
		);
		const p = problemFor({ kind: 'invalid', errors: damaged.errors });
		expect(p?.message).toBe('Đọc được mã QR nhưng nội dung bị lỗi hoặc không đầy đủ.');
		expect(p?.details).toEqual([
			'Ngày sinh hoặc ngày cấp trong mã QR không hợp lệ. Hãy quét lại mã QR trên thẻ.',
		]);
	});

	it('ask for input when the text field was empty', () => {
		const empty = parseCccdQr('');
		if (empty.ok) throw new Error('expected failure');
		expect(problemFor({ kind: 'invalid', errors: empty.errors })?.message).toBe(
			'Chưa có nội dung để phân tích.'
		);
	});

	it('are nothing for a card', () => {
		const { card, warnings } = parsed(CARD_2021);
		expect(problemFor({ kind: 'card', card, warnings })).toBeNull();
	});
});
