/**
 * The fixed structure of every method page (Cách 1–7). The remark plugin enforces it at build
 * time and the end-to-end tests check the rendered pages against the same list.
 */
export const METHOD_SECTIONS = [
	'Cách này là gì',
	'Ai sử dụng',
	'Cần chuẩn bị gì',
	'Các bước',
	'Căn cứ pháp lý',
	'Thay đổi từ năm 2023',
	'Vướng mắc thường gặp',
] as const;

/** Compares a page's level-2 headings with the required ones; returns what is wrong, in Vietnamese. */
export function checkMethodSections(headings: readonly string[]): string[] {
	const normalised = headings.map((heading) => heading.normalize('NFC').trim());
	const problems: string[] = [];
	for (const section of METHOD_SECTIONS) {
		if (!normalised.includes(section)) problems.push(`thiếu mục "## ${section}"`);
	}
	const present = METHOD_SECTIONS.filter((section) => normalised.includes(section));
	const order = normalised.filter((heading) =>
		(METHOD_SECTIONS as readonly string[]).includes(heading)
	);
	if (problems.length === 0 && order.join('|') !== present.join('|')) {
		problems.push(`các mục phải theo thứ tự: ${METHOD_SECTIONS.join(' → ')}`);
	}
	return problems;
}
