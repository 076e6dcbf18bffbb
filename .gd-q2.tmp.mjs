import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4893/');
await page.evaluate(async () => { window.__pf = await import('/pagefind/pagefind.js'); await window.__pf.options({ranking:{pageLength:.1,termFrequency:.1,termSaturation:2,termSimilarity:9,diacriticSimilarity:.8}}); });
for (const q of process.argv.slice(2)) {
  const out = await page.evaluate(async (q) => { const r = await window.__pf.search(q); const d = await Promise.all(r.results.slice(0,3).map(async x=>{const dd=await x.data(); return {url:dd.url, score:x.score, words:dd.word_count, wl: dd.weighted_locations.length, w: dd.weighted_locations.slice(0,30).map(l=>l.weight+':'+l.balanced_score.toFixed(1)).join(' ')};})); return d; }, q);
  console.log(q, JSON.stringify(out, null, 1));
}
await browser.close();
