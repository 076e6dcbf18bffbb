/**
 * The "Tìm cách phù hợp" journey: at most three questions, each page one question, ending on one
 * recommended method (numbered as in content/data/methods.yaml) with what to bring, what to say if
 * the office still asks for the sổ hộ khẩu, and what to try next. DOM-free data; the functions
 * that walk and check it are in ./index.ts, the pages in src/pages/tim-cach/.
 *
 * The reasoning, from the research (shared/research/domain.md) and Nghị định 104/2022:
 * - The office must first look the reader up in the population database (Cách 1, or through the
 *   reader's VNeID, Cách 5); only when it cannot may it ask for ONE paper: the card (Cách 2), the
 *   CT07 (Cách 6) or an already issued notice of the số định danh (Cách 7).
 * - So a reader with VNeID level 2 shows it (works without the office's own connection); a reader
 *   with a card shows the card, which also carries the number to look up; a reader with no valid
 *   card (CMND only, lost card, child) gives the số định danh so the officer looks them up.
 * - Wrong data is fixed first (VNeID "phản ánh" or Công an xã); old place names on a card are not
 *   wrong and need no new card.
 *
 * Text markup: `[words](/path/)` links, `[words](claim:id)` facts (see ./types.ts).
 */
import type { ChooserTree, Persona, Rich } from './types.ts';

/** Date the journey's facts were last checked against claims.yaml and the research. */
export const CHOOSER_REVIEWED = '2026-12-02';

/** Most questions on any path. */
export const MAX_QUESTIONS = 3;

const FIX_GUIDE = '/huong-dan/dieu-chinh-thong-tin-cu-tru/';

/** What to say when the office still asks for the sổ hộ khẩu: the shared lines around `own`. */
function refused(...own: Rich[]): Rich[] {
	return [
		'[Từ 01/01/2023, thủ tục không còn yêu cầu sổ hộ khẩu, sổ tạm trú](claim:nd104-khong-can-so-ho-khau). Cơ quan tra thông tin cư trú của bạn trong dữ liệu dân cư.',
		'Bạn có thể nói: “Xin anh, chị tra số định danh cá nhân của tôi.” [Chỉ khi không tra được dữ liệu, cơ quan mới được đề nghị bạn đưa giấy tờ](claim:chi-doi-giay-khi-khong-tra-duoc), và chỉ một loại giấy.',
		...own,
		'Nếu vẫn bị đòi sổ hộ khẩu, hỏi lãnh đạo bộ phận một cửa, hoặc gọi [tổng đài hỗ trợ](/tong-dai/). Bạn có thể mở trang [Cách 1](/cach-1/) cho cán bộ xem.',
	];
}

const CARD_IS_ENOUGH: Rich =
	'Khi không tra được, [thẻ căn cước là một trong các giấy tờ cơ quan được đề nghị](claim:nd104-giay-to-chung-minh), và [cơ quan không được đòi thêm giấy tờ chứng minh thông tin đã in trên thẻ](claim:khong-cung-cap-giay-to-da-co-tren-the).';

const VNEID_IS_A_CHANNEL: Rich =
	'[Tài khoản định danh điện tử trên VNeID là một kênh Nghị định 104 công nhận để tra thông tin cư trú](claim:nd104-bon-kenh), thay cho sổ hộ khẩu.';

const NEW_CARD_ADDRESS: Rich =
	'Nếu thẻ của bạn là thẻ căn cước mới (cấp từ 01/07/2024) và thủ tục cần nơi thường trú: [“nơi cư trú” in trên thẻ mới có thể là nơi tạm trú](claim:noi-cu-tru-tren-the-moi). Khi đó hãy nhờ cán bộ tra dữ liệu, hoặc cho xem VNeID.';

const CT07_ANYWHERE: Rich =
	'Nếu thủ tục vẫn cần giấy: [xin Giấy xác nhận cư trú ở bất kỳ Công an xã, phường nào hoặc trên VNeID](claim:ct07-xin-o-dau); [giấy có giá trị 1 năm](claim:ct07-mot-nam).';

const NO_SECRETS: Rich =
	'Không đưa mật khẩu, passcode hay mã OTP của VNeID cho ai, kể cả người xưng là cán bộ.';

export const CHOOSER_TREE: ChooserTree = {
	start: 'giay-to',
	nodes: {
		// ── Questions ────────────────────────────────────────────────────────────────────────
		'giay-to': {
			kind: 'question',
			id: 'giay-to',
			question: 'Bạn có giấy tờ tùy thân nào?',
			hint: 'Chọn theo giấy tờ của người cần làm thủ tục.',
			answers: [
				{
					id: 'co-the',
					label: 'Thẻ căn cước hoặc thẻ Căn cước công dân (CCCD) còn hạn',
					hint: 'Kể cả thẻ ghi tên tỉnh, huyện, xã cũ.',
					next: 'vneid',
				},
				{
					id: 'chi-cmnd',
					label: 'Chỉ có chứng minh nhân dân (CMND)',
					hint: 'Giấy chứng minh loại cũ, 9 hoặc 12 số.',
					next: 'ket-qua-cmnd',
				},
				{
					id: 'tre-em',
					label: 'Tôi làm thủ tục cho con dưới 14 tuổi',
					hint: 'Hoặc cho trẻ mà bạn là người giám hộ.',
					next: 'the-cua-con',
				},
				{
					id: 'khac',
					label: 'Trường hợp khác, hoặc tôi không chắc',
					hint: 'Mất thẻ, thẻ hết hạn, thông tin bị sai, thẻ ghi địa danh cũ.',
					next: 'tinh-huong',
				},
			],
			basis: ['cmnd-het-gia-tri', 'cccd-con-han-van-dung'],
		},
		vneid: {
			kind: 'question',
			id: 'vneid',
			question: 'Bạn có dùng ứng dụng VNeID với tài khoản mức 2 không?',
			hint: '[Tài khoản mức 2 đã được xác thực bằng khuôn mặt hoặc vân tay](claim:vneid-muc-1-muc-2). Với tài khoản này, bạn mở được mục Ví giấy tờ, Thông tin cư trú.',
			answers: [
				{ id: 'vneid-muc-2', label: 'Có, tài khoản mức 2', next: 'ket-qua-vneid' },
				{
					id: 'vneid-muc-1',
					label: 'Có VNeID nhưng chỉ mức 1, hoặc tôi không rõ mức nào',
					next: 'tra-cuu',
				},
				{
					id: 'khong-vneid',
					label: 'Không dùng VNeID',
					hint: 'Ví dụ: không có điện thoại thông minh.',
					next: 'tra-cuu',
				},
			],
			basis: ['vneid-muc-1-muc-2', 'vneid-xem-thong-tin-cu-tru'],
		},
		'tra-cuu': {
			kind: 'question',
			id: 'tra-cuu',
			question: 'Nơi bạn làm thủ tục có tra được dữ liệu dân cư không?',
			hint: 'Ví dụ: bộ phận một cửa có hệ thống kết nối với Cơ sở dữ liệu quốc gia về dân cư. Nếu chưa hỏi được, chọn “Tôi không biết”.',
			answers: [
				{ id: 'tra-duoc', label: 'Có, cán bộ tra được dữ liệu', next: 'ket-qua-tra-cuu' },
				{
					id: 'khong-tra-duoc',
					label: 'Không tra được',
					hint: 'Hệ thống chưa kết nối, bị lỗi hoặc mất mạng.',
					next: 'ket-qua-the-khong-tra-duoc',
				},
				{ id: 'khong-biet', label: 'Tôi không biết', next: 'ket-qua-the' },
			],
			basis: ['nd104-kenh-tra-cuu', 'chi-doi-giay-khi-khong-tra-duoc'],
		},
		'the-cua-con': {
			kind: 'question',
			id: 'the-cua-con',
			question: 'Con bạn đã có thẻ căn cước chưa?',
			hint: 'Trẻ dưới 14 tuổi được làm thẻ căn cước khi cha, mẹ hoặc người giám hộ đề nghị. Nhiều trẻ chưa có thẻ.',
			answers: [
				{ id: 'chua-co-the', label: 'Chưa có thẻ', next: 'ket-qua-tre-em' },
				{ id: 'con-co-the', label: 'Đã có thẻ căn cước', next: 'ket-qua-tre-em-co-the' },
			],
			basis: ['vneid-tre-em', 'so-dinh-danh-tra-cuu'],
		},
		'tinh-huong': {
			kind: 'question',
			id: 'tinh-huong',
			question: 'Trường hợp nào giống bạn nhất?',
			answers: [
				{
					id: 'sai-thong-tin',
					label: 'Thông tin của tôi trên VNeID hoặc trong dữ liệu dân cư bị sai',
					hint: 'Ví dụ: sai tên, ngày sinh, địa chỉ, chủ hộ.',
					next: 'the-dung',
				},
				{
					id: 'dia-danh-cu',
					label: 'Thẻ của tôi ghi tên tỉnh, huyện, xã cũ',
					hint: 'Tên trước khi sắp xếp đơn vị hành chính năm 2025.',
					next: 'ket-qua-dia-danh-cu',
				},
				{
					id: 'mat-the',
					label: 'Thẻ bị mất, hỏng hoặc đã hết hạn',
					next: 'ket-qua-mat-the',
				},
				{ id: 'khong-chac', label: 'Tôi vẫn không chắc', next: 'ket-qua-chung' },
			],
			basis: ['khong-doi-the-vi-sap-nhap', 'phan-anh-sai-thong-tin-vneid'],
		},
		'the-dung': {
			kind: 'question',
			id: 'the-dung',
			question: 'Thông tin in trên thẻ của bạn có đúng không?',
			hint: 'Xem họ tên, ngày sinh và nơi thường trú (hoặc nơi cư trú) in trên thẻ. Tên tỉnh, huyện, xã cũ không tính là sai.',
			answers: [
				{
					id: 'the-van-dung',
					label: 'Thẻ đúng, chỉ dữ liệu trên hệ thống bị sai',
					next: 'ket-qua-sai-du-lieu-the-dung',
				},
				{
					id: 'the-sai',
					label: 'Thẻ cũng sai, hoặc tôi không có thẻ',
					next: 'ket-qua-sai-du-lieu',
				},
			],
			basis: ['phan-anh-sai-thong-tin-vneid', 'khong-doi-the-vi-sap-nhap'],
		},

		// ── Results ──────────────────────────────────────────────────────────────────────────
		'ket-qua-vneid': {
			kind: 'result',
			id: 'ket-qua-vneid',
			method: 5,
			summary:
				'Bạn có VNeID mức 2: mở mục Thông tin cư trú cho cán bộ xem. Cách này không cần máy tra cứu của cơ quan, và hiện cả các thành viên trong hộ.',
			steps: [
				'Trước khi đi, mở VNeID và xem thông tin cư trú đã đúng chưa.',
				'[Tại nơi làm thủ tục, vào Ví giấy tờ, chọn Thông tin cư trú](claim:vneid-xem-thong-tin-cu-tru), nhập passcode, rồi đưa màn hình cho cán bộ xem.',
				NO_SECRETS,
			],
			bring: [
				'Điện thoại đã đăng nhập VNeID mức 2, còn pin.',
				'Thẻ căn cước hoặc thẻ CCCD, phòng khi không mở được ứng dụng.',
			],
			ifRefused: refused(VNEID_IS_A_CHANNEL),
			fallback: [
				{
					method: 2,
					when: 'Nếu không mở được VNeID (mất mạng, quên passcode): đưa thẻ cho cán bộ xem.',
				},
				{ method: 1, when: 'Đọc số định danh cá nhân (12 số trên thẻ) để cán bộ tra dữ liệu.' },
				{
					method: 6,
					when: 'Nếu cơ quan cần giấy để lưu hồ sơ: xin Giấy xác nhận cư trú ngay trên VNeID. Xem [Xin giấy xác nhận cư trú](/huong-dan/xin-xac-nhan-cu-tru/).',
				},
			],
			notes: [
				'Các bước có hình minh họa: [Xuất trình thông tin cư trú trên VNeID](/huong-dan/xuat-trinh-cu-tru-vneid/).',
				'Thông tin trên VNeID bị sai? Xem [Điều chỉnh, sửa thông tin cư trú](' + FIX_GUIDE + ').',
			],
			basis: ['vneid-xem-thong-tin-cu-tru', 'nd104-bon-kenh'],
		},
		'ket-qua-tra-cuu': {
			kind: 'result',
			id: 'ket-qua-tra-cuu',
			method: 1,
			summary:
				'Nơi làm thủ tục tra được dữ liệu dân cư, nên [bạn chỉ cần cho cán bộ số định danh cá nhân; bạn không phải nộp giấy](claim:nd104-kenh-tra-cuu).',
			steps: [
				'Khi nộp hồ sơ, đọc số định danh cá nhân cho cán bộ, hoặc đưa thẻ để cán bộ xem số.',
				'Chờ cán bộ tra thông tin của bạn trên máy. Bạn không phải nộp giấy chứng minh cư trú.',
				'Nếu cán bộ báo thông tin trên máy sai hoặc đã cũ, đề nghị sửa. Xem [Điều chỉnh, sửa thông tin cư trú](' +
					FIX_GUIDE +
					').',
			],
			bring: [
				'Thẻ căn cước hoặc thẻ CCCD: [trên thẻ có số định danh cá nhân, 12 số](claim:so-dinh-danh-tra-cuu).',
			],
			ifRefused: refused(),
			fallback: [
				{
					method: 2,
					when: 'Nếu hệ thống lỗi hoặc mất mạng: đưa thẻ cho cán bộ xem. Thẻ là giấy tờ được chấp nhận khi không tra được.',
				},
				{ method: 6, when: CT07_ANYWHERE },
			],
			notes: [
				'Muốn lần sau chỉ cần mở điện thoại: [Đăng ký VNeID mức 2](/huong-dan/dang-ky-vneid/) ([Cách 5](/cach-5/)).',
			],
			basis: ['nd104-kenh-tra-cuu', 'so-dinh-danh-tra-cuu'],
		},
		'ket-qua-the': {
			kind: 'result',
			id: 'ket-qua-the',
			method: 2,
			summary:
				'Mang thẻ theo và đưa cho cán bộ xem. Trên thẻ có số định danh cá nhân để cán bộ tra dữ liệu; nếu không tra được, chính thẻ là giấy tờ chứng minh.',
			steps: [
				'Mang theo thẻ khi đi làm thủ tục.',
				'Đưa thẻ cho cán bộ xem. Cán bộ có thể tra số định danh, quét mã QR hoặc đọc chip trên thẻ.',
				'[Cơ quan không được đòi thêm giấy tờ chứng minh thông tin đã in trên thẻ](claim:khong-cung-cap-giay-to-da-co-tren-the).',
				NEW_CARD_ADDRESS,
			],
			bring: [
				'[Thẻ căn cước, hoặc thẻ Căn cước công dân còn hạn](claim:cccd-con-han-van-dung) (thẻ thật, không phải bản photo).',
			],
			ifRefused: refused(CARD_IS_ENOUGH),
			fallback: [
				{ method: 1, when: 'Nhờ cán bộ tra số định danh cá nhân in trên thẻ của bạn.' },
				{ method: 6, when: CT07_ANYWHERE },
				{
					method: 5,
					when: 'Người thân cùng hộ có VNeID mức 2 có thể mở mục Thông tin cư trú: [mục này hiện cả các thành viên trong hộ](claim:vneid-xem-thong-tin-cu-tru). Hỏi cán bộ xem thủ tục của bạn có nhận cách này không.',
				},
			],
			notes: [
				'Muốn lần sau chỉ cần mở điện thoại: [Đăng ký VNeID mức 2](/huong-dan/dang-ky-vneid/) ([Cách 5](/cach-5/)).',
			],
			basis: ['nd104-giay-to-chung-minh', 'cccd-con-han-van-dung'],
		},
		'ket-qua-the-khong-tra-duoc': {
			kind: 'result',
			id: 'ket-qua-the-khong-tra-duoc',
			method: 2,
			summary:
				'Nơi làm thủ tục không tra được dữ liệu. [Khi đó cơ quan chỉ được đề nghị một loại giấy tờ](claim:nd104-giay-to-chung-minh), và thẻ của bạn là một trong các giấy đó.',
			steps: [
				'Mang theo thẻ khi đi làm thủ tục.',
				'Đưa thẻ cho cán bộ xem. Cán bộ so ảnh trên thẻ với bạn và đối chiếu thông tin với hồ sơ.',
				'[Cơ quan không được đòi thêm giấy tờ chứng minh thông tin đã in trên thẻ](claim:khong-cung-cap-giay-to-da-co-tren-the).',
				NEW_CARD_ADDRESS,
			],
			bring: [
				'[Thẻ căn cước, hoặc thẻ Căn cước công dân còn hạn](claim:cccd-con-han-van-dung) (thẻ thật, không phải bản photo).',
			],
			ifRefused: refused(CARD_IS_ENOUGH),
			fallback: [
				{ method: 6, when: CT07_ANYWHERE },
				{
					method: 5,
					when: 'Người thân cùng hộ có VNeID mức 2 có thể mở mục Thông tin cư trú: [mục này hiện cả các thành viên trong hộ](claim:vneid-xem-thong-tin-cu-tru). Hỏi cán bộ xem thủ tục của bạn có nhận cách này không.',
				},
				{
					method: 1,
					when: 'Khi hệ thống hoạt động lại, cán bộ tra số định danh cá nhân in trên thẻ của bạn.',
				},
			],
			notes: [
				'Muốn lần sau chỉ cần mở điện thoại: [Đăng ký VNeID mức 2](/huong-dan/dang-ky-vneid/) ([Cách 5](/cach-5/)).',
			],
			basis: ['nd104-giay-to-chung-minh', 'chi-doi-giay-khi-khong-tra-duoc'],
		},
		'ket-qua-cmnd': {
			kind: 'result',
			id: 'ket-qua-cmnd',
			method: 1,
			summary:
				'[Chứng minh nhân dân hết giá trị từ 01/01/2025](claim:cmnd-het-gia-tri). Thông tin của bạn vẫn có trong dữ liệu dân cư: cán bộ tra dữ liệu, bạn không phải nộp sổ hộ khẩu. Hãy làm thẻ căn cước sớm.',
			first: [
				'Làm thẻ căn cước tại [Công an xã, phường, đặc khu](claim:cong-an-huyen-ngung). Khi có thẻ, [bạn mới đăng ký được VNeID mức 2](claim:vneid-can-the).',
			],
			steps: [
				'Đọc cho cán bộ số định danh cá nhân (nếu bạn biết), họ tên và ngày sinh, để cán bộ tra dữ liệu của bạn.',
				'Bạn không phải nộp giấy chứng minh cư trú nếu cán bộ tra được.',
				'[Các giấy tờ cũ có ghi số CMND vẫn giữ giá trị](claim:cmnd-het-gia-tri); không ai được bắt bạn sửa lại các giấy tờ đó.',
			],
			bring: [
				'Số định danh cá nhân (12 số), nếu bạn biết.',
				'Giấy thông báo số định danh cá nhân, nếu bạn đã được cấp: [giấy này ghi số định danh cá nhân của bạn](claim:thong-bao-dinh-danh-noi-dung).',
			],
			ifRefused: refused(),
			fallback: [
				{
					method: 6,
					when: 'Nếu cán bộ không tra được: xin Giấy xác nhận cư trú ở Công an xã, phường. Hỏi trước cần mang gì khi bạn chưa có thẻ.',
				},
				{
					method: 7,
					when: 'Nếu bạn đã được cấp Giấy thông báo số định danh cá nhân: đưa giấy đó. [Giấy đã cấp là một trong các giấy tờ cơ quan được đề nghị](claim:nd104-giay-to-chung-minh).',
				},
			],
			notes: [
				'Thẻ căn cước mới và VNeID: xem [Chứng minh nhân dân hết giá trị](/cap-nhat/#cmnd-het-gia-tri) và [Đăng ký VNeID](/huong-dan/dang-ky-vneid/).',
			],
			basis: ['cmnd-het-gia-tri', 'vneid-can-the', 'nd104-kenh-tra-cuu'],
		},
		'ket-qua-tre-em': {
			kind: 'result',
			id: 'ket-qua-tre-em',
			method: 1,
			summary:
				'Con bạn chưa có thẻ: cha, mẹ hoặc người giám hộ cho cán bộ số định danh cá nhân của con, [để cán bộ tra thông tin của con trong dữ liệu dân cư](claim:so-dinh-danh-tra-cuu).',
			steps: [
				'Đọc số định danh cá nhân của con (12 số), họ tên và ngày sinh của con cho cán bộ.',
				'Chờ cán bộ tra thông tin của con. Bạn không phải nộp sổ hộ khẩu.',
				'Đưa thẻ căn cước của bạn nếu cán bộ cần biết ai làm thủ tục cho con.',
			],
			bring: [
				'Số định danh cá nhân của con. Nếu không nhớ, mang giấy tờ của con có ghi số này, ví dụ Giấy thông báo số định danh cá nhân.',
				'Thẻ căn cước của bạn (cha, mẹ hoặc người giám hộ).',
				'Điện thoại có VNeID mức 2 của bạn, nếu có.',
			],
			ifRefused: refused(),
			fallback: [
				{
					method: 5,
					when: 'Nếu con ở cùng hộ với bạn: mở VNeID mức 2 của bạn, [mục Thông tin cư trú hiện cả các thành viên trong hộ](claim:vneid-xem-thong-tin-cu-tru).',
				},
				{
					method: 6,
					when: 'Nếu thủ tục vẫn cần giấy: xin Giấy xác nhận cư trú cho con, [ở bất kỳ Công an xã, phường nào hoặc trên VNeID](claim:ct07-xin-o-dau).',
				},
				{
					method: 7,
					when: 'Nếu con đã được cấp Giấy thông báo số định danh cá nhân: đưa giấy đó.',
				},
			],
			notes: [
				'[Trẻ dưới 14 tuổi có thẻ căn cước thì được có tài khoản VNeID riêng khi cha mẹ đề nghị](claim:vneid-tre-em). Xem [Đăng ký VNeID cho trẻ em](/huong-dan/dang-ky-vneid/#tre-em).',
			],
			basis: ['so-dinh-danh-tra-cuu', 'vneid-tre-em', 'nd104-giay-to-chung-minh'],
		},
		'ket-qua-tre-em-co-the': {
			kind: 'result',
			id: 'ket-qua-tre-em-co-the',
			method: 2,
			summary:
				'Con bạn đã có thẻ căn cước: đưa thẻ của con cho cán bộ xem. Trên thẻ có số định danh cá nhân của con để cán bộ tra dữ liệu.',
			steps: [
				'Mang theo thẻ của con khi đi làm thủ tục.',
				'Đưa thẻ cho cán bộ xem. Cán bộ có thể tra số định danh, quét mã QR hoặc đọc chip trên thẻ.',
				'[Cơ quan không được đòi thêm giấy tờ chứng minh thông tin đã in trên thẻ](claim:khong-cung-cap-giay-to-da-co-tren-the).',
			],
			bring: [
				'Thẻ căn cước của con (thẻ thật).',
				'Thẻ căn cước của bạn (cha, mẹ hoặc người giám hộ).',
			],
			ifRefused: refused(CARD_IS_ENOUGH),
			fallback: [
				{ method: 1, when: 'Nhờ cán bộ tra số định danh cá nhân in trên thẻ của con.' },
				{
					method: 5,
					when: '[Con từ 6 tuổi có thẻ căn cước được có tài khoản VNeID mức 2 riêng khi cha mẹ đề nghị](claim:vneid-tre-em). Nếu con ở cùng hộ với bạn, VNeID mức 2 của bạn cũng hiện con trong mục Thông tin cư trú.',
				},
				{ method: 6, when: CT07_ANYWHERE },
			],
			basis: ['khong-cung-cap-giay-to-da-co-tren-the', 'vneid-tre-em'],
		},
		'ket-qua-sai-du-lieu-the-dung': {
			kind: 'result',
			id: 'ket-qua-sai-du-lieu-the-dung',
			method: 2,
			summary:
				'Dữ liệu sai thì cán bộ tra ra thông tin sai. Hãy đề nghị sửa trước. Trong lúc chờ, đưa thẻ: thông tin in trên thẻ của bạn vẫn đúng.',
			first: [
				'[Đề nghị sửa: tạo phản ánh trên VNeID, hoặc đến Công an xã, phường nơi bạn cư trú](claim:phan-anh-sai-thong-tin-vneid). Xem [Điều chỉnh, sửa thông tin cư trú](' +
					FIX_GUIDE +
					').',
			],
			steps: [
				'Đưa thẻ cho cán bộ nơi làm thủ tục xem.',
				'Nói với cán bộ rằng dữ liệu trên hệ thống đang sai, bạn đã đề nghị sửa, và thông tin đúng là thông tin trên thẻ.',
				'Khi đã được sửa, mở lại VNeID (nếu có) để kiểm tra.',
			],
			bring: [
				'Thẻ căn cước hoặc thẻ CCCD còn hạn.',
				'Giấy tờ chứng minh thông tin đúng, nếu có: giấy khai sinh, giấy đăng ký kết hôn, giấy tờ nhà.',
			],
			ifRefused: refused(CARD_IS_ENOUGH),
			fallback: [
				{
					method: 1,
					when: 'Sau khi dữ liệu được sửa: cán bộ tra số định danh cá nhân của bạn như bình thường.',
				},
				{
					method: 5,
					when: 'Sau khi dữ liệu được sửa: cho cán bộ xem Thông tin cư trú trên VNeID.',
				},
				{
					method: 6,
					when: 'Nếu cần giấy: xin Giấy xác nhận cư trú sau khi dữ liệu đã được sửa. [Giấy xin trước đó hết giá trị khi thông tin cư trú thay đổi](claim:ct07-het-gia-tri-khi-thay-doi).',
				},
			],
			basis: ['phan-anh-sai-thong-tin-vneid', 'khong-cung-cap-giay-to-da-co-tren-the'],
		},
		'ket-qua-sai-du-lieu': {
			kind: 'result',
			id: 'ket-qua-sai-du-lieu',
			method: 1,
			summary:
				'Khi cả dữ liệu và thẻ đều chưa đúng, việc đầu tiên là đề nghị sửa. Khi dữ liệu đã đúng, cán bộ tra dữ liệu của bạn và bạn không phải nộp giấy.',
			first: [
				'[Đề nghị sửa: tạo phản ánh trên VNeID, hoặc đến Công an xã, phường nơi bạn cư trú](claim:phan-anh-sai-thong-tin-vneid). Xem [Điều chỉnh, sửa thông tin cư trú](' +
					FIX_GUIDE +
					').',
				'Nếu thẻ in sai, hỏi Công an xã, phường về việc đổi thẻ sau khi thông tin đã được sửa.',
			],
			steps: [
				'Trong lúc chờ sửa, nói với cán bộ nơi làm thủ tục rằng bạn đã đề nghị sửa, và đưa giấy tờ chứng minh thông tin đúng nếu có.',
				'Hỏi cán bộ xem hồ sơ có chờ được đến khi dữ liệu được sửa không.',
				'Khi dữ liệu đã sửa, đọc số định danh cá nhân để cán bộ tra dữ liệu.',
			],
			bring: [
				'Số định danh cá nhân (12 số).',
				'Giấy tờ chứng minh thông tin đúng, nếu có: giấy khai sinh, giấy đăng ký kết hôn, giấy tờ nhà.',
			],
			ifRefused: refused(),
			fallback: [
				{
					method: 5,
					when: 'Khi dữ liệu đã sửa: cho cán bộ xem Thông tin cư trú trên VNeID mức 2, nếu bạn có.',
				},
				{
					method: 6,
					when: 'Khi dữ liệu đã sửa, nếu thủ tục cần giấy: xin Giấy xác nhận cư trú. [Giấy xin trước đó hết giá trị khi thông tin cư trú thay đổi](claim:ct07-het-gia-tri-khi-thay-doi).',
				},
			],
			basis: ['phan-anh-sai-thong-tin-vneid', 'nd104-kenh-tra-cuu'],
		},
		'ket-qua-dia-danh-cu': {
			kind: 'result',
			id: 'ket-qua-dia-danh-cu',
			method: 2,
			summary:
				'[Thẻ ghi tên tỉnh, huyện, xã cũ vẫn có giá trị; bạn không phải đổi thẻ chỉ vì địa danh thay đổi](claim:khong-doi-the-vi-sap-nhap). Cứ đưa thẻ cho cán bộ xem như bình thường.',
			steps: [
				'Đưa thẻ cho cán bộ xem khi làm thủ tục.',
				'Nếu cán bộ hỏi về địa danh cũ: dữ liệu dân cư đã được cập nhật theo tên mới, cán bộ có thể tra số định danh cá nhân của bạn.',
			],
			bring: ['Thẻ căn cước hoặc thẻ CCCD còn hạn, kể cả thẻ ghi địa danh cũ.'],
			ifRefused: refused(
				'Nếu bị yêu cầu đổi thẻ: [giấy tờ đã cấp vẫn có giá trị sau sắp xếp tỉnh, xã; không bắt buộc đổi thẻ](claim:khong-doi-the-vi-sap-nhap).'
			),
			fallback: [
				{ method: 1, when: 'Cán bộ tra số định danh cá nhân của bạn: dữ liệu ghi theo tên mới.' },
				{ method: 5, when: 'Cho cán bộ xem Thông tin cư trú trên VNeID mức 2, nếu bạn có.' },
			],
			notes: [
				'Nếu muốn thẻ ghi tên mới: [đề nghị đổi thẻ trên VNeID, miễn phí khi chọn đúng lý do “do sắp xếp, điều chỉnh đơn vị hành chính”](claim:doi-the-mien-phi-vneid). Xem [Đổi thẻ miễn phí](/cap-nhat/#doi-the-mien-phi).',
			],
			basis: ['khong-doi-the-vi-sap-nhap', 'doi-the-mien-phi-vneid'],
		},
		'ket-qua-mat-the': {
			kind: 'result',
			id: 'ket-qua-mat-the',
			method: 1,
			summary:
				'Chưa có thẻ trong tay, cán bộ vẫn tra được dữ liệu của bạn bằng số định danh cá nhân. Hãy làm lại thẻ sớm.',
			first: [
				'Làm thủ tục cấp lại thẻ (mất, hỏng) hoặc đổi thẻ (hết hạn) tại [Công an xã, phường, đặc khu](claim:cong-an-huyen-ngung).',
			],
			steps: [
				'Đọc số định danh cá nhân (12 số in trên thẻ cũ), họ tên và ngày sinh cho cán bộ.',
				'Chờ cán bộ tra thông tin của bạn. Bạn không phải nộp giấy chứng minh cư trú nếu cán bộ tra được.',
			],
			bring: [
				'Số định danh cá nhân: ghi lại từ thẻ cũ, ảnh chụp thẻ cũ, hoặc Giấy thông báo số định danh cá nhân.',
			],
			ifRefused: refused(),
			fallback: [
				{
					method: 5,
					when: 'Nếu tài khoản VNeID mức 2 của bạn vẫn mở được: cho cán bộ xem mục Thông tin cư trú.',
				},
				{ method: 6, when: CT07_ANYWHERE },
			],
			basis: ['so-dinh-danh-tra-cuu', 'cong-an-huyen-ngung', 'nd104-kenh-tra-cuu'],
		},
		'ket-qua-chung': {
			kind: 'result',
			id: 'ket-qua-chung',
			method: 1,
			summary:
				'Với mọi người, cách đầu tiên là để cán bộ tra dữ liệu dân cư bằng số định danh cá nhân của bạn. Bạn không phải nộp sổ hộ khẩu.',
			steps: [
				'Mang theo giấy tờ bạn có: thẻ căn cước hoặc thẻ CCCD, điện thoại có VNeID.',
				'Đọc số định danh cá nhân, họ tên và ngày sinh cho cán bộ.',
				'[Nếu cán bộ không tra được, cán bộ mới được đề nghị bạn đưa một loại giấy tờ](claim:nd104-giay-to-chung-minh): thẻ căn cước, Giấy xác nhận cư trú hoặc Giấy thông báo số định danh cá nhân.',
			],
			bring: [
				'Số định danh cá nhân (12 số).',
				'Thẻ căn cước hoặc thẻ CCCD, nếu có.',
				'Điện thoại có VNeID mức 2, nếu có.',
			],
			ifRefused: refused(),
			fallback: [
				{ method: 2, when: 'Nếu có thẻ còn hạn: đưa thẻ cho cán bộ xem.' },
				{ method: 5, when: 'Nếu có VNeID mức 2: mở mục Thông tin cư trú cho cán bộ xem.' },
				{ method: 6, when: CT07_ANYWHERE },
			],
			notes: ['Xem cả [7 cách thay sổ hộ khẩu](/bay-cach/) và [Hỏi đáp](/hoi-dap/).'],
			basis: ['nd104-kenh-tra-cuu', 'nd104-giay-to-chung-minh'],
		},
	},
};

/** The readers the journey must serve (issue 11), with the answers they give and where they land. */
export const PERSONAS: readonly Persona[] = [
	{
		name: 'Người cao tuổi không có điện thoại thông minh, có thẻ',
		answers: ['co-the', 'khong-vneid', 'khong-biet'],
		result: 'ket-qua-the',
		method: 2,
	},
	{
		name: 'Người chỉ có chứng minh nhân dân',
		answers: ['chi-cmnd'],
		result: 'ket-qua-cmnd',
		method: 1,
	},
	{
		name: 'Trẻ dưới 14 tuổi chưa có thẻ',
		answers: ['tre-em', 'chua-co-the'],
		result: 'ket-qua-tre-em',
		method: 1,
	},
	{
		name: 'Người có dữ liệu sai trên hệ thống',
		answers: ['khac', 'sai-thong-tin', 'the-van-dung'],
		result: 'ket-qua-sai-du-lieu-the-dung',
		method: 2,
	},
	{
		name: 'Người có thẻ ghi tỉnh, huyện cũ trước năm 2025',
		answers: ['khac', 'dia-danh-cu'],
		result: 'ket-qua-dia-danh-cu',
		method: 2,
	},
	{
		name: 'Người dùng VNeID mức 2',
		answers: ['co-the', 'vneid-muc-2'],
		result: 'ket-qua-vneid',
		method: 5,
	},
];
