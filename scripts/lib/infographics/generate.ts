/**
 * Node-only: builds every campaign image, print PDF and Open Graph image from content/data and
 * content/docs, with a content-addressed cache so an unchanged rebuild renders nothing.
 *
 * Cache key of a file = hash(template and renderer sources, font bytes, renderer versions, the
 * file's own inputs). Editing one method re-renders that method's files, the overview and the
 * ZIP; editing a template re-renders everything.
 */
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import {
	IMAGE_FORMATS,
	OG_SIZE,
	OVERVIEW_PAGE,
	PAPER_SIZES,
	PRINT_DESIGN_WIDTH,
	printDesignHeight,
	sourceLine,
	type ImageFormat,
	type PaperSize,
} from '../../../src/lib/infographics/design.ts';
import { buildCatalog } from '../../../src/lib/infographics/catalog.ts';
import { printVariant } from '../../../src/lib/infographics/print-variant.ts';
import {
	hotlineAlt,
	ogAlt,
	methodAlt,
	overviewAlt,
} from '../../../src/lib/infographics/describe.ts';
import {
	BUNDLE_FILE,
	MANIFEST_FILE,
	MANIFEST_VERSION,
	type Manifest,
	type ManifestFile,
} from '../../../src/lib/infographics/manifest.ts';
import type { Scene } from '../../../src/lib/infographics/scene.ts';
import {
	hotlineSquare,
	methodLink,
	methodSquare,
	methodTall,
	ogCard,
	overviewTall,
	type CampaignContext,
	type RenderTarget,
} from '../../../src/lib/infographics/templates.ts';
import { nfc } from '../../../src/lib/infographics/text.ts';
import { formatDate } from '../../../src/components/page-sources.ts';
import { ogImageFile } from '../../../src/lib/infographics/urls.ts';
import { listPages, loadContent, type ContentData, type PageInfo } from './data.ts';
import { loadFonts } from './fonts.ts';
import { renderPdf } from './render-pdf.ts';
import { renderPng, renderThumb } from './render-png.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Bump to invalidate every cached file after a change the source hash cannot see. */
const GENERATOR_VERSION = '1';
/** Gallery thumbnails are this many px wide. */
export const THUMB_WIDTH = 360;

export interface GenerateOptions {
	/** Repository root (content/ lives there). */
	root: string;
	/** Where the files go (public/infographics). Files there that this run did not make are removed. */
	outDir: string;
	/** Cache folder (.cache/infographics). */
	cacheDir: string;
	/** Keep only some jobs (tests); the ZIP and manifest then list only those. */
	filter?: (job: JobInfo) => boolean;
	/** Progress lines; default: none. */
	log?: (line: string) => void;
	/** Called after each job with its time and whether it rendered, for the benchmark. */
	onJob?: (info: { file: string; ms: number; rendered: boolean }) => void;
}

export interface GenerateResult {
	rendered: number;
	reused: number;
	manifest: Manifest;
	totalBytes: number;
}

/** The parts of a job a filter can look at. */
export interface JobInfo {
	file: string;
	kind: ManifestFile['kind'];
	subject: ManifestFile['subject'];
	method?: number | undefined;
	format?: ImageFormat | PaperSize | undefined;
}

interface Job extends JobInfo {
	/** JSON-serialisable inputs that shape this file (the per-file part of the cache key). */
	inputs: unknown;
	render: () => Promise<Uint8Array>;
	thumb: boolean;
	entry: Omit<ManifestFile, 'bytes' | 'thumb' | 'file' | 'kind' | 'subject'>;
}

/** Files whose source shapes the output: templates, layout, renderers. */
function sourceFiles(root: string): string[] {
	const dirs = [join(root, 'src/lib/infographics'), HERE];
	const files: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.ts')) files.push(full);
		}
	};
	for (const dir of dirs) if (existsSync(dir)) walk(dir);
	// Schemas decide what the data means (e.g. contact `tel` derivation).
	files.push(join(root, 'src/schemas/method.ts'), join(root, 'src/schemas/contact.ts'));
	return files.sort();
}

function packageVersion(name: string): string {
	// Not `${name}/package.json` through require: sharp's export map hides it.
	const path = findPackageJSON(name, import.meta.url);
	if (!path) throw new Error(`Không tìm thấy gói ${name}.`);
	return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/** The part of every cache key shared by all files. */
export function globalCacheKey(root: string): string {
	const hash = createHash('sha256');
	hash.update(`generator ${GENERATOR_VERSION}\n`);
	for (const file of sourceFiles(root)) {
		hash.update(relative(root, file));
		hash.update(readFileSync(file));
	}
	hash.update(loadFonts().hash);
	for (const name of ['satori', 'sharp', 'pdf-lib', '@pdf-lib/fontkit', 'qrcode', 'fflate']) {
		hash.update(`${name}@${packageVersion(name)}\n`);
	}
	return hash.digest('hex');
}

/** Each poster in colour and in its print-friendly variant, A4 and A3. */
const PRINT_FILES = [
	['a4', undefined],
	['a3', undefined],
	['a4', 'tiet-kiem-muc'],
	['a3', 'tiet-kiem-muc'],
] as const;

/** The scene in the campaign colours, or its print-friendly variant. */
function inks(scene: Scene, variant: 'tiet-kiem-muc' | undefined): Scene {
	return variant ? printVariant(scene) : scene;
}

function assertScene(scene: Scene, file: string): Scene {
	if (scene.problems.length) {
		throw new Error(
			`${file}: chữ không vừa khung, hãy rút ngắn nội dung:\n  ${scene.problems.join('\n  ')}`
		);
	}
	return scene;
}

/** Builds the list of every file to make, from the content. */
export function planJobs(content: ContentData, pages: readonly PageInfo[]): Job[] {
	const { site, methods } = content;
	const { measure } = loadFonts();
	const catalog = buildCatalog(content, new Set(pages.map((page) => page.slug)));
	const { hotline } = catalog;
	const withSource = (cites: readonly string[]): CampaignContext => ({
		siteName: catalog.siteName,
		issuer: catalog.issuer,
		hotline,
		source: sourceLine(cites),
	});
	const png = (width: number, height: number, story = false): RenderTarget => ({
		width,
		height,
		measure,
		snap: true,
		story,
	});
	const print = (paper: PaperSize): RenderTarget => ({
		width: PRINT_DESIGN_WIDTH,
		height: printDesignHeight(paper),
		measure,
		snap: false,
	});
	const pdfMeta = (title: string, subject: string) => ({
		title,
		subject,
		author: site.siteName,
		keywords: ['sổ hộ khẩu', 'Đề án 06', 'Nghị định 104/2022/NĐ-CP', site.provinceName],
		date: site.reviewed,
	});
	const jobs: Job[] = [];

	for (const { card, name, ctx, dispatchTitle } of catalog.methods) {
		const alt = methodAlt(card, hotline);
		const base = `cach-${card.number}`;
		const builders: Record<ImageFormat, (target: RenderTarget) => Scene> = {
			vuong: (t) => methodSquare(card, ctx, t),
			'lien-ket': (t) => methodLink(card, ctx, t),
			story: (t) => methodTall(card, ctx, t),
		};
		for (const format of Object.keys(IMAGE_FORMATS) as ImageFormat[]) {
			const { width, height } = IMAGE_FORMATS[format];
			const file = `${base}-${format}.png`;
			jobs.push({
				file,
				kind: 'image',
				subject: 'method',
				method: card.number,
				format,
				inputs: { card, ctx, format },
				thumb: true,
				render: () =>
					renderPng(assertScene(builders[format](png(width, height, format === 'story')), file)),
				entry: {
					method: card.number,
					format,
					width,
					height,
					mime: 'image/png',
					title: name,
					alt,
				},
			});
		}
		for (const [paper, variant] of PRINT_FILES) {
			const file = `${base}-${paper}${variant ? `-${variant}` : ''}.pdf`;
			const { width, height, label } = PAPER_SIZES[paper];
			jobs.push({
				file,
				kind: 'print',
				subject: 'method',
				method: card.number,
				format: paper,
				inputs: {
					card,
					ctx,
					paper,
					variant,
					title: dispatchTitle,
					date: site.reviewed,
					province: site.provinceName,
				},
				thumb: false,
				render: () =>
					renderPdf(
						[
							{
								scene: inks(assertScene(methodTall(card, ctx, print(paper)), file), variant),
								width,
								height,
							},
						],
						pdfMeta(`${name} – áp phích ${label}${variant ? ' tiết kiệm mực' : ''}`, dispatchTitle)
					),
				entry: {
					method: card.number,
					format: paper,
					paper: label,
					mime: 'application/pdf',
					title: name,
					...(variant ? { variant } : {}),
				},
			});
		}
	}

	const { data: overview, name: overviewName, ctx: overviewCtx } = catalog.overview;
	jobs.push({
		file: 'tong-quan-story.png',
		kind: 'image',
		subject: 'overview',
		format: 'story',
		inputs: { overview, overviewCtx },
		thumb: true,
		render: () =>
			renderPng(
				assertScene(
					overviewTall(overview, overviewCtx, png(1080, 1920, true)),
					'tong-quan-story.png'
				)
			),
		entry: {
			format: 'story',
			width: 1080,
			height: 1920,
			mime: 'image/png',
			title: overviewName,
			alt: overviewAlt(site.siteName, methods, hotline),
		},
	});
	for (const [paper, variant] of PRINT_FILES) {
		const file = `tong-quan-${paper}${variant ? `-${variant}` : ''}.pdf`;
		const { width, height, label } = PAPER_SIZES[paper];
		jobs.push({
			file,
			kind: 'print',
			subject: 'overview',
			format: paper,
			inputs: {
				overview,
				overviewCtx,
				paper,
				variant,
				date: site.reviewed,
				province: site.provinceName,
			},
			thumb: false,
			render: () =>
				renderPdf(
					[
						{
							scene: inks(
								assertScene(overviewTall(overview, overviewCtx, print(paper)), file),
								variant
							),
							width,
							height,
						},
					],
					pdfMeta(
						`${overviewName} – áp phích ${label}${variant ? ' tiết kiệm mực' : ''}`,
						overviewName
					)
				),
			entry: {
				format: paper,
				paper: label,
				mime: 'application/pdf',
				title: overviewName,
				...(variant ? { variant } : {}),
			},
		});
	}

	const { data: hotlineCard, ctx: hotlineCtx } = catalog.hotlineCard;
	if (!pages.some((page) => page.slug === OVERVIEW_PAGE)) {
		throw new Error(`Trang tổng quan: không có trang "${OVERVIEW_PAGE}" trong content/docs.`);
	}
	jobs.push({
		file: 'tong-dai-vuong.png',
		kind: 'image',
		subject: 'hotline',
		format: 'vuong',
		inputs: { hotlineCard, hotlineCtx },
		thumb: true,
		render: () =>
			renderPng(
				assertScene(hotlineSquare(hotlineCard, hotlineCtx, png(1080, 1080)), 'tong-dai-vuong.png')
			),
		entry: {
			format: 'vuong',
			width: 1080,
			height: 1080,
			mime: 'image/png',
			title: `Cần hỗ trợ? ${hotline.label} ${hotline.value}`,
			alt: hotlineAlt(hotline),
		},
	});

	const host = new URL(site.siteUrl).host;
	for (const page of pages) {
		const method = page.method ? methods.find((m) => m.number === page.method) : undefined;
		const bare = method && nfc(page.title).toLocaleLowerCase('vi') === `cách ${method.number}`;
		const og = {
			title: nfc(bare ? method.shortTitle : page.title),
			description: page.description ? nfc(page.description) : undefined,
			kicker: method ? `CÁCH ${method.number}` : undefined,
			icon: method?.icon,
			host,
			items: page.slug === '' ? methods.map((m) => `${m.number}. ${nfc(m.shortTitle)}`) : undefined,
		};
		// A preview states only the page's title: it points to the page's own sources and date.
		const ogCtx = withSource([
			page.reviewed ? `xem trên trang (rà soát ${formatDate(page.reviewed)})` : 'xem trên trang',
		]);
		const file = ogImageFile(page.slug);
		jobs.push({
			file,
			kind: 'og',
			subject: 'page',
			inputs: { og, ogCtx },
			thumb: false,
			render: () =>
				renderPng(assertScene(ogCard(og, ogCtx, png(OG_SIZE.width, OG_SIZE.height)), file)),
			entry: {
				slug: page.slug,
				width: OG_SIZE.width,
				height: OG_SIZE.height,
				mime: 'image/png',
				title: og.title,
				alt: ogAlt(og.title, og.description, site.siteName),
			},
		});
	}
	return jobs;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Runs the plan: reuse cached files, render the rest, write manifest and ZIP. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
	const { root, outDir, cacheDir } = options;
	const log = options.log ?? (() => {});
	const content = loadContent(root);
	const pages = listPages(root);
	const globalKey = globalCacheKey(root);
	const jobs = planJobs(content, pages).filter((job) => options.filter?.(job) ?? true);
	mkdirSync(outDir, { recursive: true });
	mkdirSync(cacheDir, { recursive: true });
	let rendered = 0;
	let reused = 0;
	const files: ManifestFile[] = [];
	const keep = new Set<string>([MANIFEST_FILE]);
	const usedCache = new Set<string>();

	for (const job of jobs) {
		const started = performance.now();
		const key = sha(`${globalKey}\n${JSON.stringify(job.inputs)}\n${job.file}`);
		const ext = job.file.slice(job.file.lastIndexOf('.'));
		const cached = join(cacheDir, `${key}${ext}`);
		const cachedThumb = join(cacheDir, `${key}.thumb.webp`);
		const cachedThumbInfo = join(cacheDir, `${key}.thumb.json`);
		const hit =
			existsSync(cached) &&
			(!job.thumb || (existsSync(cachedThumb) && existsSync(cachedThumbInfo)));
		if (!hit) {
			const bytes = await job.render();
			writeFileSync(cached, bytes);
			if (job.thumb) {
				const thumb = await renderThumb(Buffer.from(bytes), THUMB_WIDTH);
				writeFileSync(cachedThumb, thumb.data);
				writeFileSync(
					cachedThumbInfo,
					JSON.stringify({ width: thumb.width, height: thumb.height })
				);
			}
			rendered++;
		} else {
			reused++;
		}
		usedCache.add(cached);
		const target = join(outDir, job.file);
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(cached, target);
		keep.add(job.file);
		const entry: ManifestFile = {
			file: job.file,
			kind: job.kind,
			subject: job.subject,
			...job.entry,
			bytes: statSync(target).size,
		};
		if (job.thumb) {
			usedCache.add(cachedThumb).add(cachedThumbInfo);
			const thumbFile = `thumbs/${job.file.replace(/\.png$/, '-thumb.webp')}`;
			const thumbTarget = join(outDir, thumbFile);
			mkdirSync(dirname(thumbTarget), { recursive: true });
			copyFileSync(cachedThumb, thumbTarget);
			keep.add(thumbFile);
			const info = JSON.parse(readFileSync(cachedThumbInfo, 'utf8')) as {
				width: number;
				height: number;
			};
			entry.thumb = { file: thumbFile, ...info, bytes: statSync(thumbTarget).size };
		}
		files.push(entry);
		const ms = performance.now() - started;
		options.onJob?.({ file: job.file, ms, rendered: !hit });
		log(`${hit ? 'reused  ' : 'rendered'} ${job.file} (${Math.round(ms)} ms)`);
	}

	// The ZIP: campaign images and PDFs, not the link previews. Fixed dates keep it byte-stable.
	const bundled = files.filter((file) => file.kind === 'image' || file.kind === 'print');
	if (bundled.length) {
		const mtime = new Date('2023-01-01T00:00:00Z');
		const zippable: Zippable = {};
		for (const file of bundled) {
			const data = new Uint8Array(readFileSync(join(outDir, file.file)));
			// PNGs are already compressed; PDFs still shrink a little.
			zippable[file.file] = [data, { level: file.mime === 'application/pdf' ? 6 : 0, mtime }];
		}
		const zip = zipSync(zippable);
		writeFileSync(join(outDir, BUNDLE_FILE), zip);
		keep.add(BUNDLE_FILE);
		files.push({
			file: BUNDLE_FILE,
			kind: 'bundle',
			subject: 'all',
			mime: 'application/zip',
			bytes: zip.byteLength,
			title: `Bộ ảnh và áp phích tuyên truyền (${bundled.length} tệp)`,
		});
	}

	const manifest: Manifest = {
		version: MANIFEST_VERSION,
		siteName: nfc(content.site.siteName),
		siteUrl: content.site.siteUrl,
		files,
	};
	writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, '\t')}\n`);
	removeStale(outDir, keep);
	if (!options.filter) pruneCache(cacheDir, usedCache);
	const totalBytes = files.reduce((sum, file) => sum + file.bytes + (file.thumb?.bytes ?? 0), 0);
	return { rendered, reused, manifest, totalBytes };
}

/** Deletes files in the output folder this run did not write (a page or method was removed). */
function removeStale(outDir: string, keep: ReadonlySet<string>): void {
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			const rel = relative(outDir, full).replace(/\\/g, '/');
			if (entry.isDirectory()) {
				walk(full);
				if (!readdirSync(full).length) rmSync(full, { recursive: true });
			} else if (!keep.has(rel)) {
				rmSync(full);
			}
		}
	};
	walk(outDir);
}

/** Keeps the cache to what the current content uses, so it does not grow with every edit. */
function pruneCache(cacheDir: string, used: ReadonlySet<string>): void {
	for (const entry of readdirSync(cacheDir)) {
		const full = join(cacheDir, entry);
		if (!used.has(full) && statSync(full).isFile()) rmSync(full);
	}
}
