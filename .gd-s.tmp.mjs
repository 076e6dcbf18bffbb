import { chromium, devices } from '@playwright/test';
import { SEARCH_QUERIES } from '/work/main/tests/e2e/search-queries.ts';
const base = process.env.U ?? 'http://127.0.0.1:4871/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ ...devices['Pixel 7'] });
const page = await ctx.newPage();
let miss = 0;
for (const { query, expect } of [{query:'so ho khau',expect:'/'}, ...SEARCH_QUERIES]) {
	await page.goto(base);
	await page.getByRole('button', { name: 'Tìm kiếm' }).first().click();
	await page.getByRole('dialog').getByRole('textbox').fill(query);
	const links = page.locator('.pagefind-ui__result-link');
	await links.first().waitFor({ timeout: 15000 });
	await page.waitForTimeout(300);
	const hrefs = (await links.evaluateAll((n) => n.map((x) => x.pathname))).map((h) => h.replace(/#.*$/, ''));
	const ok = hrefs.slice(0, 3).includes(expect);
	if (!ok) miss++;
	console.log(`${ok ? 'ok  ' : 'MISS'} ${query} → ${expect} | ${hrefs.slice(0, 6).join(' ')}`);
}
console.log('misses', miss);
await browser.close();
