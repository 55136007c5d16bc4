import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { fixtureText } from '../../src/lib/ingest/score-ingest.ts';
test('dbg', () => {
  const dir = process.env.DBG_DIR!;
  const gold = JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8'));
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const g = gold[f];
    const cat = (l: string) => g.junk_lines.includes(l) ? 'J' : g.heading_lines.includes(l) ? 'H' : g.caption_lines.includes(l) ? 'C' : g.optional_lines.includes(l) ? 'O' : '.';
    const text = fixtureText(readFileSync(`${dir}/${f}`, 'utf8'));
    const r = ingestArticle(Buffer.from(text), { story: 'sheinbaum-rejects-us-troops', id: 'fixture' });
    const p = r.frontmatter?.provenance as any;
    out.push(`== ${f}`);
    const rm = new Map((p?.removed ?? []).map((x: any) => [x.line, x.reason]));
    const fl = new Map((p?.flagged ?? []).map((x: any) => [x.line, x.reason]));
    text.split('\n').forEach((l, i) => { const n = i + 1; if (!l.trim()) return; const tag = rm.has(n) ? 'R' : fl.has(n) ? 'F' : ' '; out.push(`${cat(l.trim())}${tag} ${n}: ${l.slice(0, 100)}${fl.has(n) ? '  -- F: ' + fl.get(n) : ''}${rm.has(n) ? '  -- R: ' + rm.get(n) : ''}`); });
  }
  writeFileSync(process.env.DBG_OUT ?? '/tmp/ingtune5/out.txt', out.join('\n'));
});
