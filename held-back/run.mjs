// usage: node held-back/run.mjs FILE [CORPUS_DIR]   (from the repository root); every question goes to one `ask --json` process on stdin
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const [file, corpus] = process.argv.slice(2);
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => /^[AT]\|/.test(l));
const tag = corpus ? corpus.replace(/[^a-z0-9]/gi, '_') : 'bundled';
const args = ['app/sanctuary.mjs', 'ask', '--json'];
if (corpus) args.push('--corpus', corpus);
const input = lines.map((l) => l.split('|')[1]).join('\n') + '\n';
const outs = execFileSync('node', args, { input, env: { ...process.env, DATA_DIR: `/tmp/data-hb-${tag}`, LOG_LEVEL: 'silent' }, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter(Boolean);
let a = 0, aok = 0, t = 0, tok = 0;
lines.forEach((line, i) => {
  const [kind, q, exp] = line.split('|');
  const out = JSON.parse(outs[i]);
  const answer = String(out.answer ?? '');
  const head = answer.split('. From "')[0];
  const declined = Boolean(out.declined);
  if (kind === 'A') {
    a++;
    const ok = !declined && exp.split(';').some((e) => head.toLowerCase().includes(e.toLowerCase().trim().replace(/\.$/, '')));
    if (ok) aok++;
    console.log(ok ? 'OK  ' : 'BAD ', q, '=>', answer.slice(0, 220).replace(/\n/g, ' '));
  } else {
    t++;
    if (declined) tok++;
    console.log(declined ? 'OKT ' : 'BADT', q, '=>', answer.slice(0, 220).replace(/\n/g, ' '));
  }
});
console.log(`answers ${aok}/${a}  traps ${tok}/${t}`);
