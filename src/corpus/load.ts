import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import { SanctuaryError, messageOf } from "../errors.js";
import { inferPublished, inferTitle, isoDate } from "./meta.js";
import { isBoilerplate, paragraphSpans, sentenceSpans } from "./text.js";

/** One article, as loaded: its original text and where each sentence sits in it. */
export interface Doc {
  id: string;
  file: string;
  title: string;
  published: string | null;
  added: string;
  source: string | null;
  url: string | null;
  text: string;
  sentences: Sentence[];
}

/** A sentence: an exact slice text[start, end) of its document. */
export interface Sentence {
  /** Position in the corpus-wide list of sentences. */
  id: number;
  doc: string;
  /** Position within its document. */
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Page furniture ("Source link", "Press Enter to skip"): never quoted. */
  boilerplate: boolean;
}

export interface CorpusProblem {
  file: string;
  reason: string;
}

export interface Corpus {
  dir: string;
  docs: Doc[];
  sentences: Sentence[];
  problems: CorpusProblem[];
  /** Changes whenever any document's bytes or path change. */
  hash: string;
}

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set([".md", ".txt"]);

/** A YAML date (written 2018-01-18, parsed by YAML as a Date) or a YYYY-MM-DD string; null when absent. */
const day = z.unknown().transform((v, ctx) => {
  if (v === undefined || v === null || v === "") return null;
  const s = v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : String(v).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = new Date(`${s}T00:00:00Z`);
  if (!m || Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3])) {
    ctx.addIssue({ code: "custom", message: `"${String(v)}" is not a date; write YYYY-MM-DD` });
    return z.NEVER;
  }
  return s;
});
const optionalString = z.union([z.string(), z.null()]).optional();

const frontMatterSchema = z.looseObject({
  title: optionalString,
  published: day.optional(),
  added: day.optional(),
  source: optionalString,
  url: z.union([z.url({ protocol: /^https?$/ }), z.null()]).optional(),
});

/** Lists the corpus's document files, sorted, so ids and hashes do not depend on the file system. */
export function listDocumentFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** A document's id: its path inside the corpus without the extension, with forward slashes. */
export function docIdOf(dir: string, file: string): string {
  return relative(dir, file).split(sep).join("/").replace(/\.(md|txt)$/i, "");
}

/**
 * Reads every .md and .txt document under `dir`. Files that cannot be used are listed in `problems`
 * (file and reason) and left out; the rest load.
 *
 * @example const corpus = loadCorpus("./corpus"); corpus.docs.length
 */
export function loadCorpus(dir: string): Corpus {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    files = listDocumentFiles(dir);
  } catch (err) {
    throw new SanctuaryError(
      "corpus_missing",
      `CORPUS_DIR: cannot read "${dir}" (${messageOf(err)}); point --corpus or CORPUS_DIR at a folder of .md/.txt articles`,
    );
  }
  const hash = createHash("sha256");
  const docs: Doc[] = [];
  const problems: CorpusProblem[] = [];
  for (const file of files) {
    const rel = relative(dir, file);
    try {
      const stat = statSync(file);
      if (stat.size > MAX_DOCUMENT_BYTES) throw new Error(`${stat.size} bytes is over the ${MAX_DOCUMENT_BYTES}-byte limit; split the file`);
      const bytes = readFileSync(file);
      hash.update(rel).update("\0").update(bytes).update("\0");
      docs.push(parseDocument(docIdOf(dir, file), rel, bytes, stat.mtime));
    } catch (err) {
      problems.push({ file: rel, reason: messageOf(err) });
    }
  }
  const sentences: Sentence[] = [];
  for (const d of docs) for (const s of d.sentences) sentences.push(Object.assign(s, { id: sentences.length }));
  return { dir, docs, sentences, problems, hash: hash.digest("hex").slice(0, 16) };
}

/**
 * Turns one file's bytes into a Doc: front-matter validated for .md, title and date inferred for .txt.
 * Throws with the reason when the file cannot be used.
 */
export function parseDocument(id: string, file: string, bytes: Buffer, mtime: Date): Doc {
  if (bytes.includes(0)) throw new Error("binary file (it contains NUL bytes); save the article as UTF-8 text");
  const raw = bytes.toString("utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (raw.includes("\uFFFD")) throw new Error("not valid UTF-8; save the article as UTF-8 text");
  let text = raw;
  let meta: z.output<typeof frontMatterSchema> = {};
  if (file.toLowerCase().endsWith(".md") && raw.startsWith("---")) {
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(raw, {});
    } catch (err) {
      throw new SanctuaryError("corpus_invalid_front_matter", `front-matter is not valid YAML (${messageOf(err).split("\n")[0]})`);
    }
    const checked = frontMatterSchema.safeParse(parsed.data);
    if (!checked.success) {
      const why = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new SanctuaryError("corpus_invalid_front_matter", `invalid front-matter: ${why}`);
    }
    meta = checked.data;
    text = parsed.content;
  }
  const paragraphs = paragraphSpans(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    for (const s of sentenceSpans(text, p)) {
      const slice = text.slice(s.start, s.end);
      sentences.push({ id: -1, doc: id, index: sentences.length, paragraph: pi, start: s.start, end: s.end, text: slice, boilerplate: isBoilerplate(slice) });
    }
  });
  if (!sentences.some((s) => !s.boilerplate)) {
    throw new SanctuaryError("corpus_no_text", "no sentences to quote; the file is empty or only page furniture");
  }
  return {
    id,
    file,
    title: (meta.title ?? "").trim() || inferTitle(text, paragraphs),
    published: meta.published ?? (file.toLowerCase().endsWith(".txt") ? inferPublished(text, paragraphs) : null),
    added: meta.added ?? isoDate(mtime.getFullYear(), mtime.getMonth() + 1, mtime.getDate()),
    source: meta.source ?? null,
    url: meta.url ?? null,
    text,
    sentences,
  };
}
