/**
 * The poster maker's Web Worker: draws a unit's poster with the build's own templates
 * (src/lib/infographics), the same satori element tree and the same Be Vietnam Pro TTF files,
 * served by this site as Vite assets and fetched once, only when the maker starts. satori's
 * layout engine is WebAssembly: a worker runs under the policy of its own script, which allows
 * compiling it, while the page's does not. Nothing is sent anywhere; after the first poster, the
 * worker needs no network.
 */
import fontkit from '@pdf-lib/fontkit';
import regularUrl from '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf?url';
import extraBoldUrl from '@expo-google-fonts/be-vietnam-pro/800ExtraBold/BeVietnamPro_800ExtraBold.ttf?url';
import satori from 'satori';
import type { Catalog } from '../../lib/infographics/catalog.ts';
import { measureWith, type LayoutFace } from '../../lib/infographics/measure.ts';
import { drawScene, pdfDocumentWithFonts } from '../../lib/infographics/pdf-scene.ts';
import { posterPaper, posterScene, type PosterRequest } from '../../lib/infographics/poster.ts';
import { satoriFonts, sceneToNode } from '../../lib/infographics/satori-tree.ts';
import type { FontWeight, Measure } from '../../lib/infographics/text.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const FONT_URLS: Record<FontWeight, string> = { 400: regularUrl, 700: boldUrl, 800: extraBoldUrl };
const WEIGHTS = [400, 700, 800] as const;

interface Fonts {
	files: Record<FontWeight, ArrayBuffer>;
	measure: Measure;
	metrics: Record<FontWeight, { ascent: number; descent: number }>;
}

let catalog: Catalog | null = null;
let fonts: Promise<Fonts> | null = null;

/** The three weights, fetched once from this site. */
function loadFonts(): Promise<Fonts> {
	fonts ??= (async () => {
		const buffers = await Promise.all(
			WEIGHTS.map(async (weight) => {
				const response = await fetch(new URL(FONT_URLS[weight], self.location.href));
				if (!response.ok) throw new Error(`Không tải được phông chữ (${response.status}).`);
				return response.arrayBuffer();
			})
		);
		const files = {} as Record<FontWeight, ArrayBuffer>;
		const faces = {} as Record<FontWeight, LayoutFace & { ascent: number; descent: number }>;
		WEIGHTS.forEach((weight, index) => {
			files[weight] = buffers[index]!;
			faces[weight] = fontkit.create(new Uint8Array(buffers[index]!)) as unknown as LayoutFace & {
				ascent: number;
				descent: number;
			};
		});
		const metrics = {} as Fonts['metrics'];
		for (const weight of WEIGHTS) {
			const face = faces[weight];
			metrics[weight] = {
				ascent: face.ascent / face.unitsPerEm,
				descent: face.descent / face.unitsPerEm,
			};
		}
		return { files, measure: measureWith(faces), metrics };
	})();
	return fonts;
}

function requireCatalog(): Catalog {
	if (!catalog) throw new Error('Chưa có dữ liệu mẫu.');
	return catalog;
}

async function svgOf(request: PosterRequest) {
	const { files, measure } = await loadFonts();
	const scene = posterScene(requireCatalog(), request, measure, true);
	const svg = await satori(sceneToNode(scene) as unknown as Parameters<typeof satori>[0], {
		width: scene.width,
		height: scene.height,
		fonts: satoriFonts(files),
	});
	return { svg, width: scene.width, height: scene.height, blocks: scene.blocks };
}

async function pdfOf(request: PosterRequest, date: Date): Promise<ArrayBuffer> {
	const { files, measure, metrics } = await loadFonts();
	const scene = posterScene(requireCatalog(), request, measure, false);
	const paper = posterPaper(request.format);
	const { doc, fonts: embedded } = await pdfDocumentWithFonts(files, WEIGHTS, {
		title: `Áp phích – ${request.unit.name}`,
		author: request.unit.name,
		creator: requireCatalog().siteName,
		date,
	});
	drawScene(doc.addPage([paper.width, paper.height]), { scene, ...paper }, embedded, metrics);
	const bytes = await doc.save({ useObjectStreams: true });
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function answer(message: WorkerRequest): Promise<WorkerResponse> {
	switch (message.kind) {
		case 'init':
			catalog = message.catalog;
			await loadFonts();
			return { id: message.id, ok: true, kind: 'init' };
		case 'svg':
			return { id: message.id, ok: true, kind: 'svg', ...(await svgOf(message.request)) };
		case 'pdf':
			return {
				id: message.id,
				ok: true,
				kind: 'pdf',
				pdf: await pdfOf(message.request, new Date(message.date)),
			};
	}
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	answer(event.data).then(
		(response) => {
			if (response.ok && response.kind === 'pdf')
				self.postMessage(response, { transfer: [response.pdf] });
			else self.postMessage(response);
		},
		(error: unknown) => {
			const response: WorkerResponse = {
				id: event.data.id,
				ok: false,
				message: error instanceof Error ? error.message : String(error),
			};
			self.postMessage(response);
		}
	);
});
