import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
await page.goto(process.env.U ?? 'http://127.0.0.1:4871/');
await page.evaluate(async () => { window.__pf = await import('/pagefind/pagefind.js'); });
for (const q of process.argv.slice(2)) {
  const out = await page.evaluate(async (q) => { const r = await window.__pf.search(q); const d = await Promise.all(r.results.slice(0,4).map(x=>x.data())); return d.map(x=>x.url+' :: '+x.excerpt.slice(0,80)); }, q);
  console.log(q, JSON.stringify(out, null, 1));
}
await browser.close();
