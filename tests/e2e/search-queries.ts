/**
 * Realistic searches, typed the way people type them on a phone (often without diacritics, and
 * with "d" for "đ"), each with the page that answers it. search.spec.ts checks that the page is
 * among Pagefind's first three results, so titles, descriptions and headings must keep using
 * these words. "đ" is not folded by Pagefind: pages carry SearchAliases for that.
 */
export const SEARCH_QUERIES: ReadonlyArray<{ query: string; expect: string }> = [
	{ query: 'xac nhan cu tru', expect: '/cach-6/' },
	{ query: 'xin xac nhan cu tru online', expect: '/huong-dan/xin-xac-nhan-cu-tru/' },
	{ query: 'xin giấy xác nhận cư trú', expect: '/huong-dan/xin-xac-nhan-cu-tru/' },
	{ query: 'ct07 bao lau', expect: '/cach-6/' },
	{ query: 'vneid muc 2', expect: '/huong-dan/dang-ky-vneid/' },
	{ query: 'dang ky vneid cho tre em', expect: '/huong-dan/dang-ky-vneid/' },
	{ query: 'cach 5 vneid', expect: '/cach-5/' },
	{ query: 'doc chip cccd', expect: '/cach-4/' },
	{ query: 'nfc', expect: '/cach-4/' },
	{ query: 'quet ma qr', expect: '/cach-3/' },
	{ query: 'the can cuoc', expect: '/cach-2/' },
	{ query: 'tong dai', expect: '/tong-dai/' },
	{ query: 'so dien thoai ho tro vneid', expect: '/tong-dai/' },
	{ query: 'so dinh danh', expect: '/cach-7/' },
	{ query: 'tra cuu thong tin ca nhan', expect: '/huong-dan/tra-cuu-thong-tin/' },
	{ query: 'kiem tra danh tinh so', expect: '/huong-dan/kiem-tra-danh-tinh-so/' },
	{ query: 'xem thong tin cu tru tren vneid', expect: '/huong-dan/xuat-trinh-cu-tru-vneid/' },
	{ query: 'sua thong tin cu tru bi sai', expect: '/huong-dan/dieu-chinh-thong-tin-cu-tru/' },
	{ query: 'chung minh nhan dan het han', expect: '/cach-2/' },
	{ query: 'những gì đã thay đổi', expect: '/cap-nhat/' },
	{ query: 'sap nhap tinh co phai doi the can cuoc', expect: '/cap-nhat/' },
	{ query: 'phat khong xuat trinh cu tru', expect: '/huong-dan/xuat-trinh-cu-tru-vneid/' },
	{ query: 'nghi dinh 104', expect: '/van-ban/can-cu-phap-ly/' },
	{ query: 'cong van 165', expect: '/van-ban/cong-van-165/' },
	{ query: 'cau hoi thuong gap', expect: '/hoi-dap/' },
	{ query: 'căn cước điện tử là gì', expect: '/cach-5/' },
];
