import { closeSync, openSync, readSync } from "node:fs";
import { resized } from "../collections.js";
import { SanctuaryError, messageOf } from "../errors.js";

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

/** Where a loaded corpus's article texts come from, by the article's position in the corpus. */
export interface TextSource {
  textOf(doc: number): string;
  /** The text for one look in passing (a pass over the whole corpus): not kept for the next reader. */
  peek(doc: number): string;
  /** Runs work that reads articles out of order many times (the entity stage's build) with every text read kept until it ends. */
  holding<T>(work: () => T): T;
}

/** Every article's text held in memory: a corpus loaded without a DATA_DIR (tests, one-off loads). */
export class HeldText implements TextSource {
  constructor(private readonly texts: string[]) {}

  textOf(doc: number): string {
    return this.texts[doc];
  }

  peek(doc: number): string {
    return this.texts[doc];
  }

  holding<T>(work: () => T): T {
    return work();
  }
}

/** Closes the text file of a corpus no longer referenced (a reload replaced it). */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to release.
  }
});

/**
 * The articles' texts read back by byte range from one file written with the corpus's parse (one per
 * version of the corpus, never changed after), the most recently read kept up to a budget. So a
 * replica's memory does not grow with the corpus's text (55 MB at 9 M words, twice that for text
 * with curly quotes, which V8 holds two bytes a character), at the cost of a read of some kilobytes
 * (microseconds, from the page cache) for an article not read lately.
 */
export class FileText implements TextSource {
  private readonly recent = new Map<number, string>();
  private held = 0;
  private last = -1;
  private unbounded = false;
  private fd: number | null = null;

  /**
   * @param file the texts, UTF-8, one after another
   * @param offsets byte offset of each article's text in the file, and one past the last
   * @param budget characters kept in memory at most (two bytes each, counted as V8 may hold them)
   */
  constructor(
    readonly file: string,
    private readonly offsets: Float64Array,
    private readonly budget: number,
  ) {}

  textOf(doc: number): string {
    const known = this.recent.get(doc);
    if (known !== undefined) {
      // Map keeps insertion order: re-inserting makes this article the most recently read.
      if (this.last !== doc) {
        this.recent.delete(doc);
        this.recent.set(doc, known);
        this.last = doc;
      }
      return known;
    }
    const text = this.read(doc);
    this.recent.set(doc, text);
    this.last = doc;
    this.held += text.length;
    if (!this.unbounded) this.evict(doc);
    return text;
  }

  holding<T>(work: () => T): T {
    this.unbounded = true;
    try {
      return work();
    } finally {
      this.unbounded = false;
      this.evict(this.last);
    }
  }

  /** Drops the least recently read texts until those kept fit the budget, never `keep`. */
  private evict(keep: number): void {
    for (const [old, t] of this.recent) {
      if (this.held <= this.budget || old === keep) break;
      this.recent.delete(old);
      this.held -= t.length;
    }
  }

  peek(doc: number): string {
    // Read and dropped young: a pass over 55 MB of text through the cache would age it all into the old generation.
    return this.recent.get(doc) ?? this.read(doc);
  }

  private read(doc: number): string {
    const start = this.offsets[doc];
    const buf = Buffer.allocUnsafe(this.offsets[doc + 1] - start);
    let got = 0;
    let problem = "";
    try {
      if (this.fd === null) {
        this.fd = openSync(this.file, "r");
        closeWhenCollected.register(this, this.fd);
      }
      for (let n = -1; got < buf.length && n !== 0; got += n) n = readSync(this.fd, buf, got, buf.length - got, start + got);
      if (got < buf.length) problem = `the file ends ${buf.length - got} bytes early`;
    } catch (err) {
      problem = messageOf(err);
    }
    if (problem) throw new SanctuaryError("corpus_text_unreadable", `corpus text ${this.file}: cannot read article ${doc} (${problem}); delete DATA_DIR/index and restart to write it again`);
    return buf.toString("utf8");
  }
}

/** Where each sentence sits, one column per field, for every sentence of the corpus. */
export interface SentenceColumns {
  /** The article's position in the corpus. */
  doc: Uint32Array;
  paragraph: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  boilerplate: Uint8Array;
}

/** Grows a corpus's sentence columns article by article, in typed arrays doubled as they fill. */
export class ColumnsBuilder {
  private columns: SentenceColumns = { doc: new Uint32Array(1024), paragraph: new Uint32Array(1024), start: new Uint32Array(1024), end: new Uint32Array(1024), boilerplate: new Uint8Array(1024) };
  private used = 0;

  add(doc: number, paragraph: number, start: number, end: number, boilerplate: boolean): void {
    let c = this.columns;
    if (this.used === c.doc.length) c = this.columns = resizedColumns(c, c.doc.length * 2);
    c.doc[this.used] = doc;
    c.paragraph[this.used] = paragraph;
    c.start[this.used] = start;
    c.end[this.used] = end;
    c.boilerplate[this.used] = boilerplate ? 1 : 0;
    this.used++;
  }

  build(): SentenceColumns {
    return resizedColumns(this.columns, this.used);
  }
}

function resizedColumns(c: SentenceColumns, size: number): SentenceColumns {
  return { doc: resized(c.doc, size), paragraph: resized(c.paragraph, size), start: resized(c.start, size), end: resized(c.end, size), boilerplate: resized(c.boilerplate, size) };
}

/**
 * A run of the corpus's sentences (all of them, or one article's), made into `Sentence`s as they are
 * read: the corpus holds five numbers a sentence rather than an object and its text (about 240 bytes
 * a sentence at 460,000 sentences), so what a replica keeps does not grow with the words. Two reads of
 * one sentence give equal, not identical, objects: compare sentences by `id`.
 */
export class SentenceList implements Iterable<Sentence> {
  constructor(
    private readonly columns: SentenceColumns,
    private readonly docIds: readonly string[],
    private readonly firstOfDoc: Uint32Array,
    private readonly texts: TextSource,
    private readonly first: number,
    readonly length: number,
  ) {}

  /** The sentence at a position in this list, undefined past either end. */
  at(i: number): Sentence | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const id = this.first + i;
    return this.make(id, this.texts.textOf(this.columns.doc[id]));
  }

  private make(id: number, docText: string): Sentence {
    const c = this.columns;
    const doc = c.doc[id];
    const start = c.start[id];
    const end = c.end[id];
    return { id, doc: this.docIds[doc], index: id - this.firstOfDoc[doc], paragraph: c.paragraph[id], start, end, text: docText.slice(start, end), boilerplate: c.boilerplate[id] === 1 };
  }

  /** The sentence at a position that must be in this list (an id the corpus gave). */
  get(i: number): Sentence {
    const s = this.at(i);
    if (!s) throw new RangeError(`sentence ${i} is not in this list of ${this.length}`);
    return s;
  }

  /** A part of this list, as positions within it. */
  range(first: number, length: number): SentenceList {
    return new SentenceList(this.columns, this.docIds, this.firstOfDoc, this.texts, this.first + first, length);
  }

  /**
   * Every sentence in order. One article's are read as `at` reads them; a run over many articles reads
   * each article's text once in passing (`TextSource.peek`), keeping none.
   */
  *[Symbol.iterator](): Iterator<Sentence> {
    const c = this.columns;
    const end = this.first + this.length;
    const passing = this.length > 0 && c.doc[this.first] !== c.doc[end - 1];
    let doc = -1;
    let text = "";
    for (let id = this.first; id < end; id++) {
      if (c.doc[id] !== doc) text = passing ? this.texts.peek((doc = c.doc[id])) : this.texts.textOf((doc = c.doc[id]));
      yield this.make(id, text);
    }
  }

  filter(keep: (s: Sentence) => boolean): Sentence[] {
    const out: Sentence[] = [];
    for (const s of this) if (keep(s)) out.push(s);
    return out;
  }

  find(match: (s: Sentence) => boolean): Sentence | undefined {
    for (const s of this) if (match(s)) return s;
    return undefined;
  }

  some(match: (s: Sentence) => boolean): boolean {
    return this.find(match) !== undefined;
  }

  map<T>(f: (s: Sentence) => T): T[] {
    const out: T[] = [];
    for (const s of this) out.push(f(s));
    return out;
  }
}
