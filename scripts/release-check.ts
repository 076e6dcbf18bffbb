/**
 * `npm run release-check`: run before printing posters or publishing. Fails (exit 1) while the site
 * URL is a placeholder, while a poster-facing claim is uncertain, or while a contact's last check is
 * older than `releaseCheck.contactMaxAgeMonths` in site.yaml; prints each problem on its own line.
 * RELEASE_DATE=YYYY-MM-DD checks as of another day (for planning a print run).
 */
import { ContentDataError } from '../src/lib/content-data/index.ts';
import { loadContentData } from '../src/lib/content-data/load.ts';
import { releaseProblems } from '../src/lib/content-data/release-check.ts';

const today = process.env['RELEASE_DATE'] ? new Date(process.env['RELEASE_DATE']) : new Date();
try {
	const problems = releaseProblems(loadContentData(), today);
	if (problems.length) {
		console.log(`Chưa sẵn sàng phát hành (${problems.length} vấn đề):`);
		for (const problem of problems) console.log(`- ${problem}`);
		process.exit(1);
	}
	console.log('Sẵn sàng phát hành: địa chỉ trang, nội dung áp phích và số liên hệ đều đạt.');
} catch (error) {
	if (!(error instanceof ContentDataError)) throw error;
	console.log(error.message);
	process.exit(1);
}
