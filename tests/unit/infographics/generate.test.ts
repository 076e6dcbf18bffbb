/**
 * The generator end to end, into a temporary folder: every card and PDF of the campaign set plus
 * a few link previews (all pages would only repeat the same template). Checks pixel sizes, the
 * QR code on every card, PDF page sizes and extractable Vietnamese text, the ZIP, and the cache.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadRgba } from '../../../scripts/lib/load-image.ts';
import { configureZxingForNode } from '../../../scripts/lib/zxing-node.ts';
import { listPages, loadContent } from '../../../scripts/lib/infographics/data.ts';
import {
	generate,
	planJobs,
	type GenerateResult,
} from '../../../scripts/lib/infographics/generate.ts';
import { PAPER_SIZES } from '../../../src/lib/infographics/design.ts';
import {
	BUNDLE_FILE,
	MANIFEST_FILE,
	type Manifest,
} from '../../../src/lib/infographics/manifest.ts';
import { ogImageFile, publicUrl } from '../../../src/lib/infographics/urls.ts';
import { readQrCodes } from '../../../src/lib/cccd/read-qr.ts';

const root = new URL('../../../', import.meta.url).pathname;
const content = loadContent(root);
const pages = listPages(root);
const OG_SAMPLE = new Set(['', 'cach-1', pages.find((p) => p.slug.includes('/'))?.slug ?? '']);

let dir: string;
let first: GenerateResult;
let second: GenerateResult;
const options = () => ({
	root,
	outDir: join(dir, 'out'),
	cacheDir: join(dir, 'cache'),
	filter: (job: { kind: string; file: string }) =>
		job.kind !== 'og' || [...OG_SAMPLE].some((slug) => job.file === ogImageFile(slug)),
});

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'infographics-'));
	first = await generate(options());
	second = await generate(options());
	configureZxingForNode();
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const out = (file: string) => join(dir, 'out', file);

describe('the plan', () => {
	it('names every expected file', () => {
		const files = planJobs(content, pages).map((job) => job.file);
		for (const method of content.methods) {
			for (const suffix of ['vuong.png', 'lien-ket.png', 'story.png', 'a4.pdf', 'a3.pdf']) {
				expect(files).toContain(`cach-${method.number}-${suffix}`);
			}
		}
		expect(files).toEqual(
			expect.arrayContaining([
				'tong-quan-story.png',
				'tong-quan-a4.pdf',
				'tong-quan-a3.pdf',
				'tong-dai-vuong.png',
			])
		);
		for (const page of pages) expect(files).toContain(ogImageFile(page.slug));
		expect(new Set(files).size).toBe(files.length);
	});
});

describe('generated files', () => {
	const manifest = (): Manifest => JSON.parse(readFileSync(out(MANIFEST_FILE), 'utf8')) as Manifest;

	it('lists every file in the manifest, each present with its size in bytes', () => {
		for (const file of manifest().files) {
			expect(existsSync(out(file.file)), file.file).toBe(true);
			expect(readFileSync(out(file.file)).byteLength).toBe(file.bytes);
			if (file.thumb) expect(existsSync(out(file.thumb.file))).toBe(true);
		}
	});

	it('makes every PNG at its stated pixel size, under 300 KB', async () => {
		const pngs = manifest().files.filter((file) => file.mime === 'image/png');
		expect(pngs.length).toBe(content.methods.length * 3 + 2 + OG_SAMPLE.size);
		for (const file of pngs) {
			const meta = await sharp(out(file.file)).metadata();
			expect([meta.width, meta.height], file.file).toEqual([file.width, file.height]);
			expect(file.bytes, file.file).toBeLessThan(300 * 1024);
		}
	});

	it('puts a QR code that opens the right page on every card', async () => {
		const cards = manifest().files.filter((file) => file.kind === 'image');
		for (const file of cards) {
			const method = content.methods.find((m) => m.number === file.method);
			const expected = method
				? publicUrl(method.page, content.site.siteUrl)
				: publicUrl(file.subject === 'hotline' ? 'tong-dai' : '', content.site.siteUrl);
			const found = await readQrCodes(await loadRgba(out(file.file)), { mode: 'thorough' });
			expect(
				found.map((code) => code.text),
				file.file
			).toEqual([expected]);
		}
	});

	it('makes A4 and A3 PDFs whose text (with diacritics) can be extracted', async () => {
		const pdfs = manifest().files.filter((file) => file.mime === 'application/pdf');
		// A4 and A3 of each method and the overview, in colour and in the print-friendly variant.
		expect(pdfs).toHaveLength((content.methods.length * 2 + 2) * 2);
		expect(pdfs.filter((file) => file.variant === 'tiet-kiem-muc')).toHaveLength(
			content.methods.length * 2 + 2
		);
		for (const file of pdfs) {
			const doc = await getDocument({
				data: new Uint8Array(readFileSync(out(file.file))),
				isEvalSupported: false,
			}).promise;
			expect(doc.numPages).toBe(1);
			const page = await doc.getPage(1);
			const { width, height } = page.getViewport({ scale: 1 });
			const paper = PAPER_SIZES[file.format as 'a4' | 'a3'];
			expect(width).toBeCloseTo(paper.width, 1);
			expect(height).toBeCloseTo(paper.height, 1);
			const text = (await page.getTextContent()).items
				.map((item) => ('str' in item ? item.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ');
			// Each poster cites what it says, and prints no number that is not verified.
			expect(text).toContain('Nguồn:');
			const method = content.methods.find((m) => m.number === file.method);
			for (const point of method?.keyPoints ?? []) {
				expect(text, file.file).toContain(
					content.claimById.get(point.claim)!.cite.normalize('NFC')
				);
			}
			for (const contact of content.contacts.filter((c) => c.status !== 'verified')) {
				expect(text, file.file).not.toContain(contact.phone);
			}
			const titles =
				file.subject === 'method'
					? [content.methods.find((m) => m.number === file.method)!]
					: content.methods;
			for (const method of titles)
				expect(text, file.file).toContain(method.shortTitle.normalize('NFC'));
			await doc.destroy();
		}
	});

	it('bundles every campaign image and PDF, but no link preview, in the ZIP', () => {
		const names = Object.keys(unzipSync(new Uint8Array(readFileSync(out(BUNDLE_FILE)))));
		const expected = manifest()
			.files.filter((f) => f.kind === 'image' || f.kind === 'print')
			.map((f) => f.file);
		expect(names.sort()).toEqual(expected.sort());
	});

	it('renders nothing again when nothing changed', () => {
		expect(first.rendered).toBeGreaterThan(0);
		expect(second).toMatchObject({ rendered: 0, reused: first.rendered + first.reused });
	});
});
