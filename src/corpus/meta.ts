import * as chrono from "chrono-node";
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, alternation } from "../lexicon/english.js";
import { isBoilerplate, type Span } from "./text.js";

const MAX_TITLE_WORDS = 14;

/**
 * The title a plain-text article gives itself: its first line when that reads as a headline (short, no
 * closing full stop), otherwise the opening words of its first sentence, marked as cut with "…".
 */
export function inferTitle(text: string, paragraphs: Span[]): string {
  const body = paragraphs.map((p) => text.slice(p.start, p.end)).filter((p) => !isBoilerplate(p));
  const first = body[0] ?? "";
  if (first.length > 0 && first.length <= 160 && !/[.!?”"’]$/.test(first) && !first.includes("\n")) return first;
  const words = first.replace(/\s+/g, " ").split(" ");
  if (words.length <= MAX_TITLE_WORDS) return words.join(" ");
  return words.slice(0, MAX_TITLE_WORDS).join(" ").replace(/[,;:—–-]+$/, "") + "…";
}

/**
 * The publication date a text states in its dateline ("Posted on January 18, 2018"): a full date, with
 * its year written out, in one of the short lines before the story. Dates inside the story are events,
 * not publication, and are never taken; a date without a year is never completed by guessing.
 */
export function inferPublished(text: string, paragraphs: Span[]): string | null {
  for (const p of paragraphs.slice(0, 6)) {
    const line = text.slice(p.start, p.end);
    if (line.length > 120) continue;
    for (const r of chrono.parse(line)) {
      const s = r.start;
      const dateline = /^(?:posted|published|updated|dated|by|on)\b/i.test(line) || r.text.length >= line.length * 0.5;
      if (dateline && s.isCertain("year") && s.isCertain("month") && s.isCertain("day")) {
        return isoDate(s.get("year")!, s.get("month")!, s.get("day")!);
      }
    }
  }
  return null;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "By Jane Doe and John Roe": capitalized names, joined by "and" or commas, after a line's opening "By". */
const BYLINE = /^(?:By|BY|by)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+(?:(?:,\s*|\s+and\s+)(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)*)/u;

/**
 * Who wrote a text, from its byline: a short line before the story that opens with "By" and a name
 * ("By Sarah Archer", "By JANE DOE | Staff writer"), else a credit in brackets at its end. None when
 * the story has neither.
 */
export function inferByline(text: string, paragraphs: Span[]): string | null {
  for (const p of paragraphs.slice(0, 6)) {
    const line = text.slice(p.start, p.end).trim();
    if (line.length > 100) continue;
    const name = BYLINE.exec(line)?.[1];
    if (name) return name;
  }
  // Or a credit in brackets at the story's end: "(Klarize Medenilla/AJPress)", "(Reporting by Will Dunham; Editing by Tom Brown)".
  for (const p of paragraphs.slice(-3).reverse()) {
    const credit = CREDIT.exec(text.slice(p.start, p.end).trim())?.[1];
    if (credit) return credit;
  }
  return null;
}

/** A writer's credit in brackets closing a story: a name, then the paper after a slash, or the editing after a semicolon. */
const CREDIT = /\((?:Reporting by\s+|By\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\/[\p{L}\s.&]+|;[^)]*)?\)\s*$/u;

/** What some pages put where the byline goes: a date or a time stamp. */
const DATED = new RegExp(`^(?:${alternation([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, "updated", "posted", "published"])})\\b`, "i");

/**
 * A byline as people write it: "By " dropped, a date run into it cut off ("Lucas Nolan22 Dec
 * 2016"), a capitalized name run into the next block's words parted ("JILL LAWLESSAssociated Press");
 * a date or timestamp some pages put there alone is not one.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  const b = (raw ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\b([A-Z]{2,})([A-Z][a-z])/g, "$1, $2")
    .replace(/^by\s+/i, "")
    .replace(/\s*\d.*$/, "")
    .replace(/[\s,|–—-]+$/, "");
  if (!b || /^https?:/.test(b) || DATED.test(b)) return null;
  return b;
}
