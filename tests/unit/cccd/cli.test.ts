import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { sampleCards } from '../../../src/lib/cccd/synthetic.ts';
import { renderCardPng } from '../../../scripts/lib/card-render.ts';
import { renderQrPng } from '../../../scripts/lib/qr-image.ts';
import { VALID_2021 } from '../../fixtures/cccd/payload-vectors.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');

function cli(args: string[], input?: string) {
	const r = spawnSync(NODE, ['scripts/cccd.ts', ...args], { cwd: ROOT, encoding: 'utf8', input });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
const sample = sampleCards()[0]!;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'cccd-cli-'));
	writeFileSync(join(dir, 'card.png'), await renderCardPng(sample.citizen, sample.payload));
	writeFileSync(join(dir, 'url.png'), await renderQrPng('https://example.com/thu-nghiem'));
	writeFileSync(join(dir, 'not-an-image.png'), 'hello');
});

describe('cccd scan', () => {
	test('prints one JSON line per file with text, corner positions and the parse result', () => {
		const r = cli(['scan', join(dir, 'card.png'), join(dir, 'url.png')]);
		expect(r.status).toBe(0);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(2);
		const [card, url] = lines;
		expect(card.file).toBe(join(dir, 'card.png'));
		expect(card.codes).toHaveLength(1);
		expect(card.codes[0].text).toBe(sample.payload);
		expect(Object.keys(card.codes[0].position)).toEqual([
			'topLeft',
			'topRight',
			'bottomRight',
			'bottomLeft',
		]);
		// The QR is drawn in the top-right quarter of the 1012×638 card.
		expect(card.codes[0].position.topLeft.x).toBeGreaterThan(600);
		expect(card.codes[0].position.bottomLeft.y).toBeLessThan(330);
		expect(card.codes[0].parsed).toMatchObject({
			ok: true,
			card: { idNumber: sample.citizen.idNumber },
		});
		expect(url.codes[0]).toMatchObject({ text: 'https://example.com/thu-nghiem', parsed: null });
	});

	test('fast mode reads the card too', () => {
		const r = cli(['scan', '--mode', 'fast', join(dir, 'card.png')]);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).codes[0].text).toBe(sample.payload);
	});

	test('an unreadable file exits with 2 and a message', () => {
		const r = cli(['scan', join(dir, 'not-an-image.png')]);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/Cannot read image/);
	});

	test('a bad mode or no file is a usage error', () => {
		expect(cli(['scan', '--mode', 'slow', join(dir, 'card.png')]).status).toBe(2);
		expect(cli(['scan']).status).toBe(2);
	});
});

describe('cccd parse', () => {
	test('parses a payload given as an argument', () => {
		const r = cli(['parse', VALID_2021]);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({
			ok: true,
			card: { fullName: 'Nguyễn Văn An', dateOfBirth: '1988-03-15' },
		});
	});

	test('reads standard input with "-", scanner line ending included', () => {
		const r = cli(['parse', '-'], `${VALID_2021}\r\n`);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).ok).toBe(true);
	});

	test('exits with 0 and the errors when the text is not a card payload', () => {
		const r = cli(['parse', 'https://example.com']);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, errors: [{ code: 'not-cccd' }] });
	});

	test('--help prints usage; an unknown command exits with 2', () => {
		const help = cli(['--help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/scan \[--mode fast\|thorough\] FILE/);
		const bad = cli(['decode']);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/Unknown command/);
	});
});
