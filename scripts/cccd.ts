/**
 * Command line for the CCCD decoder.
 *
 *   npm run --silent cccd -- scan [--mode fast|thorough] FILE...   one JSON line per file
 *   npm run --silent cccd -- parse [TEXT | -]                      parse result as JSON
 *
 * Exit status: 0 when it ran (whatever it found), 2 on bad usage or an unreadable file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseCccdQr, type ParseCccdResult } from '../src/lib/cccd/parse.ts';
import { readQrCodes, type QrPosition, type ReadMode } from '../src/lib/cccd/read-qr.ts';
import { loadRgba } from './lib/load-image.ts';
import { configureZxingForNode } from './lib/zxing-node.ts';

const USAGE = `Cách dùng / Usage:
  npm run --silent cccd -- scan [--mode fast|thorough] FILE...
      Tìm mã QR trong ảnh PNG, JPEG hoặc WebP; in một dòng JSON cho mỗi tệp.
      Finds QR codes in PNG/JPEG/WebP images; prints one JSON line per file.
      {"file", "codes": [{"text", "position": {topLeft, topRight, bottomRight, bottomLeft}, "parsed"}]}
      "parsed" is null when the code is not an ID-card payload. Default mode: thorough.
  npm run --silent cccd -- parse [TEXT | -]
      Đọc nội dung mã QR trên thẻ căn cước ("-": đọc từ đầu vào chuẩn).
      Parses an ID-card QR payload ("-" or nothing: read standard input).
  npm run --silent cccd -- --help

Exit status: 0 when it ran, 2 on bad usage or an unreadable file.`;

class UsageError extends Error {}

interface ScanLine {
	file: string;
	codes: { text: string; position: QrPosition; parsed: ParseCccdResult | null }[];
}

/** The parse result, or null when the code is some other QR (URL, Wi-Fi …) rather than a card. */
function parsedOrNull(bytes: Uint8Array): ParseCccdResult | null {
	const result = parseCccdQr(bytes);
	if (!result.ok && result.errors.some((e) => e.code === 'not-cccd' || e.code === 'empty'))
		return null;
	return result;
}

async function scan(args: string[]): Promise<void> {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			options: { mode: { type: 'string', default: 'thorough' } },
			allowPositionals: true,
		});
	} catch (err) {
		throw new UsageError((err as Error).message);
	}
	const mode = parsed.values.mode;
	if (mode !== 'fast' && mode !== 'thorough') {
		throw new UsageError(
			`--mode phải là fast hoặc thorough / --mode must be fast or thorough (got "${mode}")`
		);
	}
	const files = parsed.positionals;
	if (files.length === 0) throw new UsageError('Thiếu tên tệp ảnh / No image file given');
	// Load every file first, so an unreadable one fails before any output is printed.
	const images = [];
	for (const file of files) {
		try {
			images.push({ file, image: await loadRgba(file) });
		} catch (err) {
			throw new UsageError(
				`Không đọc được ảnh / Cannot read image: ${file} (${(err as Error).message})`
			);
		}
	}
	configureZxingForNode();
	for (const { file, image } of images) {
		const codes = await readQrCodes(image, { mode: mode as ReadMode });
		const line: ScanLine = {
			file,
			codes: codes.map((c) => ({
				text: c.text,
				position: c.position,
				parsed: parsedOrNull(c.bytes),
			})),
		};
		process.stdout.write(`${JSON.stringify(line)}\n`);
	}
}

function readStdin(): Uint8Array {
	try {
		return readFileSync(0);
	} catch (err) {
		throw new UsageError(
			`Không đọc được đầu vào chuẩn / Cannot read standard input (${(err as Error).message})`
		);
	}
}

function parse(args: string[]): void {
	if (args.length > 1)
		throw new UsageError('parse nhận một đối số / parse takes one argument (quote the text)');
	const arg = args[0];
	// Bytes from stdin go straight to the parser, which decodes them as strict UTF-8 itself.
	const input = arg === undefined || arg === '-' ? readStdin() : arg;
	process.stdout.write(`${JSON.stringify(parseCccdQr(input), null, 2)}\n`);
}

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	try {
		if (command === '--help' || command === '-h' || command === 'help') {
			process.stdout.write(`${USAGE}\n`);
			return 0;
		}
		if (command === 'scan') await scan(rest);
		else if (command === 'parse') parse(rest);
		else
			throw new UsageError(
				command === undefined
					? 'Thiếu lệnh / No command given'
					: `Lệnh không rõ / Unknown command: ${command}`
			);
		return 0;
	} catch (err) {
		if (err instanceof UsageError) {
			process.stderr.write(`${err.message}\n\n${USAGE}\n`);
			return 2;
		}
		throw err;
	}
}

process.exitCode = await main(process.argv.slice(2));
