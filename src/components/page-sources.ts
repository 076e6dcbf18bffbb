import type { Source } from '../schemas/source.ts';

/** Vietnamese date as people write it: 27/11/2026. */
export function formatDate(date: Date): string {
	const day = String(date.getUTCDate()).padStart(2, '0');
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	return `${day}/${month}/${date.getUTCFullYear()}`;
}

/** The issuer and date after a source title, e.g. "Chính phủ, 21/12/2022"; empty when neither is known. */
export function sourceLine(source: Source): string {
	return [source.issuer, source.date ? formatDate(source.date) : undefined]
		.filter(Boolean)
		.join(', ');
}
