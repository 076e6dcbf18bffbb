import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchAliasText } from '../../../src/components/guidance/search-fold.ts';

describe('foldVietnamese', () => {
	it('removes tone marks and the stroke of đ', () => {
		expect(foldVietnamese('Tổng đài hỗ trợ')).toBe('Tong dai ho tro');
		expect(foldVietnamese('ĐỌC CHIP')).toBe('DOC CHIP');
		expect(foldVietnamese('Số định danh cá nhân')).toBe('So dinh danh ca nhan');
	});
});

describe('searchAliasText', () => {
	it('keeps only phrases with đ, folded and without repeats', () => {
		expect(
			searchAliasText(['Tổng đài', 'Xác nhận cư trú', undefined, 'tổng đài', 'Đăng ký VNeID'])
		).toBe('Tong dai · Dang ky VNeID');
	});
	it('is empty when nothing needs folding', () => {
		expect(searchAliasText(['Cư trú', 'Thẻ căn cước'])).toBe('');
	});
});
