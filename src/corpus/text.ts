import sbd from "sbd";

/** A half-open range of characters [start, end) in a document's original text. */
export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that end a "sentence" in sbd's eyes but never end one in news copy; initials too, run together ("J.J. Abrams"). */
const TRAILING_ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:U\.S|U\.N|U\.K|D\.C|L\.A|Atty|Dept|Gen|Gov|Sen|Rep|Lt|Sgt|Capt|Col|Supt|Asst|Assoc|Prof|Cmdr|Det|Insp|Rev|Adm|Maj|Brig|Msgr|Rt|Hon|Sens|Reps|Mt|Ft|Mr|Mrs|Ms|Dr|Jr|Sr|St|No|Inc|Corp|Co|Ltd|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|(?:[A-Z]\.)*[A-Z])\.[’'"”]?$/;

/** How a sentence ends: its stop, then any closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["'”’)\]]*\s*$/;

/** Lines of page furniture that are text but say nothing: never quoted, never answered from. */
const BOILERPLATE = [
  /^press\s+["“]?enter["”]?\s+to\s+skip/i,
  /^skip to (main )?content$/i,
  /^posted\s+(by|on)\b/i,
  /^categories?\s*:/i,
  /^tags?\s*:/i,
  /^photo\s*:/i,
  /^image\s*:/i,
  /^source\s+link\.?$/i,
  /^(read more|advertisement|share this( article)?|related( articles)?)\.?$/i,
  // A link to another story: "Related: Possible Water Plumes on Europa", "READ MORE: …", "See also: …".
  /^(?:related( articles?| stories| coverage)?|read more|read also|see also|more|watch|listen)\s*:\s+\S/i,
  /^\([^()]{2,60}\/[^()]{2,60}\)$/,
];

/** Whether a paragraph or sentence is page furniture rather than reporting. */
export function isBoilerplate(text: string): boolean {
  const t = text.trim();
  return t.length === 0 || BOILERPLATE.some((re) => re.test(t));
}

const TERMINAL = /[.!?:;”"’')\]]\s*$/;

/**
 * Paragraphs of a text, as spans of the original. Hard wraps inside a sentence are recognised (a long
 * line that stops mid-sentence, or a line followed by one that starts in lower case) and kept inside
 * one paragraph; every other line break or blank line ends a paragraph.
 */
export function paragraphSpans(text: string): Span[] {
  const lines: Span[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const usesBlankLines = /\n[ \t\u00a0]*\n/.test(text);
  const out: Span[] = [];
  let current: Span | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = text.slice(lines[i].start, lines[i].end);
    if (raw.trim() === "") {
      current = null;
      continue;
    }
    const lead = raw.length - raw.trimStart().length;
    const span = { start: lines[i].start + lead, end: lines[i].end - (raw.length - raw.trimEnd().length) };
    if (current) {
      const prev = text.slice(current.start, current.end);
      const next = text.slice(span.start, span.end);
      const softWrap = !TERMINAL.test(prev) && (/^[a-z]/.test(next) || (usesBlankLines && lastLineLength(prev) > 60));
      if (softWrap) {
        current.end = span.end;
        continue;
      }
    }
    current = { ...span };
    out.push(current);
  }
  return out;
}

function lastLineLength(s: string): number {
  return s.length - s.lastIndexOf("\n") - 1;
}

/** A piece ending in one capital letter and "!": a name so written ("a report by E! | News"), no exclamation. */
const LETTER_EXCLAIMED = /(?:^|[\s(])\p{Lu}!\s*$/u;
/**
 * A piece that opens with a lower-case word ("front trunk, or …"), not a name written so ("iPhone",
 * "eBay"), or with a dash before one ("Beverly Hills, Calif. — where the embryos …"): an aside goes on.
 */
const OPENS_LOWER = /^(?:[“"‘'(]|[—–]\s*)?\p{Ll}[\p{Ll}'’-]*(?=[\s,;:])/u;

/**
 * Sentences of one paragraph as spans of the original text. sbd finds the boundaries; they are then
 * mapped back onto the original characters, so a sentence is always an exact slice.
 */
export function sentenceSpans(text: string, paragraph: Span): Span[] {
  const para = text.slice(paragraph.start, paragraph.end);
  const pieces = sbd.sentences(para.replace(/\s/g, " "), { preserve_whitespace: true, newline_boundaries: false });
  const spans = mapBack(para, pieces);
  if (!spans) return [{ ...paragraph }];
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    const before = last ? para.slice(last.start, last.end) : "";
    // sbd may part a sentence where no full stop is ("the Dow Jones Industrial Average .DJI | fell 102.2 points"),
    // or after an abbreviation it does not know, before a word no sentence opens with ("2.1 cu.ft. | front trunk"),
    // or after a name written with "!" ("E! News").
    if (last && (TRAILING_ABBREVIATION.test(before) || !SENTENCE_END.test(before) || OPENS_LOWER.test(para.slice(s.start, s.end)) || LETTER_EXCLAIMED.test(before))) last.end = s.end;
    else merged.push({ ...s });
  }
  return merged.flatMap((s) => runOnParts(para, s)).map((s) => ({ start: s.start + paragraph.start, end: s.end + paragraph.start }));
}

/**
 * A full stop with no space after it, between a word in lower case (or capitalized, "Trump.An elector")
 * and a capitalized one ("where he worked as a chief physician.Police arrested …"): pages whose markup
 * lost the space between two paragraphs.
 * Not in a web address or a dotted name ("jpost.com", "Node.js", "U.S.").
 */
const RUN_ON_STOP = /(?<![\p{L}\p{N}.@/])\p{Lu}?\p{Ll}{2,}\.(?=\p{Lu}\p{Ll}+[\s,;:])/gu;

/**
 * A lone capital's full stop before a word of grammar: sbd reads every lone capital as an initial
 * ("Michael J. Fox"), but no surname is "The", so "… to win Group D. The day before, …" is two sentences.
 */
const LETTER_STOP = /(?<=(?:^|[\s(“"‘'])[A-Z]\.)\s+(?=[“"‘']?(?:The|A|An|In|On|At|It|He|She|They|We|This|That|These|Those|But|And|Its|His|Her|Their|There|After|Before|When|While|If)\s)/g;

function runOnParts(para: string, span: Span): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  const text = para.slice(span.start, span.end);
  // A capitalized word may end the sentence ("… other than Trump.An elector …"), but not a title's abbreviation ("Gov.Abbott").
  const stops = [...[...text.matchAll(RUN_ON_STOP)].filter((m) => !TRAILING_ABBREVIATION.test(m[0])).map((m) => ({ end: m.index! + m[0].length, next: m.index! + m[0].length })), ...[...text.matchAll(LETTER_STOP)].map((m) => ({ end: m.index!, next: m.index! + m[0].length }))].sort((a, b) => a.end - b.end);
  for (const stop of stops) {
    parts.push({ start, end: span.start + stop.end });
    start = span.start + stop.next;
  }
  parts.push({ start, end: span.end });
  return parts;
}

/** Matches each piece to the original by its non-space characters; null when sbd changed any. */
function mapBack(para: string, pieces: string[]): Span[] | null {
  const spans: Span[] = [];
  let pos = 0;
  for (const piece of pieces) {
    const chars = piece.replace(/\s+/g, "");
    if (!chars) continue;
    while (pos < para.length && /\s/.test(para[pos])) pos++;
    const start = pos;
    let k = 0;
    while (pos < para.length && k < chars.length) {
      if (!/\s/.test(para[pos])) {
        if (para[pos] !== chars[k]) return null;
        k++;
      }
      pos++;
    }
    if (k < chars.length) return null;
    spans.push({ start, end: pos });
  }
  return spans;
}

/**
 * Whether a line is written in title case, as a headline set inside a page is ("'We Got Her!' Video
 * Shows Dramatic Rescue of Kidnapped Girl"): its capitals are the headline's, and name no one.
 */
export function writtenInTitleCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= TITLE_CASE_MIN_WORDS && long.every((w) => /^\p{Lu}/u.test(w));
}
/** Words of four letters or more a title-case line has at least: "Joe Biden" is a name, not a headline. */
const TITLE_CASE_MIN_WORDS = 4;
