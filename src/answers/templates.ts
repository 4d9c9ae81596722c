import { readFileSync } from "node:fs";
import { join } from "node:path";
import Mustache from "mustache";
import { SanctuaryError, messageOf } from "../errors.js";

/** Each template, the fields it may use, and the fields of the items of each list it may loop over. */
export const TEMPLATE_FIELDS = {
  who: { fields: ["name", "roles", "quote", "title", "published", "question"], lists: {} },
  what: { fields: ["subject", "quote", "title", "published", "question"], lists: {} },
  when: { fields: ["date", "quote", "title", "published", "question"], lists: {} },
  where: { fields: ["place", "quote", "title", "published", "question"], lists: {} },
  howmany: { fields: ["figure", "quote", "title", "published", "question"], lists: {} },
  quote: { fields: ["speaker", "topic", "question"], lists: { quotes: ["n", "text", "title", "published"] } },
  search: { fields: ["question"], lists: { quotes: ["n", "text", "title", "published"] } },
  noanswer: { fields: ["question", "documents", "reason", "unknown"], lists: {} },
  help: { fields: ["documents", "examples", "latest", "people"], lists: {} },
  digest: {
    fields: ["date", "count", "latest", "questions", "unanswered_count", "helpful", "not_helpful", "mentioned"],
    lists: { documents: ["title", "published", "url", "lead"], unanswered: ["question"] },
  },
} as const satisfies Record<string, { fields: readonly string[]; lists: Record<string, readonly string[]> }>;

export type TemplateName = keyof typeof TEMPLATE_FIELDS;
export type View = Record<string, unknown>;

/** The answer templates, checked once at start-up. */
export interface Templates {
  render(name: TemplateName, view: View): string;
}

type Token = [string, string, number, number, Token[]?];

/**
 * Reads prompts/<name>.md for every template and checks that each uses only the fields it is given.
 * Throws naming the file, the unknown field and the known ones.
 *
 * @example loadTemplates("./prompts").render("who", { name: "Thomas Homan", roles: "ICE Deputy Director" })
 */
export function loadTemplates(dir: string): Templates {
  const sources = new Map<TemplateName, string>();
  for (const name of Object.keys(TEMPLATE_FIELDS) as TemplateName[]) {
    const file = join(dir, `${name}.md`);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      throw new SanctuaryError("template_missing", `PROMPTS_DIR: cannot read template ${name}.md in ${dir} (${messageOf(err)}); restore it from the repository`);
    }
    let tokens: Token[];
    try {
      tokens = Mustache.parse(text) as Token[];
    } catch (err) {
      throw new SanctuaryError("template_invalid", `PROMPTS_DIR: template ${name}.md is not valid mustache (${messageOf(err)}); check its {{ }} pairs`);
    }
    checkFields(name, tokens);
    sources.set(name, text);
  }
  return {
    render(name, view) {
      const out = Mustache.render(sources.get(name)!, view, {}, { escape: (s: unknown) => String(s) });
      return out
        .split("\n")
        .map((l) => l.trimEnd())
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim();
    },
  };
}

function checkFields(name: TemplateName, tokens: Token[]): void {
  const spec = TEMPLATE_FIELDS[name];
  const lists = spec.lists as Record<string, readonly string[]>;
  const known = [...spec.fields, ...Object.keys(lists)];
  const visit = (list: Token[], scope: readonly string[] | null) => {
    for (const t of list) {
      const [type, field] = t;
      if (type === ">") throw new SanctuaryError("template_invalid", `PROMPTS_DIR: template ${name}.md uses a partial {{> ${field}}}; partials are not supported, write the text in place`);
      if (!["name", "&", "#", "^"].includes(type)) continue;
      const allowed = scope ? [...scope, ".", ...known] : known;
      if (!allowed.includes(field)) {
        const list = scope ? `${scope.join(", ")} (inside the list) and ${known.join(", ")}` : known.join(", ");
        throw new SanctuaryError("template_unknown_field", `PROMPTS_DIR: template ${name}.md uses unknown field {{${field}}}; known: ${list}`);
      }
      if ((type === "#" || type === "^") && t[4]) visit(t[4], lists[field] ?? scope);
    }
  };
  visit(tokens, null);
}
