/** Messages between <poster-maker> and its worker (poster.worker.ts). */
import type { Catalog } from '../../lib/infographics/catalog.ts';
import type { PosterRequest } from '../../lib/infographics/poster.ts';
import type { BlockCheck } from '../../lib/infographics/scene.ts';

export type WorkerRequest =
	| { id: number; kind: 'init'; catalog: Catalog }
	/** The poster as satori's SVG (the preview and the PNG). */
	| { id: number; kind: 'svg'; request: PosterRequest }
	/** The poster as a vector PDF with real text. */
	| { id: number; kind: 'pdf'; request: PosterRequest; date: number };

export type WorkerResponse =
	| { id: number; ok: true; kind: 'init' }
	| {
			id: number;
			ok: true;
			kind: 'svg';
			svg: string;
			width: number;
			height: number;
			/** Every text block with its box and what it used: how the page (and its tests) know it fits. */
			blocks: BlockCheck[];
	  }
	| { id: number; ok: true; kind: 'pdf'; pdf: ArrayBuffer }
	| { id: number; ok: false; message: string };
