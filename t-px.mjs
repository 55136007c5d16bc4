import { readFileSync } from 'node:fs';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { ogCardTree } from '/work/main/src/lib/og/og-card.ts';
sharp.cache(false); sharp.concurrency(1);
const fonts = [400, 700].map((w) => ({ name: 'Inter', data: readFileSync(`/work/main/src/assets/fonts/inter-latin-${w}-normal.woff`), weight: w, style: 'normal' }));
const opts = { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } };
const mode = process.argv[2];
const one = async (i) => {
  const svg = await satori(ogCardTree({ kind: 'Comparison', title: `Story ${i} Sheinbaum rejects US troops against the cartels`, stats: [{value: i, label: 'claims they agree on', tone: 'agree'}], lines: ['Reuters — Mexico rejects', `El País — Sheinbaum dice no ${i}`] }), { width: 1200, height: 630, fonts });
  const r = await renderAsync(svg, opts);
  if (mode === 'resvg') return r.asPng();
  return sharp(r.pixels, { raw: { width: r.width, height: r.height, channels: 4 } }).removeAlpha().png().toBuffer();
};
for (let i = 0; i < 10; i++) await one(i);
const c0 = process.cpuUsage(); const t0 = performance.now();
const N = 300; let inflight = [];
for (let i = 0; i < N; i++) { inflight.push(one(i)); if (inflight.length >= 4) { await inflight.shift(); } }
await Promise.all(inflight);
const c = process.cpuUsage(c0);
console.log(mode, 'wall ms/card', ((performance.now() - t0) / N).toFixed(2), 'user', (c.user / 1000 / N).toFixed(2), 'sys', (c.system / 1000 / N).toFixed(2));
