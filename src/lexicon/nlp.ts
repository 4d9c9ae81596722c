import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { createRequire } from "node:module";
import { pushTo } from "../collections.js";

/** A word as wink-nlp reads it in context: its part of speech (Universal POS) and its lemma. */
export interface Tagged {
  text: string;
  lower: string;
  pos: string;
  lemma: string;
  /** Where the word starts in the text tagged. */
  at: number;
}

let nlp: WinkMethods | null = null;

/** wink-nlp with its English model, loaded on first use (about 170 ms and 50 MB, once per process). */
function engine(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/**
 * Parts of speech and lemmas of a short text (a question, a passage): "When did Homan leave ICE?" →
 * leave/VERB/leave, … Punctuation is dropped.
 *
 * @example tag("who replaced Sessions").map((t) => t.lemma) // ["who", "replace", "session"]
 */
export function tag(text: string): Tagged[] {
  const doc = engine().readDoc(text);
  const its = engine().its;
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const out: Tagged[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    // wink gives tokens, not offsets: each is found after the one before (a token it rewrote stays where the last one ended).
    const found = text.indexOf(values[i], cursor);
    const at = found < 0 ? cursor : found;
    if (found >= 0) cursor = found + values[i].length;
    if (pos[i] === "PUNCT" || pos[i] === "SYM" || pos[i] === "SPACE") continue;
    out.push({ text: values[i], lower: values[i].toLowerCase(), pos: pos[i], lemma: lemmas[i].toLowerCase(), at });
  }
  return out;
}

const require = createRequire(import.meta.url);
let irregular: Record<"verb" | "noun", Map<string, string[]>> | null = null;

/**
 * The irregular forms of a lemma ("leave" → "left"; "bear" → "bore", "born", "borne"; "child" →
 * "children"), from the WordNet exception lists wink's model ships. Regular ones share a stem.
 */
export function inflections(lemma: string, cls: "verb" | "noun" | "adj" | "adv"): string[] {
  if (cls !== "verb" && cls !== "noun") return [];
  irregular ??= { verb: reverse(require("wink-eng-lite-web-model/dist/wn-verb-exceptions.js")), noun: reverse(require("wink-eng-lite-web-model/dist/wn-noun-exceptions.js")) };
  return irregular[cls].get(lemma) ?? [];
}

/**
 * The regular endings of a word, for comparing whole words where stems would collide: "payment" →
 * payments; "grow" → grows, growed (harmless), growing.
 */
export function regularForms(word: string): string[] {
  const stem = word.replace(/e$/, "");
  return [`${word}s`, `${word}es`, word.replace(/y$/, "ies"), `${word}d`, `${word}ed`, `${stem}ing`, `${word}ing`];
}

/** A word in every form it may be written in: itself, its irregular forms and its regular endings ("leave": left, leaves, leaving …). */
export function wordForms(word: string, cls: "verb" | "noun" | "adj" | "adv"): string[] {
  return [word, ...inflections(word, cls), ...regularForms(word)];
}

let irregularForms: Record<"verb" | "noun", Record<string, string>> | null = null;

/** The lemma of an irregular form ("children" → child, "left" → leave), from the same exception lists; undefined for a regular one. */
export function irregularLemma(form: string, cls: "verb" | "noun"): string | undefined {
  irregularForms ??= { verb: require("wink-eng-lite-web-model/dist/wn-verb-exceptions.js"), noun: require("wink-eng-lite-web-model/dist/wn-noun-exceptions.js") };
  return Object.hasOwn(irregularForms[cls], form) ? irregularForms[cls][form] : undefined;
}

function reverse(exceptions: Record<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [form, lemma] of Object.entries(exceptions)) {
    pushTo(out, lemma, form);
  }
  return out;
}
