import { readFileSync } from 'node:fs';
import satori from 'satori';
import { ogCardTree } from '/work/main/src/lib/og/og-card.ts';
const fonts = [400, 700].map((w) => ({ name: 'Inter', data: readFileSync(`/work/main/src/assets/fonts/inter-latin-${w}-normal.woff`), weight: w, style: 'normal' }));
const card = (i) => ({ kind: 'Comparison', title: `Story ${i} Sheinbaum rejects US troops against the cartels — what each outlet said`, stats: [{value: i, label: 'claims they agree on', tone: 'agree'},{value: 3, label: 'differ', tone: 'differ'}], lines: ['Reuters — Mexico rejects', `El País — Sheinbaum dice no ${i}`] });
for (const embed of [true, false, true, false]) {
  for (let i = 0; i < 20; i++) await satori(ogCardTree(card(i)), { width: 1200, height: 630, fonts, embedFont: embed });
  const t = performance.now(); let s; for (let i = 0; i < 100; i++) s = await satori(ogCardTree(card(i)), { width: 1200, height: 630, fonts, embedFont: embed });
  console.log('embedFont', embed, ((performance.now() - t) / 100).toFixed(2), 'ms', s.length);
}
