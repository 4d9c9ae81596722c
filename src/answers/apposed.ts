import type { Sentence } from "../corpus/load.js";
import { escapeRegExp } from "../entities/extract.js";
import type { Knowledge } from "../index/knowledge.js";

/**
 * The person a passage sets beside what a question asks, set off by a comma: "who is the NYAG" is
 * answered by "the office of the NYAG, Letitia James", or by "Letitia James, the NYAG,". A name,
 * acronym or office the articles never give as anyone's role may still be written so beside its
 * holder. The asked words are matched whole, and as the acronym or long form the articles bracket
 * ("The New York State Attorney General (NYAG)"). Only the passages given are read: the best for the question.
 */
export function personApposedTo(kb: Knowledge, subject: string, passages: Sentence[]): { name: string; sentence: Sentence } | null {
  const asked = unquoted(subject.replace(/^(?:the|a|an)\s+/i, "").trim());
  if (!asked) return null;
  const forms = [asked, ...spelledOtherwise(kb, asked)].map(escapeRegExp).join("|");
  const before = new RegExp(`(?:^|[^\\p{L}])(?:${forms}),\\s+$`, "iu");
  const after = new RegExp(`^,\\s+(?:the\\s+)?(?:${forms})(?![\\p{L}])`, "iu");
  for (const sentence of passages) {
    for (const person of kb.mentions.get(sentence.id) ?? []) {
      if (person.kind !== "person") continue;
      for (const alias of person.aliases) {
        const at = sentence.text.indexOf(alias);
        if (at < 0) continue;
        if (before.test(unquoted(sentence.text.slice(Math.max(0, at - APPOSED_REACH), at))) || after.test(unquoted(sentence.text.slice(at + alias.length)))) return { name: person.name, sentence };
      }
    }
  }
  return null;
}

/** A text without quotation marks and apostrophes: "The embryos’ “trustee,” James Charbonnet" sets the embryos trustee beside the name. */
function unquoted(text: string): string {
  return text.replace(/[“”"‘’']/g, "");
}

/** Characters before a name searched for the asked words set off by its comma. */
const APPOSED_REACH = 120;

/** The acronym's long form, or the long form's acronym, as the articles bracket them. */
function spelledOtherwise(kb: Knowledge, asked: string): string[] {
  const long = kb.acronyms.get(asked.toUpperCase());
  if (long) return [long];
  const folded = asked.toLowerCase();
  return [...kb.acronyms].filter(([, l]) => l.toLowerCase() === folded).map(([short]) => short);
}
