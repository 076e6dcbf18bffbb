/**
 * Screenshots of every page type for review: full pages at 360 × 800 (a cheap Android phone) and
 * 1366 × 768 (a laptop), light and dark theme, plus the print view (PNG and PDF), with an
 * index.html that shows them side by side (rows: page types; columns: the views).
 * Serves the built dist/ itself (astro preview on a free port), or uses --url.
 *
 * Usage: node scripts/screenshots.ts [--out .cache/screenshots] [--url http://127.0.0.1:4321/]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContextOptions, type Page } from '@playwright/test';
import { findChromium, HEADLESS_FLAGS } from '../tests/e2e/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** A page type: one representative path under the site base (or how to find it). */
interface PageType {
	id: string;
	name: string;
	path: string | ((paths: string[], root: URL) => Promise<string | undefined>);
	/** Not in the sitemap (the 404 page): shot as it is served. */
	unlisted?: boolean;
}

/** The first module's slide deck, in the order the deck index lists them. */
async function firstDeck(paths: string[], root: URL): Promise<string | undefined> {
	const index = await fetch(new URL('tap-huan/trinh-chieu/', root)).then((r) => r.text());
	const at = (path: string) => index.indexOf(`/${path}"`) + 1 || Infinity;
	const decks = paths.filter((p) => /^tap-huan\/trinh-chieu\/[^/]+\/$/.test(p));
	return decks.sort((a, b) => at(a) - at(b))[0];
}

const PAGE_TYPES: PageType[] = [
	{ id: 'trang-chu', name: 'Trang chủ', path: '' },
	{ id: 'tong-quan', name: 'Tổng quan 7 cách', path: 'bay-cach/' },
	{ id: 'cach', name: 'Trang một cách', path: 'cach-3/' },
	{ id: 'huong-dan', name: 'Hướng dẫn', path: 'huong-dan/xin-xac-nhan-cu-tru/' },
	{ id: 'hoi-dap', name: 'Hỏi đáp', path: 'hoi-dap/' },
	{ id: 'tong-dai', name: 'Tổng đài, liên hệ', path: 'tong-dai/' },
	{ id: 'chua-xac-nhan', name: 'Điểm chưa xác nhận', path: 'chua-xac-nhan/' },
	{ id: 'quet-qr', name: 'Thử quét QR', path: 'quet-qr/' },
	{ id: 'infographic', name: 'Infographic', path: 'infographic/' },
	{ id: 'tap-huan', name: 'Giáo án tập huấn', path: 'tap-huan/' },
	{ id: 'cau-hoi', name: 'Câu hỏi kiểm tra', path: 'tap-huan/cau-hoi/' },
	{ id: 'trinh-chieu', name: 'Bài trình chiếu', path: firstDeck },
	{ id: 'tim-cach', name: 'Tìm cách phù hợp', path: 'tim-cach/' },
	{ id: 'tao-ap-phich', name: 'Tạo áp phích', path: 'tao-ap-phich/' },
	{ id: 'kiem-tra-lop', name: 'Kiểm tra cả lớp', path: 'tap-huan/kiem-tra-lop/' },
	{ id: 'lam-bai', name: 'Làm bài (học viên)', path: 'tap-huan/lam-bai/' },
	{ id: 'thu-ket-qua', name: 'Thu kết quả', path: 'tap-huan/thu-ket-qua/' },
	{ id: 'khong-co-mang', name: 'Không có mạng', path: 'khong-co-mang/' },
	{ id: '404', name: 'Trang 404', path: 'khong-co-trang-nay/', unlisted: true },
];

interface View {
	id: string;
	name: string;
	context: BrowserContextOptions;
	theme: 'light' | 'dark';
	print?: boolean;
}

const phone = { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true };
const laptop = { viewport: { width: 1366, height: 768 } };
const a4 = { viewport: { width: 794, height: 1123 } }; // A4 width at 96 dpi
const VIEWS: View[] = [
	{ id: '360-light', name: '360 sáng', context: phone, theme: 'light' },
	{ id: '360-dark', name: '360 tối', context: phone, theme: 'dark' },
	{ id: '1366-light', name: '1366 sáng', context: laptop, theme: 'light' },
	{ id: '1366-dark', name: '1366 tối', context: laptop, theme: 'dark' },
	// Print media; the PDF beside it is what the browser would print.
	{ id: 'print', name: 'Bản in', context: a4, theme: 'light', print: true },
];

function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer().once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => ok(typeof address === 'object' && address ? address.port : 4321));
		});
	});
}

/** Starts `astro preview` on dist/ and waits until it answers. */
async function preview(root: URL): Promise<ChildProcess> {
	const args = ['preview', '--host', '127.0.0.1', '--port', root.port, '--ignore-lock'];
	const server = spawn(process.execPath, [join(ROOT, 'node_modules/.bin/astro'), ...args], {
		cwd: ROOT,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: 'ignore',
	});
	for (let i = 0; i < 120; i++) {
		if (server.exitCode !== null) throw new Error(`astro preview đã dừng (mã ${server.exitCode}).`);
		const up = await fetch(root)
			.then((r) => r.ok)
			.catch(() => false);
		if (up) return server;
		await new Promise((r) => setTimeout(r, 500));
	}
	server.kill();
	throw new Error(`Máy chủ xem thử không trả lời: ${root.href}`);
}

/** Site paths under the base, from the sitemap the site serves. */
async function sitemapPaths(root: URL): Promise<string[]> {
	const locs = async (url: URL) =>
		[...(await (await fetch(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
	const files = await locs(new URL('sitemap-index.xml', root));
	const pages = await Promise.all(files.map((f) => locs(new URL(new URL(f).pathname, root))));
	return pages.flat().map((url) => new URL(url).pathname.slice(root.pathname.length));
}

/** Loads every lazy image and waits for fonts, so a full-page shot has no holes. */
async function settle(page: Page): Promise<void> {
	await page.evaluate(async () => {
		for (const img of document.images) img.loading = 'eager';
		const pending = [...document.images].filter((img) => !img.complete);
		await Promise.all(pending.map((img) => img.decode().catch(() => null)));
		await document.fonts.ready;
	});
}

const { values } = parseArgs({
	options: { out: { type: 'string', default: '.cache/screenshots' }, url: { type: 'string' } },
});
const out = resolve(values.out);
let root: URL;
let server: ChildProcess | undefined;
if (values.url) {
	root = new URL(values.url.replace(/\/?$/, '/'));
} else {
	if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
		console.error('Chưa có dist/: chạy npm run build trước.');
		process.exit(1);
	}
	const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
	root = new URL(`http://127.0.0.1:${await freePort()}${base}`);
	server = await preview(root);
}

const written: string[] = [];
const rows: string[] = [];
const executablePath = findChromium();
const launch = { ...(executablePath ? { executablePath } : {}), args: HEADLESS_FLAGS };
const browser = await chromium.launch(launch);
try {
	mkdirSync(out, { recursive: true });
	const paths = await sitemapPaths(root);
	const pages: { view: View; page: Page }[] = [];
	for (const view of VIEWS) {
		const context = await browser.newContext({ ...view.context, reducedMotion: 'reduce' });
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), view.theme);
		pages.push({ view, page: await context.newPage() });
	}
	for (const type of PAGE_TYPES) {
		const path = typeof type.path === 'string' ? type.path : await type.path(paths, root);
		if (path === undefined || (!type.unlisted && !paths.includes(path))) {
			console.log(`Bỏ qua ${type.name}: không có trang ${path === undefined ? '' : `/${path}`}`);
			rows.push(`<tr><th>${type.name}</th><td colspan="5">Không có trang này.</td></tr>`);
			continue;
		}
		const url = new URL(path, root).href;
		const cells: string[] = [];
		for (const { view, page } of pages) {
			const file = `${type.id}-${view.id}.png`;
			try {
				await page.emulateMedia({ media: view.print ? 'print' : 'screen' });
				await page.goto(url, { waitUntil: 'load' });
				const theme = await page.evaluate(() => document.documentElement.dataset['theme']);
				if (theme !== view.theme)
					console.warn(`  ${file}: giao diện ${theme}, không phải ${view.theme}`);
				await settle(page);
				await page.screenshot({ path: join(out, file), fullPage: true, animations: 'disabled' });
				written.push(file);
				let pdf = '';
				if (view.print) {
					const options = { format: 'A4', printBackground: true } as const;
					await page.pdf({ path: join(out, `${type.id}.pdf`), ...options });
					written.push(`${type.id}.pdf`);
					pdf = `<a href="${type.id}.pdf">PDF</a>`;
				}
				const img = `<img src="${file}" alt="${type.name}, ${view.name}" loading="lazy">`;
				cells.push(`<td><a href="${file}">${img}</a>${pdf}</td>`);
			} catch (error) {
				console.error(`  ${file}: lỗi ${String(error).split('\n')[0]}`);
				cells.push('<td>Lỗi khi chụp.</td>');
			}
		}
		console.log(`${type.name}: /${path}`);
		const heading = `${type.name}<br><a href="${url}"><code>/${path}</code></a>`;
		rows.push(`<tr><th>${heading}</th>${cells.join('')}</tr>`);
	}
} finally {
	await browser.close();
	if (server?.exitCode === null) {
		const exited = new Promise((ok) => server.once('exit', ok));
		server.kill('SIGTERM');
		await exited;
	}
}

const index = join(out, 'index.html');
writeFileSync(
	index,
	`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Ảnh chụp các loại trang</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1rem; }
table { border-collapse: collapse; table-layout: fixed; width: 100%; min-width: 90rem; }
th, td { border: 1px solid #ccc; padding: 0.5rem; vertical-align: top; text-align: left; }
thead th { position: sticky; top: 0; background: #fff; }
td > a:first-child { display: block; max-height: 80vh; overflow-y: auto; }
img { display: block; width: 100%; height: auto; }
</style></head><body>
<h1>Ảnh chụp các loại trang</h1>
<p>Nguồn: <a href="${root.href}">${root.href}</a>, ${new Date().toLocaleString('vi-VN')}.
Bấm vào ảnh để xem cỡ thật.</p>
<table><thead><tr><th>Loại trang</th>${VIEWS.map((v) => `<th>${v.name}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</body></html>
`
);
const shots = written.filter((file) => file.endsWith('.png')).length;
const shown = relative(process.cwd(), index);
console.log(`\nĐã lưu ${shots} ảnh chụp và ${written.length - shots} bản PDF.`);
console.log(`Xem: ${shown.startsWith('..') ? index : shown}`);
