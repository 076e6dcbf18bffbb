/**
 * The pictures on the slides, drawn as Scenes (src/lib/infographics/scene.ts) so that one drawing
 * feeds both outputs: inline SVG on the slide pages (scene-svg.ts) and vector shapes in the
 * workshop kit's slide PDFs (the posters' pdf-lib renderer). Schematics, not photos: the card
 * faces come from the synthetic sample cards (src/lib/cccd/synthetic.ts), the QR codes carry those
 * fake payloads, the colours and icons are the posters'. DOM-free; text is measured with the
 * Measure the caller passes (Be Vietnam Pro metrics), like the posters.
 */
import QRCode from 'qrcode';
import type { MethodIcon } from '../../schemas/method.ts';
import { COLORS } from '../../lib/infographics/design.ts';
import { QUIET_ZONE, type QrMatrix } from '../../lib/infographics/qr.ts';
import { sampleCards } from '../../lib/cccd/synthetic.ts';
import { PRACTICE_MODULE_PX } from './slide-qr.ts';
import { SceneBuilder, type Scene, type TextStyle } from '../../lib/infographics/scene.ts';
import type { FontWeight, Measure } from '../../lib/infographics/text.ts';
import type { SlidePictureName } from './slide-picture-names.ts';

/** Design size of every picture (units = px on a 1280×720 slide). */
export const PICTURE = { width: 512, height: 464 } as const;

/** Colours the pictures add to the campaign's: card stock, chip gold, greys for placeholders. */
const INK = {
	card: '#fbf7ea',
	cardEdge: '#6b7280',
	bar: '#c3c9d3',
	photo: '#e4e8ef',
	person: '#a7b0bd',
	chip: '#e5b73b',
	chipLine: '#7a5a0c',
	soft: '#4f5866',
	panel: '#f1f3f7',
	green: '#1f6f43',
} as const;

/** What a picture shows, from our own data. */
export interface PictureData {
	/** A synthetic sample card: QR payload and the fields printed on the face. */
	sample: { payload: string; name: string; idNumber: string };
	/** The seven methods, for the overview picture. */
	methods: ReadonlyArray<{ number: number; shortTitle: string; icon: MethodIcon }>;
}

export interface Picture {
	scene: Scene;
	/** Alternative text: what the picture shows and teaches, in one or two sentences. */
	alt: string;
}

/** A QR matrix of `payload` at an error-correction level (the posters' qrMatrix is fixed at Q). */
function qrAt(payload: string, level: 'L' | 'M'): QrMatrix {
	const { modules } = QRCode.create(payload, { errorCorrectionLevel: level });
	return { size: modules.size, dark: Array.from(modules.data, (v) => Boolean(v)), text: payload };
}

/**
 * The practice slide's QR: the sample card's payload at error correction L, the smallest code
 * that holds it, so each module is as large as the slide allows (see slide-qr.ts).
 */
export function practiceQr(payload: string): QrMatrix {
	return qrAt(payload, 'L');
}

/** The QR on the card faces: as on the sample card images (error correction M). */
function cardQr(payload: string): QrMatrix {
	return qrAt(payload, 'M');
}

class Drawing extends SceneBuilder {
	/** One line (or a few) of text in a box, at a fixed size unless it must shrink. */
	say(
		text: string,
		x: number,
		y: number,
		w: number,
		h: number,
		size: number,
		options: Partial<TextStyle> & { weight?: FontWeight } = {}
	): void {
		this.text(
			text,
			text,
			{ x, y, w, h },
			{
				weight: options.weight ?? 700,
				color: options.color ?? COLORS.navy,
				maxSize: size,
				minSize: Math.min(size, options.minSize ?? size * 0.7),
				lineHeight: options.lineHeight ?? 1.2,
				maxLines: options.maxLines ?? 2,
				align: options.align ?? 'left',
				valign: options.valign ?? 'middle',
			}
		);
	}

	/** An outline as four bars (the scene has filled shapes only). */
	frame(x: number, y: number, w: number, h: number, t: number, color: string): void {
		this.rect(x, y, w, t, color);
		this.rect(x, y + h - t, w, t, color);
		this.rect(x, y, t, h, color);
		this.rect(x + w - t, y, t, h, color);
	}

	/** A red label pill pointing at something. */
	pill(text: string, x: number, y: number, w: number, h = 36): void {
		this.rect(x, y, w, h, COLORS.red, h / 2);
		this.say(text, x, y, w, h, 20, { color: COLORS.white, align: 'center', maxLines: 1 });
	}

	/** A card: grey edge, cream face. */
	card(x: number, y: number, w: number, h: number): void {
		this.rect(x, y, w, h, INK.cardEdge, 14);
		this.rect(x + 2, y + 2, w - 4, h - 4, INK.card, 12);
	}

	photo(x: number, y: number, w: number, h: number): void {
		this.rect(x, y, w, h, INK.photo, 4);
		this.circle(x + w / 2, y + h * 0.38, w * 0.2, INK.person);
		this.rect(x + w * 0.2, y + h * 0.62, w * 0.6, h * 0.38, INK.person, w * 0.2);
	}

	chip(x: number, y: number, w: number, h: number): void {
		this.rect(x, y, w, h, INK.chipLine, 6);
		this.rect(x + 2, y + 2, w - 4, h - 4, INK.chip, 5);
		this.rect(x + w * 0.33, y + 2, 2, h - 4, INK.chipLine);
		this.rect(x + w * 0.66, y + 2, 2, h - 4, INK.chipLine);
		this.rect(x + 2, y + h / 2 - 1, w - 4, 2, INK.chipLine);
	}

	bars(x: number, y: number, widths: readonly number[], pitch = 16): void {
		widths.forEach((w, i) => this.rect(x, y + i * pitch, w, 8, INK.bar, 4));
	}

	/** A phone outline with a screen; returns the screen box. */
	phone(
		x: number,
		y: number,
		w: number,
		h: number
	): { x: number; y: number; w: number; h: number } {
		this.rect(x, y, w, h, COLORS.navy, 22);
		this.rect(x + 10, y + 34, w - 20, h - 68, COLORS.white, 6);
		this.rect(x + w / 2 - 18, y + 14, 36, 6, INK.person, 3);
		this.circle(x + w / 2, y + h - 17, 8, INK.person);
		return { x: x + 10, y: y + 34, w: w - 20, h: h - 68 };
	}

	/** A right-pointing arrow made of a bar and a stepped head. */
	arrowRight(x: number, y: number, length: number, color: string = COLORS.red): void {
		this.rect(x, y - 4, length - 14, 8, color, 2);
		for (let i = 0; i < 7; i++)
			this.rect(x + length - 16 + i * 2, y - 13 + i * 2, 2, 26 - i * 4, color);
	}

	arrowDown(x: number, y: number, length: number, color: string = COLORS.red): void {
		this.rect(x - 4, y, 8, length - 14, color, 2);
		for (let i = 0; i < 7; i++)
			this.rect(x - 13 + i * 2, y + length - 16 + i * 2, 26 - i * 4, 2, color);
	}

	/** A white disc with a method icon, as on the posters. */
	badge(x: number, y: number, d: number, icon: MethodIcon, fill: string = COLORS.red): void {
		this.circle(x + d / 2, y + d / 2, d / 2, fill);
		const s = d * 0.58;
		this.icon(x + (d - s) / 2, y + (d - s) / 2, s, icon, COLORS.white);
	}

	/** A titled tile: icon badge on the left, label beside it. */
	tile(
		x: number,
		y: number,
		w: number,
		h: number,
		icon: MethodIcon,
		label: string,
		fill: string = INK.panel
	): void {
		this.rect(x, y, w, h, fill, 14);
		const d = Math.min(h - 20, 64);
		this.badge(x + 12, y + (h - d) / 2, d, icon);
		this.say(label, x + d + 26, y + 6, w - d - 36, h - 12, 22, { weight: 700, maxLines: 2 });
	}
}

const CARD_W = 360;
const CARD_H = Math.round(CARD_W * 0.63);

/** Front of a card at (x, y): photo, number, name; the 2021 card carries its QR here. */
function cardFront(
	b: Drawing,
	x: number,
	y: number,
	gen: '2021' | '2024',
	data: PictureData
): void {
	b.card(x, y, CARD_W, CARD_H);
	b.say(gen === '2021' ? 'CĂN CƯỚC CÔNG DÂN' : 'CĂN CƯỚC', x + 20, y + 14, CARD_W - 140, 34, 22, {
		maxLines: 1,
		align: gen === '2021' ? 'left' : 'center',
	});
	b.photo(x + 20, y + 66, 86, 118);
	b.say(data.sample.idNumber, x + 122, y + 120, 200, 28, 20, { maxLines: 1 });
	b.say(data.sample.name.toLocaleUpperCase('vi'), x + 122, y + 150, 220, 28, 18, { maxLines: 1 });
	b.bars(x + 122, y + 186, [150, 110]);
	if (gen === '2021') {
		b.qr(x + CARD_W - 112, y + 14, 96, cardQr(data.sample.payload), COLORS.navy, COLORS.white);
		b.frame(x + CARD_W - 118, y + 8, 108, 108, 4, COLORS.red);
	} else {
		// Only the chip symbol on the front of the 2024 card.
		b.rect(x + CARD_W - 74, y + 16, 46, 32, COLORS.navy, 5);
		b.rect(x + CARD_W - 71, y + 19, 40, 26, INK.card, 4);
	}
}

/** Back of a card: the chip (both generations) and, on the 2024 card, the QR. */
function cardBack(b: Drawing, x: number, y: number, gen: '2021' | '2024', data: PictureData): void {
	b.card(x, y, CARD_W, CARD_H);
	b.say(gen === '2024' ? 'Nơi cư trú' : 'Đặc điểm nhân dạng', x + 20, y + 12, 220, 28, 18, {
		maxLines: 1,
	});
	b.bars(x + 20, y + 46, [230, 190]);
	b.chip(x + 28, y + 94, 72, 54);
	b.frame(x + 20, y + 86, 88, 70, 4, COLORS.red);
	if (gen === '2024') {
		b.qr(x + CARD_W - 112, y + 14, 96, cardQr(data.sample.payload), COLORS.navy, COLORS.white);
		b.frame(x + CARD_W - 118, y + 8, 108, 108, 4, COLORS.red);
	} else {
		// Two fingerprint boxes where the 2024 card has its QR.
		b.rect(x + CARD_W - 190, y + 20, 74, 92, INK.photo, 6);
		b.rect(x + CARD_W - 100, y + 20, 74, 92, INK.photo, 6);
	}
	b.bars(x + 20, y + CARD_H - 56, [CARD_W - 40, CARD_W - 40, CARD_W - 40], 14);
}

type Draw = (b: Drawing, data: PictureData) => string;

function twoFaces(gen: '2021' | '2024'): Draw {
	return (b, data) => {
		const back = PICTURE.height - CARD_H;
		const side = CARD_W + 14;
		const sideW = PICTURE.width - side;
		cardFront(b, 0, 0, gen, data);
		cardBack(b, 0, back, gen, data);
		b.say('MẶT TRƯỚC', side, 8, sideW, 30, 20, { maxLines: 1, color: COLORS.red });
		b.say('MẶT SAU', side, back + 8, sideW, 30, 20, { maxLines: 1, color: COLORS.red });
		b.pill('Chip', side, back + 100, sideW);
		if (gen === '2021') {
			b.pill('Mã QR', side, 46, sideW);
			return 'Thẻ Căn cước công dân gắn chip mẫu 2021 (thẻ mẫu, dữ liệu giả): mã QR ở góc trên bên phải mặt trước, chip ở mặt sau.';
		}
		b.say('Chỉ có biểu tượng chip', side, 46, sideW, 60, 18, { weight: 400 });
		b.pill('Mã QR', side, back + 46, sideW);
		return 'Thẻ căn cước mẫu 2024 (thẻ mẫu, dữ liệu giả): mặt trước có ảnh, số định danh, họ tên và biểu tượng chip; mã QR và chip đều ở mặt sau.';
	};
}

const DRAW: Record<SlidePictureName, Draw> = {
	'the-2024': twoFaces('2024'),
	'the-2021': twoFaces('2021'),
	'ma-qr': (b, data) => {
		const s = b.phone(24, 30, 200, 400);
		b.qr(s.x + 14, s.y + 20, s.w - 28, cardQr(data.sample.payload), COLORS.navy, COLORS.white);
		b.say('Đọc được', s.x, s.y + s.w, s.w, 40, 22, {
			align: 'center',
			color: INK.green,
			maxLines: 1,
		});
		b.say('= chữ thường', s.x, s.y + s.w + 40, s.w, 34, 20, {
			align: 'center',
			weight: 400,
			maxLines: 1,
		});
		b.arrowRight(236, 230, 60);
		b.rect(306, 60, 196, 340, INK.panel, 16);
		const lines = ['Số định danh', 'Số CMND cũ', 'Họ tên, ngày sinh', 'Địa chỉ lúc cấp'];
		lines.forEach((line, i) =>
			b.say(line, 322, 76 + i * 58, 168, 50, 20, { weight: i === 1 ? 700 : 400, maxLines: 2 })
		);
		b.rect(306, 318, 196, 82, COLORS.red, 16);
		b.say('Không có chữ ký số', 318, 324, 172, 70, 21, { color: COLORS.white, align: 'center' });
		return 'Điện thoại quét mã QR của thẻ mẫu: đọc ra số định danh, số Chứng minh nhân dân cũ, họ tên, ngày sinh, địa chỉ lúc cấp thẻ; mã là chữ thường, không có chữ ký số.';
	},
	'quet-the-mau': (b, data) => {
		// The scene is exactly the code with its quiet zone (practiceSize), PRACTICE_MODULE_PX per module.
		b.qr(0, 0, b.scene.width, practiceQr(data.sample.payload), '#000000', COLORS.white);
		return `Mã QR phóng to của thẻ mẫu (thẻ giả, họ tên ${data.sample.name}), để cả lớp quét bằng điện thoại.`;
	},
	chip: (b, data) => {
		b.rect(0, 0, 150, 190, INK.card, 14);
		b.frame(0, 0, 150, 190, 2, INK.cardEdge);
		b.chip(38, 60, 74, 56);
		b.say('Chip trên thẻ', 0, 140, 150, 44, 20, { align: 'center' });
		b.arrowRight(160, 95, 56);
		b.rect(226, 20, 124, 150, COLORS.navy, 16);
		b.rect(240, 34, 96, 60, '#2f4a6d', 6);
		b.icon(264, 40, 48, 'chip', COLORS.gold);
		b.say('Máy đọc chip', 226, 100, 124, 64, 20, { color: COLORS.white, align: 'center' });
		b.arrowRight(360, 95, 56);
		b.badge(424, 52, 86, 'search', COLORS.navy);
		b.say('CSDL dân cư', 400, 140, 112, 60, 20, { align: 'center' });
		b.rect(0, 250, PICTURE.width, 200, INK.panel, 16);
		b.icon(24, 284, 56, 'card', COLORS.red);
		b.say(
			'Máy kiểm tra chữ ký số trong chip: dữ liệu đúng do cơ quan cấp thẻ ghi.',
			96,
			262,
			396,
			96,
			22,
			{ weight: 700, maxLines: 3 }
		);
		b.say('Mã QR thì không có chữ ký số.', 96, 370, 396, 60, 22, {
			weight: 400,
			color: COLORS.red,
			maxLines: 2,
		});
		return `Chip trên thẻ được máy đọc chip đã kết nối Cơ sở dữ liệu quốc gia về dân cư đọc; máy kiểm tra chữ ký số, nên biết dữ liệu đúng do cơ quan cấp thẻ ghi. Mã QR không có chữ ký số. (Thẻ mẫu của ${data.sample.name}, dữ liệu giả.)`;
	},
	quay: (b) => {
		b.tile(106, 0, 300, 76, 'card', 'Người dân đến quầy');
		b.arrowDown(256, 80, 44);
		b.rect(56, 128, 400, 150, COLORS.cream, 16);
		b.frame(56, 128, 400, 150, 3, COLORS.red);
		b.say('1. Khai thác dữ liệu trước', 72, 134, 368, 40, 24, { color: COLORS.red, maxLines: 1 });
		const ways: Array<[MethodIcon, string]> = [
			['search', 'Cách 1'],
			['qr', 'Cách 3'],
			['chip', 'Cách 4'],
			['phone', 'Cách 5'],
		];
		ways.forEach(([icon, label], i) => {
			b.badge(80 + i * 92, 180, 56, icon);
			b.say(label, 60 + i * 92, 238, 96, 30, 18, { align: 'center', maxLines: 1 });
		});
		b.arrowDown(150, 282, 44, INK.green);
		b.arrowDown(362, 282, 44);
		b.rect(0, 332, 250, 132, INK.green, 16);
		b.say('Có dữ liệu: không đòi giấy', 14, 340, 222, 116, 24, {
			color: COLORS.white,
			align: 'center',
			maxLines: 3,
		});
		b.rect(262, 332, 250, 132, COLORS.navy, 16);
		b.say('Không có: hỏi MỘT giấy tờ', 276, 340, 222, 116, 24, {
			color: COLORS.white,
			align: 'center',
			maxLines: 3,
		});
		return 'Sơ đồ tại quầy: người dân đến, cán bộ khai thác dữ liệu trước bằng Cách 1, 3, 4 hoặc 5; có dữ liệu thì không đòi giấy, không có mới hỏi một giấy tờ.';
	},
	vneid: (b) => {
		const s = b.phone(0, 0, 210, PICTURE.height);
		b.rect(s.x, s.y, s.w, 56, COLORS.red, 6);
		b.say('VNeID', s.x, s.y, s.w, 56, 26, { color: COLORS.white, align: 'center', maxLines: 1 });
		b.bars(s.x + 16, s.y + 76, [150, 120, 158, 100, 140, 110], 22);
		b.rect(s.x + 10, s.y + 220, s.w - 20, 90, COLORS.cream, 10);
		b.icon(s.x + 18, s.y + 240, 48, 'document', COLORS.red);
		b.say('Thông tin cư trú', s.x + 70, s.y + 226, s.w - 86, 78, 18, { maxLines: 3 });
		const steps = [
			'Đăng nhập mức 2',
			'“Ví giấy tờ”',
			'“Thông tin cư trú”',
			'Nhập mật mã',
			'Cho cán bộ xem',
		];
		steps.forEach((step, i) => {
			const y = 14 + i * 90;
			b.circle(254, y + 30, 22, COLORS.red);
			b.say(String(i + 1), 232, y + 8, 44, 44, 24, {
				color: COLORS.white,
				align: 'center',
				maxLines: 1,
			});
			b.rect(284, y, 228, 60, i === 1 || i === 2 ? COLORS.cream : INK.panel, 12);
			b.say(step, 296, y + 4, 208, 52, 22, { weight: i === 1 || i === 2 ? 700 : 400, maxLines: 2 });
			if (i < steps.length - 1) b.rect(252, y + 54, 4, 36, COLORS.red);
		});
		return 'Sơ đồ ứng dụng VNeID: đăng nhập tài khoản mức 2, chọn Ví giấy tờ, chọn Thông tin cư trú, nhập mật mã rồi cho cán bộ xem. Tên mục có thể đổi theo phiên bản ứng dụng.';
	},
	'giay-to': (b) => {
		const docs: Array<[MethodIcon, string, string]> = [
			['document', 'CT07', 'Giấy xác nhận thông tin về cư trú: giá trị 1 năm'],
			['id-number', 'Thông báo', 'Thông báo số định danh cá nhân'],
			['card', 'Thẻ', 'Thẻ căn cước, thẻ Căn cước công dân còn hạn'],
		];
		docs.forEach(([icon, , label], i) => b.tile(0, i * 116, PICTURE.width, 100, icon, label));
		b.rect(0, 360, PICTURE.width, 104, COLORS.red, 16);
		b.say(
			'Chỉ khi không khai thác được dữ liệu, và chỉ MỘT loại giấy',
			20,
			366,
			PICTURE.width - 40,
			92,
			24,
			{ color: COLORS.white, align: 'center', maxLines: 2 }
		);
		return 'Ba loại giấy tờ chứng minh: Giấy xác nhận thông tin về cư trú (CT07), Thông báo số định danh cá nhân, thẻ căn cước còn hạn. Chỉ hỏi khi không khai thác được dữ liệu, và chỉ một loại.';
	},
	'bon-kenh': (b) => {
		const channels: Array<[MethodIcon, string]> = [
			['search', 'Kênh 1: hệ thống thủ tục, Cổng Dịch vụ công'],
			['phone', 'Kênh 2: tài khoản VNeID'],
			['chip', 'Kênh 3: máy đọc QR, chip có kết nối'],
			['document', 'Kênh 4: theo luật chuyên ngành'],
		];
		channels.forEach(([icon, label], i) => b.tile(0, i * 118, PICTURE.width, 104, icon, label));
		return 'Bốn kênh khai thác dữ liệu dân cư theo Nghị định 104/2022/NĐ-CP: hệ thống giải quyết thủ tục hoặc Cổng Dịch vụ công, tài khoản VNeID, máy đọc mã QR và chip có kết nối, cách khác theo luật chuyên ngành.';
	},
	'bay-cach': (b, data) => {
		data.methods.forEach((method, i) => {
			const col = i % 2;
			const row = Math.floor(i / 2);
			const w = i === 6 ? PICTURE.width : 250;
			const x = i === 6 ? 0 : col * 262;
			const dataMethod = [1, 3, 4, 5].includes(method.number);
			b.rect(x, row * 118, w, 104, dataMethod ? COLORS.cream : INK.panel, 14);
			b.badge(x + 10, row * 118 + 18, 68, method.icon, dataMethod ? COLORS.red : COLORS.navy);
			b.say(`Cách ${method.number}`, x + 88, row * 118 + 8, w - 96, 32, 20, {
				color: COLORS.red,
				maxLines: 1,
			});
			b.say(method.shortTitle, x + 88, row * 118 + 40, w - 96, 58, 18, {
				weight: 700,
				maxLines: 2,
				valign: 'top',
			});
		});
		return `Bảy cách thay sổ hộ khẩu: ${data.methods.map((m) => `Cách ${m.number}, ${m.shortTitle}`).join('; ')}. Cách 1, 3, 4, 5 (nền vàng nhạt) là khai thác dữ liệu; Cách 2, 6, 7 là giấy tờ.`;
	},
	'moc-thoi-gian': (b) => {
		const marks: Array<[string, string]> = [
			['01/07/2021', 'Luật Cư trú 2020 có hiệu lực'],
			['01/01/2023', 'Hết dùng sổ hộ khẩu, sổ tạm trú'],
			['01/07/2024', 'Thẻ căn cước, Luật Căn cước 2023'],
			['01/01/2025', 'Chứng minh nhân dân hết giá trị'],
			['15/12/2025', 'Mức phạt mới (NĐ 282/2025)'],
		];
		b.rect(40, 16, 8, PICTURE.height - 32, COLORS.red, 4);
		marks.forEach(([date, text], i) => {
			const y = i * 92;
			b.circle(44, y + 38, 16, i === 1 ? COLORS.red : COLORS.navy);
			b.circle(44, y + 38, 7, COLORS.white);
			b.rect(76, y + 4, 436, 76, i === 1 ? COLORS.cream : INK.panel, 12);
			b.say(date, 90, y + 6, 160, 34, 22, { color: COLORS.red, maxLines: 1 });
			b.say(text, 90, y + 38, 410, 38, 20, { weight: 400, maxLines: 1 });
		});
		return `Mốc thời gian: ${marks.map(([d, t]) => `${d}, ${t}`).join('; ')}.`;
	},
	'canh-bao': (b) => {
		const s = b.phone(0, 20, 200, 420);
		b.say('Cuộc gọi đến', s.x, s.y + 10, s.w, 30, 18, {
			weight: 400,
			align: 'center',
			maxLines: 1,
		});
		b.say('“Công an”', s.x, s.y + 42, s.w, 40, 24, { align: 'center', maxLines: 1 });
		b.rect(s.x + 14, s.y + 110, s.w - 28, 120, INK.panel, 10);
		b.say('Đọc mã OTP để cập nhật VNeID', s.x + 20, s.y + 116, s.w - 40, 108, 19, {
			weight: 400,
			maxLines: 4,
		});
		b.circle(s.x + s.w / 2, s.y + 290, 30, COLORS.red);
		b.rect(s.x + s.w / 2 - 18, s.y + 286, 36, 8, COLORS.white, 4);
		b.circle(360, 120, 96, COLORS.red);
		b.say('!', 264, 30, 192, 180, 150, {
			color: COLORS.white,
			align: 'center',
			weight: 700,
			maxLines: 1,
		});
		b.rect(232, 250, 280, 190, COLORS.cream, 16);
		b.say('Không bấm link lạ, không đọc OTP. Hỏi Công an xã, phường.', 248, 258, 248, 174, 24, {
			maxLines: 5,
		});
		return 'Cảnh báo lừa đảo: điện thoại nhận cuộc gọi xưng là công an, đòi đọc mã OTP để cập nhật VNeID. Không bấm đường link lạ, không đọc OTP; hỏi Công an xã, phường.';
	},
	'dong-vai': (b) => {
		const person = (cx: number, color: string, label: string) => {
			b.circle(cx, 110, 52, color);
			b.rect(cx - 82, 172, 164, 150, color, 60);
			b.say(label, cx - 110, 20, 220, 36, 22, { align: 'center', maxLines: 1 });
		};
		person(128, COLORS.navy, 'Cán bộ');
		person(384, INK.green, 'Người dân');
		b.rect(0, 300, PICTURE.width, 36, '#8a5a2b', 6);
		b.rect(20, 336, 24, 60, '#8a5a2b');
		b.rect(PICTURE.width - 44, 336, 24, 60, '#8a5a2b');
		b.rect(196, 250, 120, 50, COLORS.white, 6);
		b.icon(232, 252, 46, 'card', COLORS.navy);
		b.rect(60, 404, 392, 56, COLORS.red, 16);
		b.say('5 phút, rồi đổi vai', 60, 404, 392, 56, 24, {
			color: COLORS.white,
			align: 'center',
			maxLines: 1,
		});
		return 'Đóng vai tại quầy: một người là cán bộ, một người là người dân đưa thẻ qua quầy; 5 phút một tình huống rồi đổi vai.';
	},
	'kiem-tra': (b) => {
		const s = b.phone(0, 0, 230, PICTURE.height);
		b.say('Câu 3 / 10', s.x, s.y + 6, s.w, 34, 20, { align: 'center', maxLines: 1 });
		['A', 'B', 'C', 'D'].forEach((letter, i) => {
			const y = s.y + 52 + i * 66;
			const chosen = i === 1;
			b.rect(s.x + 12, y, s.w - 24, 56, chosen ? INK.green : INK.panel, 10);
			b.say(letter, s.x + 22, y, 40, 56, 24, {
				color: chosen ? COLORS.white : COLORS.navy,
				maxLines: 1,
			});
			b.bars(
				s.x + 62,
				y + 18,
				[chosen ? 100 : 110, 80].map((w) => w),
				14
			);
		});
		b.rect(262, 40, 250, 180, COLORS.cream, 16);
		b.say('Làm trên điện thoại', 280, 50, 214, 160, 26, { maxLines: 3 });
		b.rect(262, 244, 250, 180, INK.panel, 16);
		b.icon(282, 262, 56, 'document', COLORS.red);
		b.say('hoặc phiếu trả lời in sẵn', 280, 326, 214, 90, 22, { weight: 400, maxLines: 2 });
		return 'Kiểm tra cuối buổi: câu hỏi trắc nghiệm A, B, C, D trên điện thoại, hoặc trên phiếu trả lời in sẵn.';
	},
	'sap-xep': (b) => {
		b.rect(0, 40, 220, 220, INK.panel, 20);
		b.say('63', 0, 60, 220, 140, 120, {
			align: 'center',
			weight: 700,
			maxLines: 1,
			color: INK.soft,
		});
		b.say('tỉnh, thành phố trước', 10, 196, 200, 56, 20, { align: 'center', weight: 400 });
		b.arrowRight(230, 150, 52);
		b.rect(292, 40, 220, 220, COLORS.red, 20);
		b.say('34', 292, 60, 220, 140, 120, {
			align: 'center',
			weight: 700,
			maxLines: 1,
			color: COLORS.white,
		});
		b.say('từ 01/07/2025', 302, 196, 200, 56, 22, { align: 'center', color: COLORS.gold });
		b.rect(0, 300, PICTURE.width, 150, COLORS.cream, 16);
		b.icon(20, 340, 64, 'card', COLORS.navy);
		b.say('Thẻ ghi địa chỉ cũ vẫn có giá trị', 100, 312, 392, 126, 26, { maxLines: 3 });
		return 'Sắp xếp đơn vị hành chính năm 2025: 63 tỉnh, thành phố thành 34 từ 01/07/2025; thẻ ghi địa chỉ cũ vẫn có giá trị.';
	},
	'muc-phat': (b) => {
		b.rect(0, 0, PICTURE.width, 250, COLORS.red, 20);
		b.say('Cảnh cáo hoặc phạt', 20, 16, PICTURE.width - 40, 40, 24, {
			color: COLORS.gold,
			align: 'center',
			maxLines: 1,
		});
		b.say('500.000 – 1.000.000 đ', 20, 64, PICTURE.width - 40, 100, 50, {
			color: COLORS.white,
			align: 'center',
			weight: 700,
			maxLines: 1,
		});
		b.say('khi không xuất trình giấy tờ, thông tin cư trú', 20, 168, PICTURE.width - 40, 70, 22, {
			color: COLORS.white,
			align: 'center',
			weight: 400,
		});
		b.rect(0, 274, PICTURE.width, 190, COLORS.cream, 16);
		b.badge(20, 320, 96, 'phone');
		b.say('Mở Thông tin cư trú trên VNeID là một cách xuất trình', 136, 290, 356, 158, 24, {
			maxLines: 4,
		});
		return 'Mức phạt từ 15/12/2025 (Nghị định 282/2025/NĐ-CP): cảnh cáo hoặc 500.000 đến 1.000.000 đồng khi không xuất trình giấy tờ, thông tin cư trú; mở Thông tin cư trú trên VNeID là một cách xuất trình.';
	},
};

/** Size of a picture's scene: the practice QR is sized by its module count, the others share one. */
export function pictureSize(
	name: SlidePictureName,
	data: PictureData
): { width: number; height: number } {
	if (name !== 'quet-the-mau') return PICTURE;
	const side = (practiceQr(data.sample.payload).size + QUIET_ZONE * 2) * PRACTICE_MODULE_PX;
	return { width: side, height: side };
}

/** Draws a picture; `snap` rounds QR modules to whole units (screen), false for print. */
export function drawPicture(
	name: SlidePictureName,
	data: PictureData,
	measure: Measure,
	snap: boolean
): Picture {
	const { width, height } = pictureSize(name, data);
	const b = new Drawing(width, height, COLORS.white, measure, snap);
	const alt = DRAW[name](b, data);
	return { scene: b.finish(), alt };
}

/** The sample card the pictures show: the 2024 card of the synthetic set (sample 3, all fake). */
export const PICTURE_SAMPLE_INDEX = 3;

/** The sample card image (public/samples/, scripts/generate-sample-cards.ts) the practice slide shows. */
export const PRACTICE_CARD = `the-mau-${PICTURE_SAMPLE_INDEX}.png`;

/** The data every picture draws from: a synthetic sample card and the seven methods. */
export function pictureData(methods: PictureData['methods']): PictureData {
	const sample = sampleCards().find((card) => card.index === PICTURE_SAMPLE_INDEX);
	if (!sample) throw new Error(`No sample card ${PICTURE_SAMPLE_INDEX}`);
	return {
		sample: {
			payload: sample.payload,
			name: sample.citizen.fullName,
			idNumber: sample.citizen.idNumber,
		},
		methods: methods.map(({ number, shortTitle, icon }) => ({ number, shortTitle, icon })),
	};
}
