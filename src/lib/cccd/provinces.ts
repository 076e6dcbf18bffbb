/**
 * Province codes that open a 12-digit personal ID number (Thông tư 07/2016/TT-BCA, Phụ lục 1).
 *
 * The code records where the birth was registered, using the 63 provinces that existed before the
 * 2025 reorganisation (Nghị quyết 202/2025/QH15). Numbers never change, so the old table stays the
 * decoding table; `current` is the province that holds that territory since 1 July 2025, for display.
 */

export interface ProvinceEntry {
	/** Three digits, e.g. '001'. */
	code: string;
	/** The province the code was assigned to. */
	name: string;
	/** The province that territory belongs to after the 2025 reorganisation (34 provinces). */
	current: string;
}

const HCMC = 'TP. Hồ Chí Minh';

// [code, name, current]; order as in Phụ lục 1.
const TABLE: readonly (readonly [string, string, string])[] = [
	['001', 'Hà Nội', 'Hà Nội'],
	['002', 'Hà Giang', 'Tuyên Quang'],
	['004', 'Cao Bằng', 'Cao Bằng'],
	['006', 'Bắc Kạn', 'Thái Nguyên'],
	['008', 'Tuyên Quang', 'Tuyên Quang'],
	['010', 'Lào Cai', 'Lào Cai'],
	['011', 'Điện Biên', 'Điện Biên'],
	['012', 'Lai Châu', 'Lai Châu'],
	['014', 'Sơn La', 'Sơn La'],
	['015', 'Yên Bái', 'Lào Cai'],
	['017', 'Hòa Bình', 'Phú Thọ'],
	['019', 'Thái Nguyên', 'Thái Nguyên'],
	['020', 'Lạng Sơn', 'Lạng Sơn'],
	['022', 'Quảng Ninh', 'Quảng Ninh'],
	['024', 'Bắc Giang', 'Bắc Ninh'],
	['025', 'Phú Thọ', 'Phú Thọ'],
	['026', 'Vĩnh Phúc', 'Phú Thọ'],
	['027', 'Bắc Ninh', 'Bắc Ninh'],
	['030', 'Hải Dương', 'Hải Phòng'],
	['031', 'Hải Phòng', 'Hải Phòng'],
	['033', 'Hưng Yên', 'Hưng Yên'],
	['034', 'Thái Bình', 'Hưng Yên'],
	['035', 'Hà Nam', 'Ninh Bình'],
	['036', 'Nam Định', 'Ninh Bình'],
	['037', 'Ninh Bình', 'Ninh Bình'],
	['038', 'Thanh Hóa', 'Thanh Hóa'],
	['040', 'Nghệ An', 'Nghệ An'],
	['042', 'Hà Tĩnh', 'Hà Tĩnh'],
	['044', 'Quảng Bình', 'Quảng Trị'],
	['045', 'Quảng Trị', 'Quảng Trị'],
	// Thừa Thiên Huế became the centrally-run city of Huế on 1/1/2025 and was not merged.
	['046', 'Thừa Thiên Huế', 'Huế'],
	['048', 'Đà Nẵng', 'Đà Nẵng'],
	['049', 'Quảng Nam', 'Đà Nẵng'],
	['051', 'Quảng Ngãi', 'Quảng Ngãi'],
	['052', 'Bình Định', 'Gia Lai'],
	['054', 'Phú Yên', 'Đắk Lắk'],
	['056', 'Khánh Hòa', 'Khánh Hòa'],
	['058', 'Ninh Thuận', 'Khánh Hòa'],
	['060', 'Bình Thuận', 'Lâm Đồng'],
	['062', 'Kon Tum', 'Quảng Ngãi'],
	['064', 'Gia Lai', 'Gia Lai'],
	['066', 'Đắk Lắk', 'Đắk Lắk'],
	['067', 'Đắk Nông', 'Lâm Đồng'],
	['068', 'Lâm Đồng', 'Lâm Đồng'],
	['070', 'Bình Phước', 'Đồng Nai'],
	['072', 'Tây Ninh', 'Tây Ninh'],
	['074', 'Bình Dương', HCMC],
	['075', 'Đồng Nai', 'Đồng Nai'],
	['077', 'Bà Rịa - Vũng Tàu', HCMC],
	['079', HCMC, HCMC],
	['080', 'Long An', 'Tây Ninh'],
	['082', 'Tiền Giang', 'Đồng Tháp'],
	['083', 'Bến Tre', 'Vĩnh Long'],
	['084', 'Trà Vinh', 'Vĩnh Long'],
	['086', 'Vĩnh Long', 'Vĩnh Long'],
	['087', 'Đồng Tháp', 'Đồng Tháp'],
	['089', 'An Giang', 'An Giang'],
	['091', 'Kiên Giang', 'An Giang'],
	['092', 'Cần Thơ', 'Cần Thơ'],
	['093', 'Hậu Giang', 'Cần Thơ'],
	['094', 'Sóc Trăng', 'Cần Thơ'],
	['095', 'Bạc Liêu', 'Cà Mau'],
	['096', 'Cà Mau', 'Cà Mau'],
];

/** All 63 pre-2025 province codes, in table order. */
export const PROVINCES: readonly ProvinceEntry[] = TABLE.map(([code, name, current]) => ({
	code,
	name,
	current,
}));

const BY_CODE: ReadonlyMap<string, ProvinceEntry> = new Map(PROVINCES.map((p) => [p.code, p]));

/** Looks up a three-digit province code; undefined for unused codes and (unlisted) country codes. */
export function findProvince(code: string): ProvinceEntry | undefined {
	return BY_CODE.get(code);
}
