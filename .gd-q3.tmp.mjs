import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4893/');
await page.evaluate(async () => { window.__pf = await import('/pagefind/pagefind.js'); await window.__pf.options({ranking:{pageLength:.1,termFrequency:.1,termSaturation:2,termSimilarity:9,diacriticSimilarity:.8}}); });
const [q, url] = process.argv.slice(2);
const out = await page.evaluate(async ([q,url]) => { const r = await window.__pf.search(q); for (const x of r.results) { const d = await x.data(); if (d.url!==url) continue; const words = d.content.split(/\s+/); return d.weighted_locations.map(l => l.weight + ':' + words[l.location] + ':' + l.balanced_score.toFixed(0)).join(' | '); } }, [q,url]);
console.log(out);
await browser.close();
