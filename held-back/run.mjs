// usage: node held-back/run.mjs FILE [CORPUS_DIR]   (from the repository root)
// An expected answer's closing full stop is not required: the answer's head is cut at ". From", so `12 p.m.` reads `12 p.m`.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const [file, corpus] = process.argv.slice(2);
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => /^[AT]\|/.test(l));
let a = 0, aok = 0, t = 0, tok = 0;
const tag = corpus ? corpus.replace(/[^a-z0-9]/gi, '_') : 'bundled';
for (const line of lines) {
  const [kind, q, exp] = line.split('|');
  const args = ['app/sanctuary.mjs', 'ask', '--json'];
  if (corpus) args.push('--corpus', corpus);
  args.push(q);
  let out;
  try { out = JSON.parse(execFileSync('node', args, { env: { ...process.env, DATA_DIR: `/tmp/data-hb-${tag}`, LOG_LEVEL: 'silent' }, encoding: 'utf8' })); } catch (e) { console.log('ERR', q, e.message.slice(0, 200)); continue; }
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
}
console.log(`answers ${aok}/${a}  traps ${tok}/${t}`);
