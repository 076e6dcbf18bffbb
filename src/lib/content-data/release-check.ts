/**
 * The checks a province runs before printing or publishing (`npm run release-check`): a real
 * public address, no poster-facing claim left uncertain, no contact left unchecked for too long.
 * DOM-free and fs-free; scripts/release-check.ts reads the data and prints the result.
 */
import { checkClaimReferences, type ContentData } from './index.ts';

/** Host names reserved for examples and tests (RFC 2606, RFC 6761) or pointing at this machine. */
const PLACEHOLDER_HOST = /(?:^|\.)(?:example|invalid|test|localhost)(?:\.|$)|^127\.|^\[?::1\]?$/i;

/** True when the site URL is still a placeholder, e.g. https://7cach.haiphong.example.vn. */
export function isPlaceholderUrl(url: string): boolean {
	try {
		return PLACEHOLDER_HOST.test(new URL(url).hostname);
	} catch {
		return true;
	}
}

/** Whole months from `from` to `to` (a month counts once its day of the month is reached). */
export function monthsBetween(from: Date, to: Date): number {
	const months =
		(to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
	return to.getUTCDate() >= from.getUTCDate() ? months : months - 1;
}

/** Every reason not to publish yet, one line each (empty when ready). */
export function releaseProblems(data: ContentData, today: Date): string[] {
	const problems: string[] = [];
	const { site } = data;
	if (isPlaceholderUrl(site.siteUrl)) {
		problems.push(
			`content/data/site.yaml › siteUrl: "${site.siteUrl}" là địa chỉ mẫu; điền địa chỉ thật của trang trước khi in mã QR.`
		);
	}
	if (!site.issuer.address) {
		problems.push(
			'content/data/site.yaml › issuer › address: chưa có địa chỉ của đơn vị phát hành (in ở chân trang và trên áp phích).'
		);
	}
	for (const problem of checkClaimReferences(data)) {
		problems.push(`content/data/${problem.file} › ${problem.path}: ${problem.message}`);
	}
	const maxAge = site.releaseCheck.contactMaxAgeMonths;
	for (const contact of data.contacts) {
		const age = monthsBetween(contact.checked, today);
		if (age >= maxAge) {
			problems.push(
				`content/data/contacts.yaml › ${contact.id} › checked: số ${contact.phone} kiểm tra lần cuối đã ${age} tháng (giới hạn ${maxAge} tháng); gọi thử, rồi cập nhật \`checked\`.`
			);
		}
	}
	return problems;
}
