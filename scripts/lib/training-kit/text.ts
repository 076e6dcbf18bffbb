/**
 * Text for the kit's PDFs: a greedy word wrap that breaks a word wider than the line (long URLs),
 * and absolute links for print. Pure and tested (tests/unit/training/workshop.test.ts).
 * The infographics wrap differently on purpose (balanced lines, a word never broken): see
 * src/lib/infographics/text.ts.
 */

/** Splits text into lines no wider than `maxWidth`, breaking long words when they must. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (measure(candidate) <= maxWidth) {
				line = candidate;
				continue;
			}
			if (line) lines.push(line);
			line = '';
			// A word wider than the line (a long URL): break it by characters.
			let rest = word;
			while (measure(rest) > maxWidth) {
				let cut = rest.length - 1;
				while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
				lines.push(rest.slice(0, cut));
				rest = rest.slice(cut);
			}
			line = rest;
		}
		lines.push(line);
	}
	return lines;
}

/** Absolute URL of a page path on the public site, for printed links. */
export function printedUrl(path: string, siteUrl: string): string {
	if (!path.startsWith('/')) return path;
	return `${siteUrl.replace(/\/+$/, '')}${path}`;
}
