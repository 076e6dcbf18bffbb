/**
 * Helpers for OfficialDocument.astro, which lays out a Vietnamese administrative document
 * (quốc hiệu, issuing body, number, place and date, signature block).
 */

/**
 * Place and date line as official documents print it (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * days below 10 and the months 1 and 2 take a leading zero, e.g. "Hải Phòng, ngày 10 tháng 02 năm 2023".
 */
export function placeDateLine(place: string, date: Date): string {
	const day = date.getUTCDate();
	const month = date.getUTCMonth() + 1;
	const dd = day < 10 ? `0${day}` : String(day);
	const mm = month <= 2 ? `0${month}` : String(month);
	return `${place}, ngày ${dd} tháng ${mm} năm ${date.getUTCFullYear()}`;
}

/** ISO date (YYYY-MM-DD) for the `datetime` attribute. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
