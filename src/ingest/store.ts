import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import matter from "gray-matter";
import { SanctuaryError, messageOf } from "../errors.js";
import { writeFileAtomic } from "../state/files.js";
import { docIdOf, listDocumentFiles, parseDocument } from "../corpus/load.js";
import type { Article } from "./extract.js";

/** The folder inside the corpus that articles from the web are written to, one `.md` each. */
export const WEB_FOLDER = "web";

/** What writing an article did: a new file, a changed one replaced, or nothing (the same text is held). */
export type StoreStatus = "added" | "updated" | "unchanged" | "duplicate";

export interface Stored {
  status: StoreStatus;
  /** The corpus file that holds the article (the one already there when nothing was written). */
  file: string;
  doc: string;
  title: string;
  published: string | null;
  url: string;
  /** Sentences the bot can quote from it. */
  sentences: number;
}

/**
 * The articles the corpus already holds, by link and by text, so one is never added twice: not on a
 * second poll, not when a feed lists an old item again, not under a second URL.
 */
export class CorpusCatalogue {
  private readonly byUrl = new Map<string, string>();
  private readonly byHash = new Map<string, string>();
  /** Every document id in the corpus, so a new file never takes one (the loader keeps one file per id). */
  private readonly ids = new Set<string>();

  constructor(readonly corpusDir: string) {
    if (!existsSync(corpusDir)) return;
    for (const file of listDocumentFiles(corpusDir)) {
      this.ids.add(docIdOf(corpusDir, file));
      if (!file.endsWith(".md")) continue;
      try {
        const parsed = matter(readFileSync(file, "utf8"));
        const url = typeof parsed.data.url === "string" ? comparableUrl(parsed.data.url) : null;
        if (url) this.byUrl.set(url, file);
        this.byHash.set(textHash(parsed.content), file);
      } catch {
        // The loader reports a file it cannot read; here it only cannot be recognised.
      }
    }
  }

  /** The file holding the article at this link (canonical or as a feed lists it), if any. */
  fileOf(url: string): string | undefined {
    return this.byUrl.get(comparableUrl(url));
  }

  /**
   * Writes the article into the corpus as `web/<slug>.md` with front-matter, atomically; replaces the
   * file of the same link when its text changed; writes nothing when the corpus has this text already.
   */
  store(article: Article, fetchedUrl: string, today: string): Stored {
    const body = article.paragraphs.join("\n\n") + "\n";
    const hash = textHash(body);
    const known = this.fileOf(article.canonical) ?? this.fileOf(fetchedUrl);
    const same = this.byHash.get(hash);
    const result = (status: StoreStatus, file: string, sentences: number): Stored => ({
      status,
      file,
      doc: docIdOf(this.corpusDir, file),
      title: article.title,
      published: article.published,
      url: article.canonical,
      sentences,
    });
    if (known && same === known) return result("unchanged", known, sentencesIn(known, body));
    if (!known && same) return result("duplicate", same, sentencesIn(same, body));
    const file = known ?? this.freeName(article);
    const added = known ? (matter(readFileSync(known, "utf8")).data.added as string | undefined) ?? today : today;
    const frontMatter = {
      title: article.title,
      ...(article.published ? { published: article.published } : {}),
      ...(article.site ? { source: article.site } : {}),
      url: article.canonical,
      added,
      ...(article.byline ? { byline: article.byline } : {}),
    };
    const content = matter.stringify(body, frontMatter, { lineWidth: -1 } as matter.GrayMatterOption<string, never>);
    // Parsed as the loader will (front-matter checked too) before anything is written.
    const sentences = sentencesIn(file, content);
    writeFileAtomic(file, content);
    this.byUrl.set(comparableUrl(article.canonical), file);
    this.byUrl.set(comparableUrl(fetchedUrl), file);
    this.byHash.set(hash, file);
    this.ids.add(docIdOf(this.corpusDir, file));
    return result(known ? "updated" : "added", file, sentences);
  }

  /** `web/<slug of the title>.md`, numbered when another article has that name. */
  private freeName(article: Article): string {
    const slug =
      article.title
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 80)
        .replace(/-+$/, "") || "article";
    for (let n = 1; ; n++) {
      const file = join(this.corpusDir, WEB_FOLDER, `${slug}${n === 1 ? "" : `-${n}`}.md`);
      if (!existsSync(file) && !this.ids.has(docIdOf(this.corpusDir, file))) return file;
    }
  }
}

/** How many quotable sentences the loader will find in this content. */
function sentencesIn(file: string, content: string): number {
  try {
    return parseDocument("new", file, Buffer.from(content, "utf8"), new Date()).sentences.filter((s) => !s.boilerplate).length;
  } catch (err) {
    throw new SanctuaryError("ingest_not_article", `${relative(process.cwd(), file)}: the extracted text cannot be loaded (${messageOf(err)}); nothing was added`);
  }
}

/** A text's identity whatever its line breaks and spacing. */
export function textHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/** Tracking parameters that make one article look like many links. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|cmpid|ocid|smid|ref|rss)$/i;

/** A link as compared: no fragment, no tracking parameters, host in lower case (URL does that). */
export function comparableUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
    return u.href;
  } catch {
    return url;
  }
}
