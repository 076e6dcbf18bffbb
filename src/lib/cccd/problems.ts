/**
 * Stable problem codes and the plain-Vietnamese messages shown to users.
 *
 * Kept as data (not only as types) so the UI can list them, translate them or
 * map them to help links without importing the parser.
 */

/** Problems that stop a payload from being read as an ID-card QR. */
export const CCCD_ERROR_CODES = [
	'empty',
	'not-cccd',
	'field-count',
	'id-number-format',
	'date-invalid',
	'gender-invalid',
	'charset-unrecoverable',
	// Not in the original list: every card carries a name, so an empty name field means a broken payload.
	'name-missing',
] as const;

/** Problems that still let the card be read but deserve the user's attention. */
export const CCCD_WARNING_CODES = [
	'id-gender-mismatch',
	'id-birth-year-mismatch',
	'unknown-province-code',
	'charset-repaired',
	'issue-before-birth',
	'future-date',
	// Not in the original list: spec §2 asks to flag counts other than 7 or 11 as "unexpected but parseable".
	'field-count-unexpected',
	// Control or invisible formatting characters (NUL, bidi overrides…) inside a field, removed.
	'control-characters',
	// One field too many because the address holds a "|": the address was joined back together.
	'address-separator',
] as const;

export type CccdErrorCode = (typeof CCCD_ERROR_CODES)[number];
export type CccdWarningCode = (typeof CCCD_WARNING_CODES)[number];
export type CccdProblemCode = CccdErrorCode | CccdWarningCode;

/** The payload fields, named as in `CccdCard`, so a problem can point at the field it concerns. */
export type CccdField =
	| 'idNumber'
	| 'oldIdNumber'
	| 'fullName'
	| 'dateOfBirth'
	| 'gender'
	| 'address'
	| 'issueDate'
	| 'extraFields';

export interface CccdProblem<C extends CccdProblemCode = CccdProblemCode> {
	code: C;
	/** Short plain-Vietnamese sentence(s): what is wrong and what to do. */
	message: string;
	/** The field concerned, when there is one. */
	field?: CccdField;
	/** How many "|"-separated fields the payload has, when the problem is about that count. */
	fieldCount?: number;
}

export type CccdError = CccdProblem<CccdErrorCode>;
export type CccdWarning = CccdProblem<CccdWarningCode>;

export const CCCD_ERROR_MESSAGES: Readonly<Record<CccdErrorCode, string>> = {
	empty: 'Chưa có dữ liệu. Hãy quét mã QR trên thẻ căn cước.',
	'not-cccd':
		'Mã QR này không phải mã trên thẻ căn cước. Hãy quét mã QR in trên thẻ (mặt trước thẻ CCCD gắn chip, mặt sau thẻ căn cước mới).',
	'field-count':
		'Mã QR thiếu thông tin so với mã trên thẻ căn cước. Hãy quét lại mã QR in trên thẻ.',
	'id-number-format':
		'Số định danh cá nhân phải có đúng 12 chữ số (số CMND cũ: 9 chữ số). Hãy quét lại mã QR trên thẻ.',
	'date-invalid': 'Ngày sinh hoặc ngày cấp trong mã QR không hợp lệ. Hãy quét lại mã QR trên thẻ.',
	'gender-invalid': 'Giới tính trong mã QR phải là “Nam” hoặc “Nữ”. Hãy quét lại mã QR trên thẻ.',
	'charset-unrecoverable':
		'Chữ tiếng Việt trong mã QR bị đọc sai phông chữ và không khôi phục được. Hãy quét lại bằng ứng dụng VNeID hoặc trang này.',
	'name-missing': 'Mã QR không có họ và tên. Hãy quét lại mã QR in trên thẻ.',
};

export const CCCD_WARNING_MESSAGES: Readonly<Record<CccdWarningCode, string>> = {
	'id-gender-mismatch':
		'Giới tính trên thẻ không khớp với số định danh. Hãy đối chiếu lại thẻ gốc.',
	'id-birth-year-mismatch':
		'Năm sinh trên thẻ không khớp với số định danh. Hãy đối chiếu lại thẻ gốc.',
	'unknown-province-code':
		'Ba số đầu của số định danh không thuộc danh sách 63 mã tỉnh cũ (có thể là mã nước ngoài). Hãy đối chiếu lại thẻ gốc.',
	'charset-repaired':
		'Chữ tiếng Việt đã được sửa lỗi phông tự động. Hãy kiểm tra lại họ tên và địa chỉ.',
	'issue-before-birth': 'Ngày cấp thẻ sớm hơn ngày sinh. Hãy đối chiếu lại thẻ gốc.',
	'future-date': 'Ngày sinh hoặc ngày cấp nằm sau ngày hôm nay. Hãy đối chiếu lại thẻ gốc.',
	'field-count-unexpected':
		'Mã QR có số mục khác thường (không phải 7 hoặc 11). Thông tin chính vẫn đọc được. Hãy kiểm tra lại.',
	'control-characters':
		'Mã QR có ký tự điều khiển hoặc ký tự ẩn (không nhìn thấy được), trang đã bỏ các ký tự này. Hãy đối chiếu lại thông tin với thẻ gốc.',
	'address-separator':
		'Mã QR có nhiều mục hơn thường lệ, có thể vì địa chỉ chứa dấu “|” (dấu dùng để ngăn cách các mục). Trang đã ghép lại địa chỉ. Hãy đối chiếu địa chỉ với thẻ gốc.',
};

/**
 * The messages that depend on how many fields the payload has: saying the count (and what it
 * should be) points the reader at the real problem instead of at a field that merely moved.
 */
function fieldCountMessage(
	code: CccdProblemCode,
	count: number,
	expected: number | undefined
): string | undefined {
	if (code === 'address-separator' && expected !== undefined) {
		return `Mã QR có ${count} mục thay vì ${expected}, có thể vì địa chỉ chứa dấu “|” (dấu dùng để ngăn cách các mục). Trang đã ghép lại địa chỉ. Hãy đối chiếu địa chỉ với thẻ gốc.`;
	}
	if (code === 'field-count') {
		return count < 7
			? `Mã QR chỉ có ${count} mục, thiếu thông tin so với mã trên thẻ căn cước (7 mục, hoặc 11 mục trên thẻ mới). Hãy quét lại mã QR in trên thẻ.`
			: `Mã QR có ${count} mục, trong khi mã trên thẻ căn cước có 7 mục (hoặc 11 mục trên thẻ mới), nên không xác định được ngày cấp. Có thể một mục, thường là địa chỉ, chứa dấu “|”. Hãy quét lại mã QR in trên thẻ.`;
	}
	return undefined;
}

/** Optional details of a problem. */
export interface CccdProblemDetail {
	/** The payload's field count, for the field-count problems (the message then names it). */
	fieldCount?: number;
	/** The count the payload's layout calls for (7 or 11), when known. */
	expectedFieldCount?: number;
}

function build<C extends CccdProblemCode>(
	code: C,
	standard: string,
	field: CccdField | undefined,
	detail: CccdProblemDetail
): CccdProblem<C> {
	const problem: CccdProblem<C> = { code, message: standard };
	if (field !== undefined) problem.field = field;
	if (detail.fieldCount !== undefined) {
		problem.fieldCount = detail.fieldCount;
		problem.message =
			fieldCountMessage(code, detail.fieldCount, detail.expectedFieldCount) ?? standard;
	}
	return problem;
}

/** Builds an error with its standard message (or the count-specific one, given a field count). */
export function cccdError(
	code: CccdErrorCode,
	field?: CccdField,
	detail: CccdProblemDetail = {}
): CccdError {
	return build(code, CCCD_ERROR_MESSAGES[code], field, detail);
}

/** Builds a warning with its standard message (or the count-specific one, given a field count). */
export function cccdWarning(
	code: CccdWarningCode,
	field?: CccdField,
	detail: CccdProblemDetail = {}
): CccdWarning {
	return build(code, CCCD_WARNING_MESSAGES[code], field, detail);
}
