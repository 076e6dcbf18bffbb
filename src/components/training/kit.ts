/**
 * The workshop kit's manifest (public/tap-huan/bo-tai-lieu-tap-huan.json): written by
 * scripts/build-training-kit.ts, read by the "Tài liệu phát tay" page and the e2e test.
 * DOM-free and fs-free.
 */

/** What a file in the kit is for; the page groups files by it. */
export const KIT_KINDS = {
	'doc-truoc': 'Đọc trước',
	'tai-lieu': 'Tài liệu phát tay (PDF, khổ A4)',
	'trinh-chieu': 'Bài trình chiếu (PDF, dùng khi không có mạng)',
	'ap-phich': 'Áp phích và infographic',
	'the-mau': 'Thẻ mẫu cho bài tập quét mã QR (thẻ giả)',
} as const;
export type KitKind = keyof typeof KIT_KINDS;

/** One file inside the ZIP. */
export interface KitFile {
	/** Path inside the ZIP, e.g. "tai-lieu/01-giao-an.pdf". */
	path: string;
	/** What it is, in Vietnamese. */
	title: string;
	kind: KitKind;
	/** Size in bytes (uncompressed). */
	bytes: number;
}

export interface KitManifest {
	/** ZIP file name, next to the manifest. */
	zip: string;
	/** ZIP size in bytes. */
	zipBytes: number;
	/** Date the kit was built (YYYY-MM-DD). */
	generated: string;
	files: KitFile[];
	/** Parts that could not be included, e.g. infographics not generated yet. */
	missing: string[];
}

/** Validates the manifest's shape; returns null for anything malformed. */
export function parseKitManifest(value: unknown): KitManifest | null {
	if (typeof value !== 'object' || value === null) return null;
	const record = value as Record<string, unknown>;
	if (typeof record['zip'] !== 'string' || typeof record['zipBytes'] !== 'number') return null;
	if (typeof record['generated'] !== 'string' || !Array.isArray(record['files'])) return null;
	const files: KitFile[] = [];
	for (const raw of record['files'] as unknown[]) {
		const file = raw as Record<string, unknown>;
		if (
			typeof file['path'] !== 'string' ||
			typeof file['title'] !== 'string' ||
			typeof file['bytes'] !== 'number' ||
			typeof file['kind'] !== 'string' ||
			!(file['kind'] in KIT_KINDS)
		) {
			return null;
		}
		files.push({
			path: file['path'],
			title: file['title'],
			bytes: file['bytes'],
			kind: file['kind'] as KitKind,
		});
	}
	const missing = Array.isArray(record['missing'])
		? (record['missing'] as unknown[]).filter((m): m is string => typeof m === 'string')
		: [];
	return {
		zip: record['zip'],
		zipBytes: record['zipBytes'],
		generated: record['generated'],
		files,
		missing,
	};
}

/** "1,2 MB", "350 KB": sizes people can judge before downloading on mobile data. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Files grouped by kind, in the order of KIT_KINDS. */
export function groupKitFiles(
	files: readonly KitFile[]
): Array<{ kind: KitKind; label: string; files: KitFile[] }> {
	return (Object.keys(KIT_KINDS) as KitKind[])
		.map((kind) => ({ kind, label: KIT_KINDS[kind], files: files.filter((f) => f.kind === kind) }))
		.filter((group) => group.files.length > 0);
}
