import { describe, expect, test } from 'vitest';
import {
	decodePayloadText,
	hasLossyMojibake,
	repairLatin1Mojibake,
} from '../../../src/lib/cccd/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('charset repair', () => {
	test('a CP1252 misread of Vietnamese is repaired losslessly', () => {
		const misread = new TextDecoder('windows-1252').decode(utf8('Nguyễn Thị Mẫu'));
		expect(misread).toBe('Nguyá»…n Thá»‹ Máº«u');
		expect(repairLatin1Mojibake(misread)).toBe('Nguyễn Thị Mẫu');
	});

	test('a pure Latin-1 misread (C1 controls kept) is repaired too', () => {
		const misread = String.fromCharCode(...utf8('Phường Thử Nghiệm'));
		expect(decodePayloadText(misread)).toEqual({
			ok: true,
			text: 'Phường Thử Nghiệm',
			repaired: true,
		});
	});

	test('correct Vietnamese text is left alone', () => {
		expect(repairLatin1Mojibake('Lê Hà')).toBeNull();
		expect(decodePayloadText('Trần Thị Bình')).toEqual({
			ok: true,
			text: 'Trần Thị Bình',
			repaired: false,
		});
	});

	test('a Big5 misread is reported as unrecoverable', () => {
		const misread = new TextDecoder('big5').decode(utf8('Vĩnh Phong, Vĩnh Bảo, Hải Phòng'));
		expect(hasLossyMojibake(misread)).toBe(true);
		expect(decodePayloadText(misread)).toEqual({ ok: false, reason: 'lossy-mojibake' });
	});

	test('bytes are decoded as strict UTF-8', () => {
		expect(decodePayloadText(utf8('Đà Nẵng'))).toEqual({
			ok: true,
			text: 'Đà Nẵng',
			repaired: false,
		});
		expect(decodePayloadText(new Uint8Array([0x4e, 0xe1, 0xbb]))).toEqual({
			ok: false,
			reason: 'invalid-utf8',
		});
	});
});
