/**
 * Build-time only: reads public/infographics/manifest.json for the gallery and the Head override.
 * Fails with the command to run when the generator has not been run yet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, parseManifest, type Manifest } from '../../lib/infographics/manifest.ts';
import { INFOGRAPHICS_DIR } from '../../lib/infographics/urls.ts';
import { publicDir } from '../../lib/content-data/load.ts';

let cached: { path: string; manifest: Manifest } | undefined;

/** The manifest, read once per build (the build runs from the repository root). */
export function readManifest(root: string = process.cwd()): Manifest {
	const path = join(publicDir(root), INFOGRAPHICS_DIR, MANIFEST_FILE);
	if (cached?.path === path) return cached.manifest;
	if (!existsSync(path)) {
		throw new Error(
			`Không có public/${INFOGRAPHICS_DIR}/${MANIFEST_FILE}: chạy \`npm run infographics\` để tạo ảnh tuyên truyền trước khi build.`
		);
	}
	const manifest = parseManifest(JSON.parse(readFileSync(path, 'utf8')));
	cached = { path, manifest };
	return manifest;
}
