/** Files the kit takes from other scripts' output (posters, sample cards) and its README. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KitFile, KitKind } from '../../../src/components/training/kit.ts';
import { formatDay } from '../../../src/components/training/workshop.ts';
import { publicDir } from '../../../src/lib/content-data/load.ts';
import type { KitData } from './data.ts';
import { printedUrl } from './text.ts';

export interface Entry {
	file: KitFile;
	data: Uint8Array;
}

const FORMAT_LABELS: Record<string, string> = {
	a3: 'áp phích A3, PDF',
	a4: 'tờ A4, PDF',
	story: 'ảnh dọc cho điện thoại',
};

/** Posters and story images from public/infographics, titled from its manifest when present. */
export function posterEntries(root: string): { entries: Entry[]; missing: string[] } {
	const dir = join(publicDir(root), 'infographics');
	if (!existsSync(dir)) {
		return {
			entries: [],
			missing: ['Áp phích, infographic: chưa tạo (chạy `npm run infographics`).'],
		};
	}
	const titles = new Map<string, { title: string; format: string }>();
	try {
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
			files?: Array<{ file?: string; title?: string; format?: string }>;
		};
		for (const item of manifest.files ?? []) {
			if (item.file && item.title)
				titles.set(item.file, { title: item.title, format: item.format ?? '' });
		}
	} catch {
		// No manifest: fall back to file names.
	}
	const names = readdirSync(dir)
		.filter((name) => name.endsWith('.pdf') || name.endsWith('-story.png'))
		.sort();
	if (!names.length) {
		return {
			entries: [],
			missing: ['Áp phích, infographic: chưa tạo (chạy `npm run infographics`).'],
		};
	}
	const entries = names.map((name) => {
		const data = new Uint8Array(readFileSync(join(dir, name)));
		const known = titles.get(name);
		const format = known?.format || (/-(a3|a4|story)\.\w+$/.exec(name)?.[1] ?? '');
		const label = FORMAT_LABELS[format];
		const title = known ? `${known.title}${label ? ` (${label})` : ''}` : name;
		return {
			file: { path: `ap-phich/${name}`, title, kind: 'ap-phich' as KitKind, bytes: data.length },
			data,
		};
	});
	return { entries, missing: [] };
}

/** Sample card images for the QR exercise, from public/samples. */
export function sampleEntries(root: string): { entries: Entry[]; missing: string[] } {
	const dir = join(publicDir(root), 'samples');
	const none = { entries: [], missing: ['Ảnh thẻ mẫu: chưa tạo (chạy `npm run samples`).'] };
	if (!existsSync(dir)) return none;
	const descriptions = new Map<string, string>();
	try {
		const manifest = JSON.parse(readFileSync(join(dir, 'samples.json'), 'utf8')) as {
			samples?: Array<{ card?: string; qr?: string; description?: string }>;
		};
		for (const sample of manifest.samples ?? []) {
			if (sample.card && sample.description)
				descriptions.set(sample.card, `Thẻ mẫu: ${sample.description}`);
			if (sample.qr && sample.description)
				descriptions.set(sample.qr, `Chỉ mã QR của thẻ mẫu: ${sample.description}`);
		}
	} catch {
		// No manifest: fall back to file names.
	}
	const names = readdirSync(dir)
		.filter((name) => name.endsWith('.png'))
		.sort();
	if (!names.length) return none;
	const entries = names.map((name) => {
		const data = new Uint8Array(readFileSync(join(dir, name)));
		const title = descriptions.get(name) ?? `Thẻ mẫu ${name}`;
		return {
			file: { path: `the-mau/${name}`, title, kind: 'the-mau' as KitKind, bytes: data.length },
			data,
		};
	});
	return { entries, missing: [] };
}

export function readme(
	data: KitData,
	files: readonly KitFile[],
	missing: readonly string[]
): string {
	const lines = [
		'BỘ TÀI LIỆU TẬP HUẤN: 7 CÁCH THAY SỔ HỘ KHẨU',
		'',
		`Nguồn: ${data.siteName}, ${printedUrl('/tap-huan/', data.siteUrl)}`,
		`Rà soát lần cuối: ${formatDay(data.reviewed)}. Trước buổi học, xem trang Cập nhật: ${printedUrl('/cap-nhat/', data.siteUrl)}`,
		'',
		'Dùng khi không có mạng:',
		'- tai-lieu/: giáo án, tóm tắt 7 cách, phiếu trả lời, đáp án, tình huống (PDF, khổ A4).',
		'- trinh-chieu/: bài trình chiếu từng học phần (PDF 16:9, mở bằng trình đọc PDF, chọn chế độ trình chiếu) và bản kèm ghi chú.',
		'- ap-phich/: áp phích, infographic 7 cách.',
		'- the-mau/: ảnh thẻ mẫu cho bài tập quét mã QR. Thẻ mẫu là thẻ giả: họ tên, số và địa chỉ đều bịa.',
		'',
		'Danh sách tệp:',
		...files.map((file) => `- ${file.path}: ${file.title}`),
	];
	if (missing.length) lines.push('', 'Chưa có trong bộ tài liệu:', ...missing.map((m) => `- ${m}`));
	return `${lines.join('\r\n')}\r\n`;
}
