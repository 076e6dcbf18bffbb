/**
 * How far back in a room the practice slide's QR code can be read with a phone. Pure arithmetic,
 * stated on the presenter's notes page so a trainer can judge the room:
 *
 * - On a 1280×720 slide each QR module is PRACTICE_MODULE_PX pixels (the picture is sized so).
 * - A projector spreads those 1280 pixels over the screen width: 2–3 m in a typical meeting room.
 * - A phone's scanner works on a preview frame about 1280 pixels wide with a horizontal field of
 *   view of about 65°, and reads reliably when a module covers 3 or more of those pixels
 *   (2 is the bare minimum on a sharp, steady image).
 */

/** Pixels per QR module on the practice slide at 1280×720. */
export const PRACTICE_MODULE_PX = 10;
/** Width of the slide in pixels when projected at 1280×720. */
export const SLIDE_WIDTH_PX = 1280;

export interface PhoneCamera {
	/** Horizontal field of view in degrees. */
	fovDeg: number;
	/** Width of the frame the scanner decodes, in pixels. */
	framePx: number;
	/** Camera pixels a module must cover to be read reliably. */
	pxPerModule: number;
}

/** A typical phone's scanner (see the module comment). */
export const TYPICAL_PHONE: PhoneCamera = { fovDeg: 65, framePx: 1280, pxPerModule: 3 };

/** Size of one module on the screen, in millimetres. */
export function projectedModuleMm(
	modulePx: number,
	screenWidthM: number,
	slidePx = SLIDE_WIDTH_PX
): number {
	return (modulePx * screenWidthM * 1000) / slidePx;
}

/** Farthest distance (metres) at which a module still covers `pxPerModule` camera pixels. */
export function readingDistanceM(moduleMm: number, camera: PhoneCamera = TYPICAL_PHONE): number {
	const viewPerMetre = 2 * Math.tan((camera.fovDeg * Math.PI) / 360);
	return ((moduleMm / 1000) * camera.framePx) / (viewPerMetre * camera.pxPerModule);
}

/** One decimal, Vietnamese decimal comma: 5,2. */
export function formatOneDecimal(value: number): string {
	return (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');
}

/** The sentence for the presenter: module size and reading distance on a 2 m and a 3 m screen. */
export function practiceQrNote(modules: number, modulePx = PRACTICE_MODULE_PX): string {
	const onScreen = (widthM: number) => {
		const mm = projectedModuleMm(modulePx, widthM);
		return { mm, distance: readingDistanceM(mm) };
	};
	const small = onScreen(2);
	const large = onScreen(3);
	return (
		`Mã QR trên trang này có ${modules} × ${modules} ô, mỗi ô ${modulePx} điểm ảnh khi chiếu ở 1280 × 720. ` +
		`Trên màn chiếu rộng 2 m mỗi ô khoảng ${formatOneDecimal(small.mm)} mm, rộng 3 m khoảng ${formatOneDecimal(large.mm)} mm; ` +
		`điện thoại thường đọc được từ khoảng ${Math.floor(small.distance)} m đến ${Math.floor(large.distance)} m ` +
		`(giả định camera góc ngang 65°, khung quét 1280 điểm ảnh, mỗi ô cần 3 điểm ảnh). Xa hơn thì tiến lại gần.`
	);
}
