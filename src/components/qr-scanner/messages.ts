/**
 * Every sentence the QR scanner shows or announces, in plain Vietnamese, and the mapping from a
 * failure to "what happened" + "what to do next". Pure data: imported by the custom element (the
 * page's initial JS), so it must not import the decoder.
 */

/** Polite status lines (role="status"). */
export const STATUS = {
	loading: 'Đang chuẩn bị bộ đọc mã…',
	cameraStarting: 'Đang mở camera…',
	scanning: 'Đang tìm mã QR… Hãy đưa mã QR trên thẻ vào giữa khung.',
	photo: 'Đang đọc ảnh…',
	text: 'Đang phân tích nội dung…',
	found: 'Đã đọc được thẻ. Kết quả ở ngay bên dưới.',
	cameraStopped: 'Đã tắt camera.',
	cameraPaused: 'Đã tắt camera vì bạn rời khỏi trang. Bấm “Bật camera” để quét tiếp.',
	foreignQr:
		'Camera thấy một mã QR nhưng không phải mã trên thẻ căn cước. Hãy đưa mã QR trên thẻ vào khung.',
	unclearQr: 'Camera thấy mã QR nhưng chưa đọc rõ. Hãy giữ yên thẻ, đưa gần hơn một chút.',
	torchOn: 'Đã bật đèn.',
	torchOff: 'Đã tắt đèn.',
	switched: 'Đã đổi camera.',
	revealed: 'Đã hiện đầy đủ thông tin.',
	masked: 'Đã ẩn một phần thông tin.',
} as const;

/**
 * The show/hide button and the line beside it. The button is named by what it will do (no
 * aria-pressed, whose name must not change): the label itself tells the state.
 */
export function revealText(revealed: boolean): { button: string; state: string } {
	return revealed
		? {
				button: 'Ẩn thông tin',
				state: 'Đang hiện đầy đủ thông tin. Bấm “Ẩn thông tin” để che lại.',
			}
		: {
				button: 'Hiện thông tin',
				state: 'Đang ẩn một phần thông tin cá nhân, phòng người bên cạnh nhìn thấy.',
			};
}

/** Something that went wrong, said as what happened and what the user can do instead. */
export interface Problem {
	/** What happened, one short sentence. */
	message: string;
	/** What to do next: always offers another way in. */
	next: string;
}

export type CameraProblemKind = 'denied' | 'missing' | 'busy' | 'unsupported' | 'other';

const OTHER_WAYS = 'Bạn vẫn có thể chọn ảnh chụp thẻ, hoặc nhập nội dung mã ở phần bên dưới.';

export const CAMERA_PROBLEMS: Readonly<Record<CameraProblemKind, Problem>> = {
	denied: {
		message: 'Trang chưa được phép dùng camera.',
		next: `${OTHER_WAYS} Muốn dùng camera: bấm biểu tượng bên trái địa chỉ trang, cho phép “Máy ảnh” (Camera), rồi bấm “Bật camera” lại.`,
	},
	missing: {
		message: 'Không tìm thấy camera trên thiết bị này.',
		next: `${OTHER_WAYS} Ở quầy một cửa, có thể cắm máy quét mã QR vào máy tính và quét vào ô “Nội dung mã QR”.`,
	},
	busy: {
		message: 'Camera đang được một ứng dụng khác dùng.',
		next: `Hãy đóng ứng dụng đó rồi bấm “Bật camera” lại. ${OTHER_WAYS}`,
	},
	unsupported: {
		message: 'Trình duyệt này không cho trang dùng camera.',
		next: `${OTHER_WAYS} Hoặc mở trang bằng trình duyệt mới (Chrome, Safari, Cốc Cốc, Firefox).`,
	},
	other: {
		message: 'Không mở được camera.',
		next: `Hãy thử lại. ${OTHER_WAYS}`,
	},
};

export const DECODE_PROBLEMS = {
	noQr: {
		message: 'Không tìm thấy mã QR trong ảnh này.',
		next: 'Hãy chụp lại: đặt thẻ trên mặt phẳng, đủ ánh sáng, không bị lóa, mã QR rõ nét và chiếm phần lớn khung hình. Hoặc thử một thẻ mẫu.',
	},
	notCard: {
		message: 'Mã QR này không phải mã trên thẻ căn cước.',
		next: 'Hãy chọn ảnh có mã QR in trên thẻ (mặt trước thẻ CCCD gắn chip, mặt sau thẻ căn cước mới), hoặc thử một thẻ mẫu.',
	},
	unreadable: {
		message: 'Đọc được mã QR nhưng nội dung bị lỗi hoặc không đầy đủ.',
		next: 'Hãy quét lại gần hơn, rõ nét hơn. Nếu mã QR trên thẻ bị trầy xước, hãy đọc chip trên thẻ (Cách 4) hoặc dùng VNeID (Cách 5).',
	},
	image: {
		message: 'Không mở được tệp này như một ảnh.',
		next: 'Hãy chọn ảnh dạng JPG, PNG hoặc WebP. Nếu ảnh chụp bằng iPhone (HEIC) không mở được, hãy chụp màn hình ảnh đó rồi chọn lại.',
	},
	empty: {
		message: 'Chưa có nội dung để phân tích.',
		next: 'Hãy bấm vào ô “Nội dung mã QR” rồi quét bằng máy quét, hoặc dán nội dung mã vào đó.',
	},
	failure: {
		message: 'Bộ đọc mã gặp lỗi.',
		next: 'Hãy tải lại trang rồi thử lại. Nếu vẫn lỗi, hãy dùng ứng dụng camera của điện thoại như hướng dẫn trên trang.',
	},
} as const satisfies Record<string, Problem>;

/** Sorts a getUserMedia failure (a DOMException name, or its absence) into a kind. */
export function cameraProblemKind(error: unknown): CameraProblemKind {
	const name =
		typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
	switch (name) {
		case 'NotAllowedError':
		case 'PermissionDeniedError':
		case 'SecurityError':
			return 'denied';
		case 'NotFoundError':
		case 'DevicesNotFoundError':
		case 'OverconstrainedError':
			return 'missing';
		case 'NotReadableError':
		case 'TrackStartError':
		case 'AbortError':
			return 'busy';
		case 'TypeError':
		case 'NotSupportedError':
			return 'unsupported';
		default:
			return 'other';
	}
}

/** Status words for the ID-number check list: never colour alone. */
export const CHECK_WORDS = {
	match: 'Khớp',
	mismatch: 'Không khớp',
	warning: 'Cảnh báo',
} as const;

export type CheckStatus = keyof typeof CHECK_WORDS;
