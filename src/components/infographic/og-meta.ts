/**
 * The Open Graph image tags of a page, from the generated manifest. DOM-free, tested; used by
 * src/components/starlight/Head.astro. Starlight already writes og:title, og:description and
 * twitter:card (summary_large_image); this adds the image.
 */
import type { Manifest } from '../../lib/infographics/manifest.ts';
import { withBase } from '../../lib/base-path.ts';
import { INFOGRAPHICS_DIR, ogImageFile } from '../../lib/infographics/urls.ts';

export interface MetaTag {
	property?: string;
	name?: string;
	content: string;
}

export interface OgInput {
	/** Starlight route id (page slug; "" for the home page, "404" for the not-found page). */
	id: string;
	/** Astro.site: the site origin. */
	site: URL | undefined;
	/** import.meta.env.BASE_URL. */
	base: string;
	manifest: Manifest;
	/** Tags already in Starlight's head config (page frontmatter may set its own image). */
	existing: ReadonlyArray<{
		tag: string;
		attrs?: Record<string, string | boolean | undefined> | undefined;
	}>;
}

/** og:image (+ size, type, alt) and twitter:image for a page; falls back to the home page image. */
export function ogImageTags(input: OgInput): MetaTag[] {
	const has = (key: string) =>
		input.existing.some(
			(entry) =>
				entry.tag === 'meta' && (entry.attrs?.['property'] === key || entry.attrs?.['name'] === key)
		);
	if (has('og:image')) return [];
	const ogFiles = input.manifest.files.filter((file) => file.kind === 'og');
	const entry =
		ogFiles.find((file) => file.file === ogImageFile(input.id)) ??
		ogFiles.find((file) => file.file === ogImageFile(''));
	if (!entry || !input.site) return [];
	const url = new URL(withBase(`${INFOGRAPHICS_DIR}/${entry.file}`, input.base), input.site).href;
	const tags: MetaTag[] = [
		{ property: 'og:image', content: url },
		{ property: 'og:image:type', content: entry.mime },
		{ property: 'og:image:width', content: String(entry.width ?? '') },
		{ property: 'og:image:height', content: String(entry.height ?? '') },
		{ property: 'og:image:alt', content: entry.alt ?? entry.title },
		{ name: 'twitter:image', content: url },
		{ name: 'twitter:image:alt', content: entry.alt ?? entry.title },
	];
	if (!has('twitter:card')) tags.push({ name: 'twitter:card', content: 'summary_large_image' });
	return tags;
}
