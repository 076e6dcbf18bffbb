/**
 * Node-only: draws a card-like picture of a synthetic citizen (1012×638, the ID-1 card ratio) with
 * satori (text as vector paths in Be Vietnam Pro, so Vietnamese diacritics render exactly) and sharp.
 * The picture is deliberately not a faithful copy of the real card: it carries a "MẪU – KHÔNG CÓ
 * GIÁ TRỊ" watermark and generic colours.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import type { SyntheticCitizen } from '../../src/lib/cccd/synthetic.ts';
import { renderQrPng } from './qr-image.ts';

export const CARD_WIDTH = 1012;
export const CARD_HEIGHT = 638;

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };

function h(
	type: string,
	style: Record<string, unknown>,
	children?: unknown,
	extra: Record<string, unknown> = {}
): Node {
	return { type, props: { style: { display: 'flex', ...style }, children, ...extra } };
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
	if (fonts) return fonts;
	const require = createRequire(import.meta.url);
	const base = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
	fonts = [
		{
			name: 'Be Vietnam Pro',
			data: readFileSync(join(base, '400Regular/BeVietnamPro_400Regular.ttf')),
			weight: 400,
			style: 'normal',
		},
		{
			name: 'Be Vietnam Pro',
			data: readFileSync(join(base, '700Bold/BeVietnamPro_700Bold.ttf')),
			weight: 700,
			style: 'normal',
		},
	];
	return fonts;
}

function isoFromQr(d: string): string {
	return `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}`;
}

function row(label: string, value: string): Node {
	return h('div', { flexDirection: 'column', marginBottom: 10 }, [
		h('div', { fontSize: 17, color: '#35624a' }, label),
		h('div', { fontSize: 25, fontWeight: 700, color: '#102a1c' }, value),
	]);
}

/** Renders the card as PNG. The QR sits top-right, as on the front of the 2021 chip card. */
export async function renderCardPng(c: SyntheticCitizen, payload: string): Promise<Buffer> {
	const qrPng = await renderQrPng(payload, { scale: 4, margin: 2 });
	const qrSrc = `data:image/png;base64,${qrPng.toString('base64')}`;
	const title = c.cardGeneration === 'cccd-2021' ? 'CĂN CƯỚC CÔNG DÂN (MẪU)' : 'CĂN CƯỚC (MẪU)';
	const tree = h(
		'div',
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			flexDirection: 'column',
			backgroundImage: 'linear-gradient(135deg, #f3fbf5 0%, #dff1e4 55%, #c9e7d2 100%)',
			borderRadius: 28,
			border: '6px solid #2f7d4f',
			padding: 32,
			fontFamily: 'Be Vietnam Pro',
			position: 'relative',
			boxSizing: 'border-box',
		},
		[
			h(
				'div',
				{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start' },
				[
					h('div', { flexDirection: 'column', maxWidth: 640 }, [
						h(
							'div',
							{ fontSize: 20, fontWeight: 700, color: '#2f7d4f' },
							'CỘNG HOÀ GIẢ ĐỊNH — THẺ MINH HỌA'
						),
						h('div', { fontSize: 34, fontWeight: 700, color: '#14532d', marginTop: 8 }, title),
						h(
							'div',
							{ fontSize: 18, color: '#b91c1c', fontWeight: 700, marginTop: 6 },
							'Dữ liệu giả, chỉ dùng để thử'
						),
					]),
					h('img', { width: 260, height: 260, backgroundColor: 'white', padding: 6 }, undefined, {
						src: qrSrc,
						width: 260,
						height: 260,
					}),
				]
			),
			h('div', { flexDirection: 'column', marginTop: -110, maxWidth: 640 }, [
				row('Số định danh cá nhân / Personal identification no.', c.idNumber),
				row('Họ và tên / Full name', c.fullName.toUpperCase()),
				h('div', { flexDirection: 'row' }, [
					h('div', { width: 330 }, [row('Ngày sinh / Date of birth', isoFromQr(c.dateOfBirth))]),
					h('div', { width: 200 }, [row('Giới tính / Sex', c.gender)]),
					row('Ngày cấp / Issued', isoFromQr(c.issueDate)),
				]),
				row('Nơi cư trú / Place of residence', c.address),
			]),
			h(
				'div',
				{
					position: 'absolute',
					// Kept clear of the QR so the watermark never hides modules.
					left: 60,
					top: 410,
					fontSize: 58,
					fontWeight: 700,
					color: 'rgba(185, 28, 28, 0.22)',
					transform: 'rotate(-18deg)',
				},
				'MẪU – KHÔNG CÓ GIÁ TRỊ'
			),
		]
	);
	const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: loadFonts(),
	});
	return sharp(Buffer.from(svg)).png().toBuffer();
}
