/** Puts the kit together: the generated documents, other scripts' files, a README, one ZIP. */
import { zipSync } from 'fflate';
import type { KitKind, KitManifest } from '../../../src/components/training/kit.ts';
import type { KitData } from './data.ts';
import {
	answerKeyPdf,
	answerSheetPdf,
	notesPdf,
	scenariosPdf,
	summaryPdf,
	workshopPlanPdf,
} from './documents.ts';
import { slidesPdf } from './slides.ts';
import { posterEntries, readme, sampleEntries, type Entry } from './files.ts';

export const ZIP_NAME = 'bo-tai-lieu-tap-huan.zip';
export const MANIFEST_NAME = 'bo-tai-lieu-tap-huan.json';

export async function buildKit(
	data: KitData,
	root: string
): Promise<{ zip: Uint8Array; manifest: KitManifest }> {
	const generated: Entry[] = [];
	const add = (path: string, title: string, kind: KitKind, bytes: Uint8Array) =>
		generated.push({ file: { path, title, kind, bytes: bytes.length }, data: bytes });

	add('tai-lieu/01-giao-an.pdf', 'Giáo án buổi tập huấn', 'tai-lieu', await workshopPlanPdf(data));
	add(
		'tai-lieu/02-tom-tat-7-cach.pdf',
		'Tóm tắt 7 cách cho học viên',
		'tai-lieu',
		await summaryPdf(data)
	);
	add(
		'tai-lieu/03-phieu-tra-loi.pdf',
		'Phiếu trả lời câu hỏi kiểm tra (không có đáp án)',
		'tai-lieu',
		await answerSheetPdf(data)
	);
	add(
		'tai-lieu/04-dap-an.pdf',
		'Đáp án câu hỏi kiểm tra (cho giảng viên)',
		'tai-lieu',
		await answerKeyPdf(data)
	);
	add(
		'tai-lieu/05-tinh-huong.pdf',
		'Thẻ tình huống đóng vai, mỗi tình huống một trang',
		'tai-lieu',
		await scenariosPdf(data)
	);
	for (const module of data.modules) {
		add(
			`trinh-chieu/hoc-phan-${module.number}-${module.id}.pdf`,
			`Trình chiếu học phần ${module.number}: ${module.title}`,
			'trinh-chieu',
			await slidesPdf(data, module, root)
		);
	}
	add(
		'trinh-chieu/ghi-chu-nguoi-trinh-bay.pdf',
		'Mọi bài trình chiếu kèm ghi chú người trình bày',
		'trinh-chieu',
		await notesPdf(data)
	);

	const posters = posterEntries(root);
	const samples = sampleEntries(root);
	const entries = [...generated, ...posters.entries, ...samples.entries];
	const missing = [...posters.missing, ...samples.missing];
	const readmeBytes = new TextEncoder().encode(
		readme(
			data,
			entries.map((e) => e.file),
			missing
		)
	);
	const all: Entry[] = [
		{
			file: {
				path: 'DOC-TRUOC.txt',
				title: 'Đọc trước: nội dung bộ tài liệu',
				kind: 'doc-truoc',
				bytes: readmeBytes.length,
			},
			data: readmeBytes,
		},
		...entries,
	];

	const mtime = data.reviewed;
	const zip = zipSync(
		Object.fromEntries(
			all.map((entry) => [
				entry.file.path,
				// PNGs and PDFs are already compressed; storing them saves build time for nothing lost.
				[entry.data, { level: entry.file.path.endsWith('.png') ? 0 : 6, mtime }],
			])
		)
	);
	const manifest: KitManifest = {
		zip: ZIP_NAME,
		zipBytes: zip.length,
		generated: new Date().toISOString().slice(0, 10),
		files: all.map((entry) => entry.file),
		missing,
	};
	return { zip, manifest };
}
