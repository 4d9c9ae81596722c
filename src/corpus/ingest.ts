import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import matter from "gray-matter";
import { SanctuaryError, messageOf } from "../errors.js";
import { writeFileAtomic } from "../state/files.js";
import { MAX_DOCUMENT_BYTES, docIdOf, listDocumentFiles, parseDocument } from "./load.js";
import { isoDate } from "./meta.js";

export interface Ingested {
  file: string;
  target: string;
  title: string;
  published: string | null;
}

/**
 * Adds an article to the corpus. A .txt file becomes a .md file whose front-matter holds the title and
 * date inferred from its text, for a person to check; its text is kept exactly. A .md file is validated
 * and copied. Nothing is written when the file cannot be used.
 *
 * @example ingestFile("./article.txt", "./corpus") // { target: "corpus/article.md", title: "…", … }
 */
export function ingestFile(file: string, corpusDir: string, today: Date = new Date()): Ingested {
  const ext = extname(file).toLowerCase();
  if (ext !== ".txt" && ext !== ".md") {
    throw new SanctuaryError("ingest_failed", `ingest: ${file} is not a .txt or .md file; save the article as plain text first`);
  }
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_DOCUMENT_BYTES) throw new SanctuaryError("corpus_unreadable", `over the ${MAX_DOCUMENT_BYTES}-byte limit of an article; split the file`);
    bytes = readFileSync(file);
  } catch (err) {
    throw new SanctuaryError("ingest_failed", `ingest: cannot read ${file} (${messageOf(err)}); nothing was added`);
  }
  let doc;
  try {
    doc = parseDocument("new", basename(file), bytes, statSync(file).mtime);
  } catch (err) {
    throw new SanctuaryError("ingest_failed", `ingest: ${file}: ${messageOf(err)}; nothing was added`);
  }
  mkdirSync(corpusDir, { recursive: true });
  // The loader skips hidden names and keeps one file per id: the name must be one it will read.
  const name = basename(file, extname(file)).replace(/[^\w.-]+/g, "-").replace(/^[.-]+/, "") || "article";
  const target = join(corpusDir, `${name}.md`);
  const twin = listDocumentFiles(corpusDir).find((f) => f !== target && docIdOf(corpusDir, f) === name);
  if (twin) throw new SanctuaryError("ingest_failed", `ingest: the corpus already has ${twin} under the id "${name}"; rename ${file} and ingest it again; nothing was added`);
  const added = isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
  const content =
    ext === ".md"
      ? bytes.toString("utf8")
      : frontMatter({
          title: doc.title,
          ...(doc.published ? { published: doc.published } : {}),
          added,
        }) + doc.text;
  if (existsSync(target)) {
    if (readFileSync(target, "utf8") === content) return { file, target, title: doc.title, published: doc.published };
    throw new SanctuaryError("ingest_failed", `ingest: ${target} already exists with other text; rename ${file} or remove the old article first`);
  }
  writeFileAtomic(target, content);
  return { file, target, title: doc.title, published: doc.published };
}

/** YAML front-matter between --- lines; stringify("") ends in one blank line, which the body replaces. */
function frontMatter(data: Record<string, unknown>): string {
  return matter.stringify("", data, { lineWidth: -1 } as matter.GrayMatterOption<string, never>).replace(/\n$/, "");
}
