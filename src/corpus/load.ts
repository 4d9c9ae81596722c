import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { AtomicFileWriter, readCache } from "../state/files.js";
import { saveCache, type CacheWrites } from "../state/caches.js";
import matter from "gray-matter";
import yaml from "js-yaml";
import { z } from "zod";
import { SanctuaryError, messageOf } from "../errors.js";
import { silentLogger, type Logger } from "../log.js";
import { cleanByline, inferByline, inferPublished, inferTitle, isoDate } from "./meta.js";
import { ColumnsBuilder, FileText, HeldText, SentenceList, type Sentence, type TextSource } from "./sentences.js";
import { isBoilerplate, paragraphSpans, sentenceSpans } from "./text.js";

/** What is known of an article besides its text and sentences. */
export interface DocMeta {
  id: string;
  file: string;
  title: string;
  published: string | null;
  /** The front-matter's `added`, else the day the file was last written. */
  added: string;
  /** Whether `added` was written in the file (by `ingest`), so the article is that day's news in the digest. */
  addedStated: boolean;
  source: string | null;
  url: string | null;
  /** Who wrote it: the front-matter's `byline`, else a "By …" line before the story. */
  byline: string | null;
}

/** One article of a loaded corpus: its sentences are read (with their text) as they are needed. */
export interface Doc extends DocMeta {
  sentences: SentenceList;
  /** The article's text (read back from DATA_DIR when not held), which every sentence is a slice of. */
  text(): string;
}

/** A Doc whose text is read from its corpus's text source: one shared method, no closure per article. */
class LoadedDoc implements Doc {
  id!: string;
  file!: string;
  title!: string;
  published!: string | null;
  added!: string;
  addedStated!: boolean;
  source!: string | null;
  url!: string | null;
  byline!: string | null;

  constructor(
    meta: DocMeta,
    readonly sentences: SentenceList,
    private readonly texts: TextSource,
    private readonly ordinal: number,
  ) {
    Object.assign(this, meta);
  }

  text(): string {
    return this.texts.textOf(this.ordinal);
  }
}

/** One file parsed on its own (`parseDocument`): its original text and where each sentence sits in it. */
export interface ParsedDoc extends DocMeta {
  text: string;
  sentences: Sentence[];
}

export type { Sentence } from "./sentences.js";

export interface CorpusProblem {
  file: string;
  reason: string;
}

export interface Corpus {
  dir: string;
  docs: Doc[];
  /** Every sentence, by id. */
  sentences: SentenceList;
  /** Where the articles' texts are read from. */
  texts: TextSource;
  problems: CorpusProblem[];
  /** Changes whenever any document's bytes or path change. */
  hash: string;
}

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set([".md", ".txt"]);

/**
 * Front-matter is read with YAML's core schema, which has no timestamps: a date stays the text written,
 * so an impossible one (2018-02-30) is refused here instead of rolling over to March 2 in a Date.
 */
const FRONT_MATTER_OPTIONS = { engines: { yaml: (s: string) => yaml.safeLoad(s, { schema: yaml.CORE_SCHEMA }) as object } };

/** A YYYY-MM-DD date that exists on the calendar; null when absent. */
const day = z.unknown().transform((v, ctx) => {
  if (v === undefined || v === null || v === "") return null;
  const s = String(v).trim();
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
  byline: optionalString,
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
      else if ((entry.isFile() || entry.isSymbolicLink()) && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** A document's id: its path inside the corpus without the extension, with forward slashes. */
export function docIdOf(dir: string, file: string): string {
  return relative(dir, file).split(sep).join("/").replace(/\.(md|txt)$/i, "");
}

/** Bump when parsing (sentence splitting, inference) or the cache's format changes, so cached parses are redone. */
const PARSE_VERSION = 13;

/**
 * Characters of article text a corpus keeps in memory when its texts are read back from DATA_DIR (4 MB
 * of plain ASCII, up to 8 MB). Half of 8 million made no difference to a replica's answer times at 9 M
 * words (one question touches a few hundred articles; a miss is one read of one article).
 */
export const DEFAULT_TEXT_CACHE_CHARS = 4_000_000;

/** A parsed document without its text (in the version's text file) and with its sentences as numbers. */
const CACHED_DOC = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  added: z.string(),
  addedStated: z.boolean(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  /** The text's length in the text file, in UTF-8 bytes. */
  textBytes: z.number().int().min(0),
  /**
   * start, end, paragraph, boilerplate (0/1) for each sentence, as 32-bit little-endian numbers in
   * base64: a number array read back as JSON (1.8 million numbers at 9 M words) was most of a start's peak.
   */
  spans: z.string().refine((b) => Buffer.byteLength(b, "base64") % 16 === 0, "spans come in fours of 32-bit numbers"),
});
type CachedDoc = z.infer<typeof CACHED_DOC>;

const CACHED_PARSE = z.object({
  docs: z.array(CACHED_DOC),
  problems: z.array(z.object({ file: z.string(), reason: z.string() })),
});
type CachedParse = z.infer<typeof CACHED_PARSE>;

/**
 * A document's bytes, read safely: only a regular file whose real path is inside the corpus (a link
 * to the operator's .env, /dev/zero or a FIFO is refused, never opened), and never more than
 * MAX_DOCUMENT_BYTES, counted while reading (a file's stated size can lie).
 */
function readDocumentFile(root: string, file: string): { bytes: Buffer; stat: Stats } {
  const real = realpathSync(file);
  if (real !== root && !real.startsWith(root + sep)) throw new SanctuaryError("corpus_unreadable", "links outside the corpus; copy the article into the corpus instead");
  const before = statSync(real);
  if (!before.isFile()) throw new SanctuaryError("corpus_unreadable", "not a regular file; only .md and .txt files are read");
  if (before.size > MAX_DOCUMENT_BYTES) throw new SanctuaryError("corpus_unreadable", `${before.size} bytes is over the ${MAX_DOCUMENT_BYTES}-byte limit; split the file`);
  const fd = openSync(real, "r");
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new SanctuaryError("corpus_unreadable", "not a regular file; only .md and .txt files are read");
    let buf = Buffer.alloc(Math.min(stat.size, MAX_DOCUMENT_BYTES) + 1);
    let size = 0;
    for (let n; size <= MAX_DOCUMENT_BYTES && (n = readSync(fd, buf, size, buf.length - size, null)) > 0; ) {
      size += n;
      // Longer than it said: grow, still within the cap plus one byte to tell "over".
      if (size === buf.length && size <= MAX_DOCUMENT_BYTES) buf = Buffer.concat([buf, Buffer.alloc(Math.min(buf.length, MAX_DOCUMENT_BYTES + 1 - buf.length))]);
    }
    if (size > MAX_DOCUMENT_BYTES) throw new SanctuaryError("corpus_unreadable", `over the ${MAX_DOCUMENT_BYTES}-byte limit; split the file`);
    return { bytes: Buffer.from(buf.subarray(0, size)), stat };
  } finally {
    closeSync(fd);
  }
}

/** Whether a load may build what is not saved (the default), or only read back what `sanctuary index` saved. */
export interface CacheUse {
  cachedOnly?: boolean;
  /** Where the caches a build makes are queued until the caller flushes them; without it they are written at once. */
  caches?: CacheWrites;
  /** Characters of article text kept in memory when texts are read back from the cache folder (`DEFAULT_TEXT_CACHE_CHARS`). */
  textCacheChars?: number;
}

/** What a cached-only load throws when the saved caches were not made from the corpus as it is now. */
export function notBuilt(dir: string, what: string): SanctuaryError {
  return new SanctuaryError("index_not_built", `the saved ${what} under DATA_DIR was not made from the articles now in ${dir} (they changed after the build began); run \`sanctuary index\` to build it`);
}

/**
 * Reads every .md and .txt document under `dir`. Files that cannot be used are listed in `problems`
 * (file and reason) and left out; the rest load. With `cacheDir`, the parse of an unchanged corpus
 * (same paths, bytes and days) is read back instead of redone, and the articles' texts are read from
 * the version's text file there as they are needed (`FileText`) rather than held; with `cachedOnly`,
 * the parse must be saved, or this throws `index_not_built` rather than parse on the caller's thread.
 *
 * @example const corpus = loadCorpus("./corpus"); corpus.docs.length
 */
export function loadCorpus(dir: string, cacheDir: string | null = null, log: Logger = silentLogger(), options: CacheUse = {}): Corpus {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new SanctuaryError("corpus_unreadable", "not a folder");
    files = listDocumentFiles(dir);
  } catch (err) {
    throw new SanctuaryError(
      "corpus_missing",
      `CORPUS_DIR: cannot read "${dir}" (${messageOf(err)}); point --corpus or CORPUS_DIR at a folder of .md/.txt articles`,
    );
  }
  const root = realpathSync(dir);
  const hash = createHash("sha256");
  // Only hashed here: a cached parse needs no file's bytes again, so none is held past its hashing.
  const read: ReadFile[] = [];
  const unreadable: CorpusProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const rel = relative(dir, file);
    const id = docIdOf(dir, file);
    const twin = seen.get(id);
    if (twin !== undefined) {
      unreadable.push({ file: rel, reason: `has the same id "${id}" as ${twin} (ids leave out .md/.txt); rename one of them` });
      continue;
    }
    seen.set(id, rel);
    try {
      const { bytes, stat } = readDocumentFile(root, file);
      hash.update(rel).update("\0").update(bytes).update("\0").update(stat.mtime.toDateString()).update("\0");
      read.push({ id, file, rel, mtime: stat.mtime });
    } catch (err) {
      unreadable.push({ file: rel, reason: messageOf(err) });
    }
  }
  const digest = hash.digest("hex").slice(0, 16);
  const cacheFile = cacheDir ? join(cacheDir, `corpus-v${PARSE_VERSION}-${digest}.json`) : null;
  const textFile = cacheDir ? join(cacheDir, `corpus-v${PARSE_VERSION}-${digest}.text`) : null;
  const byId = new Map(read.map((r) => [r.id, r]));
  const cached = cacheFile ? readCache(cacheFile, CACHED_PARSE, log) : null;
  // A cache is applied only to the very files it was made from, never to another file's bytes, and
  // only with its text file whole.
  const textSize = cached && textFile ? sizeOf(textFile) : null;
  const usable = cached && cached.docs.every((c) => byId.get(c.id)?.rel === c.file) && textSize === cached.docs.reduce((n, c) => n + c.textBytes, 0) ? cached : null;
  if (!usable && options.cachedOnly) throw notBuilt(dir, "parse");
  const budget = options.textCacheChars ?? DEFAULT_TEXT_CACHE_CHARS;
  const built = usable ? fromCache(usable, textFile!, budget) : parseWithTexts(root, read, textFile, log, budget);
  if (!usable && cacheFile) saveCache(options.caches, log, cacheFile, "corpus parse", () => JSON.stringify({ docs: built.cached, problems: built.problems } satisfies CachedParse));
  const problems = [...unreadable, ...built.problems].sort((a, b) => a.file.localeCompare(b.file));
  return { dir, docs: built.docs, sentences: built.sentences, texts: built.texts, problems, hash: digest };
}

/** A document file that could be read, as its parse needs it. */
interface ReadFile {
  id: string;
  file: string;
  rel: string;
  mtime: Date;
}

interface Built {
  docs: Doc[];
  sentences: SentenceList;
  texts: TextSource;
  problems: CorpusProblem[];
  cached: CachedDoc[];
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

function packSpans(sentences: Sentence[]): string {
  const b = Buffer.alloc(sentences.length * 16);
  sentences.forEach((s, i) => {
    b.writeUInt32LE(s.start, i * 16);
    b.writeUInt32LE(s.end, i * 16 + 4);
    b.writeUInt32LE(s.paragraph, i * 16 + 8);
    b.writeUInt32LE(s.boilerplate ? 1 : 0, i * 16 + 12);
  });
  return b.toString("base64");
}

/** Gathers the articles' sentences into one list and gives each article its run of it. */
function assemble(metas: DocMeta[], columns: ColumnsBuilder, texts: TextSource): { docs: Doc[]; sentences: SentenceList } {
  const packed = columns.build();
  const firstOfDoc = new Uint32Array(metas.length);
  for (let id = packed.doc.length - 1; id >= 0; id--) firstOfDoc[packed.doc[id]] = id;
  const all = new SentenceList(packed, metas.map((m) => m.id), firstOfDoc, texts, 0, packed.doc.length);
  const docs = metas.map((m, i) => {
    const count = (i + 1 < metas.length ? firstOfDoc[i + 1] : packed.doc.length) - firstOfDoc[i];
    return new LoadedDoc(m, all.range(firstOfDoc[i], count), texts, i);
  });
  return { docs, sentences: all };
}

/** The corpus as its cache saved it, its texts read from the text file as needed. */
function fromCache(c: CachedParse, textFile: string, budget: number): Built {
  const columns = new ColumnsBuilder();
  const metas: DocMeta[] = [];
  const offsets = new Float64Array(c.docs.length + 1);
  for (const [i, { textBytes, spans, ...meta }] of c.docs.entries()) {
    metas.push(meta);
    offsets[i + 1] = offsets[i] + textBytes;
    const b = Buffer.from(spans, "base64");
    for (let k = 0; k < b.length; k += 16) columns.add(i, b.readUInt32LE(k + 8), b.readUInt32LE(k), b.readUInt32LE(k + 4), b.readUInt32LE(k + 12) === 1);
  }
  const texts = new FileText(textFile, offsets, budget);
  const { docs, sentences } = assemble(metas, columns, texts);
  return { docs, sentences, texts, problems: c.problems, cached: c.docs };
}

/** Parses every file, holding the texts when the text file cannot be written (the answers go on; the next start tries again). */
function parseWithTexts(root: string, read: ReadFile[], textFile: string | null, log: Logger, budget: number): Built {
  try {
    return parseAll(root, read, textFile, budget);
  } catch (err) {
    if (!(textFile && err instanceof SanctuaryError && err.code === "state_write_failed")) throw err;
    log.warn({ file: textFile, err }, "could not save the corpus text; holding it in memory until the next start");
    return parseAll(root, read, null, budget);
  }
}

/**
 * Parses every file, one at a time. With a text file, each article's text goes there as it is parsed
 * and is read back from it; without, the texts are held.
 */
function parseAll(root: string, read: ReadFile[], textFile: string | null, budget: number): Built {
  const writer = textFile ? new AtomicFileWriter(textFile) : null;
  const held: string[] = [];
  const offsets: number[] = [0];
  const columns = new ColumnsBuilder();
  const metas: DocMeta[] = [];
  const cached: CachedDoc[] = [];
  const problems: CorpusProblem[] = [];
  try {
    for (const r of read) {
      let parsed: ParsedDoc;
      try {
        parsed = parseDocument(r.id, r.rel, readDocumentFile(root, r.file).bytes, r.mtime);
      } catch (err) {
        problems.push({ file: r.rel, reason: messageOf(err) });
        continue;
      }
      const { text, sentences, ...meta } = parsed;
      const at = metas.length;
      metas.push(meta);
      const textBytes = writer ? writer.write(text) : (held.push(text), 0);
      offsets.push(offsets[offsets.length - 1] + textBytes);
      for (const s of sentences) columns.add(at, s.paragraph, s.start, s.end, s.boilerplate);
      cached.push({ ...meta, textBytes, spans: packSpans(sentences) });
    }
    writer?.commit();
  } catch (err) {
    writer?.abort();
    throw err;
  }
  const texts = writer ? new FileText(writer.file, Float64Array.from(offsets), budget) : new HeldText(held);
  const { docs, sentences } = assemble(metas, columns, texts);
  return { docs, sentences, texts, problems, cached };
}

/** A file's bytes as text: BOM dropped, line endings made \n. */
function decode(bytes: Buffer): string {
  return bytes.toString("utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Turns one file's bytes into a Doc: front-matter validated for .md, title and date inferred for .txt.
 * Throws with the reason when the file cannot be used.
 */
export function parseDocument(id: string, file: string, bytes: Buffer, mtime: Date): ParsedDoc {
  if (bytes.includes(0)) throw new SanctuaryError("corpus_unreadable", "binary file (it contains NUL bytes); save the article as UTF-8 text");
  const raw = decode(bytes);
  if (raw.includes("\uFFFD")) throw new SanctuaryError("corpus_unreadable", "not valid UTF-8; save the article as UTF-8 text");
  let text = raw;
  let meta: z.output<typeof frontMatterSchema> = {};
  if (file.toLowerCase().endsWith(".md") && raw.startsWith("---")) {
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(raw, FRONT_MATTER_OPTIONS);
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
    addedStated: Boolean(meta.added),
    source: meta.source ?? null,
    url: meta.url ?? null,
    byline: cleanByline(meta.byline) ?? inferByline(text, paragraphs),
    text,
    sentences,
  };
}
