/**
 * Builds the workshop kit for trainers: public/tap-huan/bo-tai-lieu-tap-huan.zip and a JSON
 * manifest listing what is inside. The kit is for rooms with poor Wi-Fi, so everything in it
 * works offline: PDF handouts and slide decks generated here from the same data files as the
 * pages (training-modules, questions, scenarios, methods), the posters from `npm run
 * infographics` and the sample cards from `npm run samples` (whatever of those exists).
 *
 * Run after the infographics and sample cards, before `astro build` (public/ is copied then):
 *   node scripts/build-training-kit.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { zipSync } from 'fflate';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { methodPoints, type Method } from '../src/schemas/method.ts';
import type { Question, Scenario, TrainingModule, WithId } from '../src/schemas/training.ts';
import { dataFilePaths, loadContentData, publicDir } from '../src/lib/content-data/load.ts';
import type { KitFile, KitKind, KitManifest } from '../src/components/training/kit.ts';
import { correctOption, letterFor, orderQuestions } from '../src/components/training/quiz.ts';
import {
	buildAgenda,
	formatDay,
	formatDuration,
	legalBasisDates,
	resolveSlides,
	totalMinutes,
} from '../src/components/training/workshop.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT_DIR = join(publicDir(ROOT), 'tap-huan');
export const ZIP_NAME = 'bo-tai-lieu-tap-huan.zip';
export const MANIFEST_NAME = 'bo-tai-lieu-tap-huan.json';

// ---------------------------------------------------------------------------------------------
// Text layout (pure, tested)

/** Splits text into lines no wider than `maxWidth`, breaking long words when they must. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (measure(candidate) <= maxWidth) {
				line = candidate;
				continue;
			}
			if (line) lines.push(line);
			line = '';
			// A word wider than the line (a long URL): break it by characters.
			let rest = word;
			while (measure(rest) > maxWidth) {
				let cut = rest.length - 1;
				while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
				lines.push(rest.slice(0, cut));
				rest = rest.slice(cut);
			}
			line = rest;
		}
		lines.push(line);
	}
	return lines;
}

/** Absolute URL of a page path on the public site, for printed links. */
export function printedUrl(path: string, siteUrl: string): string {
	if (!path.startsWith('/')) return path;
	return `${siteUrl.replace(/\/+$/, '')}${path}`;
}

// ---------------------------------------------------------------------------------------------
// A small flowing-text PDF writer

interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
}

interface TextOptions {
	size?: number;
	bold?: boolean;
	indent?: number;
	bullet?: string;
	gapBefore?: number;
	gapAfter?: number;
	color?: [number, number, number];
}

const A4: [number, number] = [595.28, 841.89];
const SLIDE: [number, number] = [960, 540];

class PdfWriter {
	readonly doc: PDFDocument;
	readonly fonts: Fonts;
	readonly size: [number, number];
	readonly margin: number;
	page!: PDFPage;
	y = 0;

	constructor(doc: PDFDocument, fonts: Fonts, size: [number, number], margin: number) {
		this.doc = doc;
		this.fonts = fonts;
		this.size = size;
		this.margin = margin;
	}

	newPage(): void {
		this.page = this.doc.addPage(this.size);
		this.y = this.size[1] - this.margin;
	}

	get width(): number {
		return this.size[0] - 2 * this.margin;
	}

	/** Writes wrapped text, starting a new page when the next line does not fit. */
	text(text: string, options: TextOptions = {}): void {
		const size = options.size ?? 11;
		const font = options.bold ? this.fonts.bold : this.fonts.regular;
		const indent = options.indent ?? 0;
		const bulletWidth = options.bullet ? font.widthOfTextAtSize(`${options.bullet} `, size) : 0;
		const lineHeight = size * 1.35;
		const lines = wrapText(text, this.width - indent - bulletWidth, (s) =>
			font.widthOfTextAtSize(s, size)
		);
		this.y -= options.gapBefore ?? 0;
		lines.forEach((line, i) => {
			if (this.y - lineHeight < this.margin + 14) this.newPage();
			this.y -= lineHeight;
			const x = this.margin + indent;
			const color = options.color ? rgb(...options.color) : rgb(0, 0, 0);
			if (i === 0 && options.bullet)
				this.page.drawText(options.bullet, { x, y: this.y, size, font, color });
			this.page.drawText(line, { x: x + bulletWidth, y: this.y, size, font, color });
		});
		this.y -= options.gapAfter ?? size * 0.35;
	}

	heading(text: string, level: 1 | 2 | 3): void {
		const size = level === 1 ? 20 : level === 2 ? 15 : 12.5;
		// Keep a heading with at least three lines of what follows.
		if (this.y - size * 5 < this.margin) this.newPage();
		this.text(text, {
			size,
			bold: true,
			gapBefore: level === 1 ? 0 : size * 0.8,
			gapAfter: size * 0.4,
		});
	}

	list(items: readonly string[], numbered = false, indent = 0): void {
		items.forEach((item, i) =>
			this.text(item, { bullet: numbered ? `${i + 1}.` : '•', indent: indent + 8 })
		);
	}

	/** Footer on every page: what the document is, where it comes from, page n / N. */
	footer(label: string): void {
		const pages = this.doc.getPages();
		pages.forEach((page, i) => {
			const text = `${label} · Trang ${i + 1}/${pages.length}`;
			page.drawText(text, {
				x: this.margin,
				y: this.margin / 2,
				size: 8,
				font: this.fonts.regular,
				color: rgb(0.3, 0.3, 0.3),
			});
		});
	}
}

// ---------------------------------------------------------------------------------------------
// Data

interface KitData {
	siteName: string;
	siteUrl: string;
	reviewed: Date;
	methods: Method[];
	modules: WithId<TrainingModule>[];
	questions: WithId<Question>[];
	scenarios: WithId<Scenario>[];
}

export function loadKitData(): KitData {
	const { site, methods, modules, questions, scenarios } = loadContentData(dataFilePaths(ROOT));
	return {
		siteName: site.siteName,
		siteUrl: site.siteUrl,
		reviewed: site.reviewed,
		methods,
		modules,
		questions,
		scenarios,
	};
}

// ---------------------------------------------------------------------------------------------
// Documents

const FONT_DIR = join(ROOT, 'node_modules', '@expo-google-fonts', 'be-vietnam-pro');

async function newDocument(
	title: string,
	data: KitData
): Promise<{ doc: PDFDocument; fonts: Fonts }> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const fonts = {
		regular: await doc.embedFont(
			readFileSync(join(FONT_DIR, '400Regular', 'BeVietnamPro_400Regular.ttf')),
			{
				subset: true,
			}
		),
		bold: await doc.embedFont(readFileSync(join(FONT_DIR, '700Bold', 'BeVietnamPro_700Bold.ttf')), {
			subset: true,
		}),
	};
	// Fixed metadata keeps the kit byte-for-byte reproducible between builds of the same data.
	doc.setTitle(title);
	doc.setAuthor(data.siteName);
	doc.setLanguage('vi');
	doc.setProducer(data.siteName);
	doc.setCreator('scripts/build-training-kit.ts');
	doc.setCreationDate(data.reviewed);
	doc.setModificationDate(data.reviewed);
	return { doc, fonts };
}

function reviewLine(data: KitData): string {
	return `Rà soát lần cuối: ${formatDay(data.reviewed)}. Bản mới nhất: ${printedUrl('/tap-huan/', data.siteUrl)}`;
}

async function workshopPlanPdf(data: KitData): Promise<Uint8Array> {
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

async function summaryPdf(data: KitData): Promise<Uint8Array> {
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

async function answerSheetPdf(data: KitData): Promise<Uint8Array> {
	const { doc, fonts } = await newDocument('Phiếu trả lời câu hỏi kiểm tra', data);
	const w = new PdfWriter(doc, fonts, A4, 44);
	w.newPage();
	w.heading('Phiếu trả lời câu hỏi kiểm tra', 1);
	w.text(
		'Họ và tên: ................................................   Đơn vị: ..........................................',
		{ gapAfter: 8 }
	);
	w.text('Khoanh tròn một chữ cái cho mỗi câu.', { gapAfter: 6 });
	orderQuestions(data.questions).forEach((question, i) => {
		w.text(`Câu ${i + 1}. ${question.question}`, { bold: true, gapBefore: 4, size: 10.5 });
		question.options.forEach((option, j) =>
			w.text(`${letterFor(j)}. ${option}`, { indent: 14, size: 10.5, gapAfter: 1 })
		);
	});
	w.footer(`${data.siteName} · Phiếu trả lời`);
	return doc.save({ useObjectStreams: false });
}

async function answerKeyPdf(data: KitData): Promise<Uint8Array> {
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

async function scenariosPdf(data: KitData): Promise<Uint8Array> {
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

/** One module's slides as a 16:9 PDF, one slide per page, type large enough for a projector. */
async function slidesPdf(data: KitData, module: WithId<TrainingModule>): Promise<Uint8Array> {
	const { doc, fonts } = await newDocument(
		`Trình chiếu học phần ${module.number}: ${module.title}`,
		data
	);
	const slides = resolveSlides(module, data.methods);
	const w = new PdfWriter(doc, fonts, SLIDE, 56);
	for (const slide of slides) {
		w.newPage();
		w.y -= 20;
		w.text(slide.title, { size: 38, bold: true, gapAfter: 22 });
		for (const point of slide.points) w.text(point, { size: 27, bullet: '•', gapAfter: 12 });
	}
	w.footer(`Học phần ${module.number}: ${module.title}`);
	return doc.save({ useObjectStreams: false });
}

async function notesPdf(data: KitData): Promise<Uint8Array> {
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

// ---------------------------------------------------------------------------------------------
// Files from other scripts

interface Entry {
	file: KitFile;
	data: Uint8Array;
}

const FORMAT_LABELS: Record<string, string> = {
	a3: 'áp phích A3, PDF',
	a4: 'tờ A4, PDF',
	story: 'ảnh dọc cho điện thoại',
};

/** Posters and story images from public/infographics, titled from its manifest when present. */
function posterEntries(): { entries: Entry[]; missing: string[] } {
	const dir = join(publicDir(ROOT), 'infographics');
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
function sampleEntries(): { entries: Entry[]; missing: string[] } {
	const dir = join(publicDir(ROOT), 'samples');
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

function readme(data: KitData, files: readonly KitFile[], missing: readonly string[]): string {
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

// ---------------------------------------------------------------------------------------------
// Main

export async function buildKit(data: KitData): Promise<{ zip: Uint8Array; manifest: KitManifest }> {
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
			await slidesPdf(data, module)
		);
	}
	add(
		'trinh-chieu/ghi-chu-nguoi-trinh-bay.pdf',
		'Mọi bài trình chiếu kèm ghi chú người trình bày',
		'trinh-chieu',
		await notesPdf(data)
	);

	const posters = posterEntries();
	const samples = sampleEntries();
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

async function main(): Promise<void> {
	const started = Date.now();
	const { zip, manifest } = await buildKit(loadKitData());
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(join(OUT_DIR, ZIP_NAME), zip);
	writeFileSync(join(OUT_DIR, MANIFEST_NAME), `${JSON.stringify(manifest, null, '\t')}\n`);
	console.log(
		`Bộ tài liệu tập huấn: public/tap-huan/${ZIP_NAME} (${manifest.files.length} tệp, ${Math.round(zip.length / 1024)} KB) trong ${Date.now() - started} ms.`
	);
	for (const item of manifest.missing) console.log(`  Chưa có: ${item}`);
}

if (import.meta.main) {
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
