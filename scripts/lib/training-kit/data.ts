/** What the kit is made from: the content data, read through the one content-data module. */
import type { Method } from '../../../src/schemas/method.ts';
import type { Question, Scenario, TrainingModule, WithId } from '../../../src/schemas/training.ts';
import { dataFilePaths, loadContentData } from '../../../src/lib/content-data/load.ts';

export interface KitData {
	siteName: string;
	/** Who publishes the site (site.yaml `issuer.name`), printed on every slide. */
	issuer: string;
	siteUrl: string;
	reviewed: Date;
	methods: Method[];
	modules: WithId<TrainingModule>[];
	questions: WithId<Question>[];
	scenarios: WithId<Scenario>[];
}

export function loadKitData(root: string): KitData {
	const { site, methods, modules, questions, scenarios } = loadContentData(dataFilePaths(root));
	return {
		siteName: site.siteName,
		issuer: site.issuer.name,
		siteUrl: site.siteUrl,
		reviewed: site.reviewed,
		methods,
		modules,
		questions,
		scenarios,
	};
}
