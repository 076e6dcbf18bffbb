/**
 * The seven kinds of document the kit prints from the content data: workshop plan, summary of the
 * seven methods, answer sheet, answer key, scenario cards, speaker notes. The slide decks are drawn
 * to the slide pages' layout in slides.ts.
 */
import type { PDFDocument } from 'pdf-lib';
import { methodPoints } from '../../../src/schemas/method.ts';
import { correctOption, letterFor, orderQuestions } from '../../../src/components/training/quiz.ts';
import {
	buildAgenda,
	formatDay,
	formatDuration,
	legalBasisDates,
	resolveSlides,
	totalMinutes,
} from '../../../src/components/training/workshop.ts';
import { newPdfDocument } from '../infographics/fonts.ts';
import type { KitData } from './data.ts';
import { printedUrl } from './text.ts';
import { A4, PdfWriter, type Fonts } from './writer.ts';

async function newDocument(
	title: string,
	data: KitData
): Promise<{ doc: PDFDocument; fonts: Fonts }> {
	const { doc, fonts } = await newPdfDocument([400, 700] as const, {
		title,
		author: data.siteName,
		date: data.reviewed,
		creator: 'scripts/build-training-kit.ts',
		producer: data.siteName,
	});
	return { doc, fonts: { regular: fonts[400], bold: fonts[700] } };
}

function reviewLine(data: KitData): string {
	return `Rà soát lần cuối: ${formatDay(data.reviewed)}. Bản mới nhất: ${printedUrl('/tap-huan/', data.siteUrl)}`;
}

export async function workshopPlanPdf(data: KitData): Promise<Uint8Array> {
	const { doc, fonts } = await newDocument('Giáo án buổi tập huấn', data);
	const w = new PdfWriter(doc, fonts, A4, 48);
	w.newPage();
	w.heading('Giáo án buổi tập huấn: 7 cách thay sổ hộ khẩu', 1);
	w.text('Dành cho giảng viên tập huấn cán bộ công an và cán bộ bộ phận một cửa.', { size: 11 });
	w.text(reviewLine(data), { size: 9, color: [0.25, 0.25, 0.25] });
	const rows = buildAgenda(data.modules, '07:30');
	w.heading(`Lịch buổi tập huấn (tổng ${formatDuration(totalMinutes(rows))})`, 2);
	for (const row of rows)
		w.text(`${row.start}–${row.end}   ${row.title} (${formatDuration(row.minutes)})`);
	for (const module of data.modules) {
		w.heading(`Học phần ${module.number}: ${module.title}`, 2);
		w.text(`Mục tiêu: ${module.objective}`);
		w.text(
			`Thời lượng: ${formatDuration(module.minutes)}. Trình chiếu: ${printedUrl(`/tap-huan/trinh-chieu/${module.id}/`, data.siteUrl)}`
		);
		w.heading('Thông điệp chính', 3);
		w.list(module.keyMessages);
		w.heading('Căn cứ pháp lý', 3);
		w.list(
			module.legalBasis.map((b) => {
				const dates = legalBasisDates(b);
				return `${b.title}${dates ? ` (${dates})` : ''}: ${b.point}`;
			})
		);
		w.heading('Hoạt động', 3);
		w.list(
			module.activities.map((a) => `${a.title} (${formatDuration(a.minutes)}): ${a.description}`),
			true
		);
		w.heading('Trang dùng trong học phần', 3);
		w.list(module.pages.map((p) => `${p.title}: ${printedUrl(p.path, data.siteUrl)}`));
		if (module.materials.length) {
			w.heading('Chuẩn bị', 3);
			w.list(module.materials);
		}
		w.heading('Lưu ý cho giảng viên', 3);
		w.text(module.speakerNotes);
	}
	w.footer(`${data.siteName} · Giáo án`);
	return doc.save({ useObjectStreams: false });
}

export async function summaryPdf(data: KitData): Promise<Uint8Array> {
	const { doc, fonts } = await newDocument('Tóm tắt 7 cách thay sổ hộ khẩu', data);
	const w = new PdfWriter(doc, fonts, A4, 44);
	w.newPage();
	w.heading('7 cách thay sổ hộ khẩu: tóm tắt cho cán bộ', 1);
	w.text(
		'Từ 01/01/2023 không dùng sổ hộ khẩu, sổ tạm trú. Khai thác dữ liệu dân cư trước; chỉ khi không khai thác được mới yêu cầu một loại giấy tờ chứng minh (Nghị định 104/2022/NĐ-CP).',
		{ size: 11 }
	);
	for (const method of data.methods) {
		w.heading(`Cách ${method.number}: ${method.shortTitle}`, 3);
		w.text(method.summary, { size: 10.5 });
		w.list(methodPoints(method));
		w.text(`Xem thêm: ${printedUrl(`/${method.page}/`, data.siteUrl)}`, {
			size: 9,
			color: [0.25, 0.25, 0.25],
		});
	}
	w.text(reviewLine(data), { size: 9, gapBefore: 8, color: [0.25, 0.25, 0.25] });
	w.footer(`${data.siteName} · Tóm tắt 7 cách`);
	return doc.save({ useObjectStreams: false });
}

/** The trainee's sheet: two columns of small type, so the whole quiz fits two A4 pages. */
export async function answerSheetPdf(data: KitData): Promise<Uint8Array> {
	const { doc, fonts } = await newDocument('Phiếu trả lời câu hỏi kiểm tra', data);
	const w = new PdfWriter(doc, fonts, A4, 36, { columns: 2, gutter: 18 });
	w.newPage();
	w.heading('Phiếu trả lời câu hỏi kiểm tra', 1);
	w.text(
		'Họ và tên: ................................................   Đơn vị: ..........................................',
		{ gapAfter: 4, size: 10 }
	);
	w.text('Khoanh tròn một chữ cái cho mỗi câu.', { gapAfter: 6, size: 10 });
	w.startColumns();
	orderQuestions(data.questions).forEach((question, i) => {
		const title = { bold: true, gapBefore: 4, size: 8, gapAfter: 1 } as const;
		const option = { indent: 8, size: 8, gapAfter: 0 } as const;
		const options = question.options.map((text, j) => `${letterFor(j)}. ${text}`);
		w.keep(
			w.measure(`Câu ${i + 1}. ${question.question}`, title) +
				options.reduce((sum, text) => sum + w.measure(text, option), 0)
		);
		w.text(`Câu ${i + 1}. ${question.question}`, title);
		for (const text of options) w.text(text, option);
	});
	w.footer(`${data.siteName} · Phiếu trả lời`);
	return doc.save({ useObjectStreams: false });
}

export async function answerKeyPdf(data: KitData): Promise<Uint8Array> {
	const { doc, fonts } = await newDocument('Đáp án câu hỏi kiểm tra', data);
	const w = new PdfWriter(doc, fonts, A4, 44);
	w.newPage();
	w.heading('Đáp án câu hỏi kiểm tra (dành cho giảng viên)', 1);
	w.text(reviewLine(data), { size: 9, color: [0.25, 0.25, 0.25] });
	orderQuestions(data.questions).forEach((question, i) => {
		w.text(`Câu ${i + 1}: ${question.answer}. ${correctOption(question)}`, {
			bold: true,
			gapBefore: 6,
			size: 10.5,
		});
		w.text(question.explanation, { size: 10, indent: 14 });
		w.text(`Nguồn: ${question.source.title}, ${printedUrl(question.source.url, data.siteUrl)}`, {
			size: 9,
			indent: 14,
			color: [0.25, 0.25, 0.25],
		});
	});
	w.footer(`${data.siteName} · Đáp án`);
	return doc.save({ useObjectStreams: false });
}

export async function scenariosPdf(data: KitData): Promise<Uint8Array> {
	const { doc, fonts } = await newDocument('Tình huống thực hành', data);
	const w = new PdfWriter(doc, fonts, A4, 48);
	data.scenarios.forEach((scenario, i) => {
		w.newPage();
		w.heading(`Tình huống ${i + 1}. ${scenario.title}`, 1);
		w.text('Nhân vật là người giả định; tên và thông tin đều bịa.', {
			size: 9,
			color: [0.25, 0.25, 0.25],
		});
		w.heading('Tình huống', 3);
		w.text(scenario.situation);
		w.heading('Vai người dân', 3);
		w.text(scenario.citizenRole);
		w.heading('Cách xử lý đúng', 3);
		w.list(scenario.steps, true);
		w.heading('Căn cứ', 3);
		w.text(scenario.rule);
		w.list(scenario.sources.map((s) => `${s.title}: ${printedUrl(s.url, data.siteUrl)}`));
		w.heading('Câu hỏi thảo luận', 3);
		w.list(scenario.discussion);
	});
	w.footer(`${data.siteName} · Tình huống thực hành`);
	return doc.save({ useObjectStreams: false });
}

export async function notesPdf(data: KitData): Promise<Uint8Array> {
	const { doc, fonts } = await newDocument('Bài trình chiếu kèm ghi chú người trình bày', data);
	const w = new PdfWriter(doc, fonts, A4, 48);
	for (const module of data.modules) {
		w.newPage();
		w.heading(`Học phần ${module.number}: ${module.title}`, 1);
		w.text(module.speakerNotes, { size: 10.5 });
		resolveSlides(module, data.methods).forEach((slide, i) => {
			w.heading(`Trang ${i + 1}. ${slide.title}`, 3);
			w.list(slide.points);
			w.text(`Ghi chú: ${slide.notes}`, { size: 10, indent: 8, color: [0.2, 0.2, 0.2] });
		});
	}
	w.footer(`${data.siteName} · Ghi chú người trình bày`);
	return doc.save({ useObjectStreams: false });
}
