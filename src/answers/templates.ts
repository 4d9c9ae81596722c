import { readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import Mustache from "mustache";
import { SanctuaryError, messageOf } from "../errors.js";

/** Each template, the fields it may use, and the fields of the items of each list it may loop over. */
export const TEMPLATE_FIELDS = {
  who: { fields: ["name", "roles", "quote", "title", "published", "question"], lists: {} },
  what: { fields: ["subject", "quote", "title", "published", "question"], lists: {} },
  when: { fields: ["date", "as_of", "quote", "title", "published", "question"], lists: {} },
  where: { fields: ["place", "quote", "title", "published", "question"], lists: {} },
  howmany: { fields: ["figure", "quote", "title", "published", "question"], lists: {} },
  which: { fields: ["name", "kind", "quote", "title", "published", "question"], lists: {} },
  byline: { fields: ["byline", "credited", "title", "source", "published", "question"], lists: {} },
  quote: { fields: ["speaker", "topic", "question"], lists: { quotes: ["n", "text", "title", "published"] } },
  search: { fields: ["question"], lists: { quotes: ["n", "text", "title", "published"] } },
  noanswer: { fields: ["question", "documents", "reason", "unknown"], lists: {} },
  help: { fields: ["documents", "examples", "latest", "people"], lists: {} },
  digest: {
    fields: ["date", "count", "latest", "questions", "unanswered_count", "unanswered_unquoted", "helpful", "not_helpful", "mentioned", "polled", "polls", "poll_feeds", "poll_added", "poll_updated", "poll_unchanged", "poll_failed"],
    lists: { documents: ["title", "published", "url", "lead"], unanswered: ["question"] },
  },
} as const satisfies Record<string, { fields: readonly string[]; lists: Record<string, readonly string[]> }>;

export type TemplateName = keyof typeof TEMPLATE_FIELDS;

/** Each chat notice (prompts/notices.yml) and the fields it may use. */
export const NOTICE_FIELDS = {
  empty_mention: [],
  not_mine: [],
  answer_gone: [],
  share_not_yours: [],
  shared: [],
  feedback_recorded: [],
  limited: ["seconds", "plural"],
  too_long: ["length", "max"],
  error: ["errorId"],
  digest_moderators_only: ["digest"],
  digest_posting: [],
  button_post: [],
  button_helpful: [],
  button_not_helpful: [],
  closest_passages: [],
  quotes_verbatim: [],
  add_moderators_only: [],
  adding: ["url"],
  added: ["title", "published", "sentences", "url"],
  updated: ["title", "published", "sentences", "url"],
  already_held: ["title", "published", "url"],
  add_failed: ["reason"],
} as const satisfies Record<string, readonly string[]>;

export type NoticeName = keyof typeof NOTICE_FIELDS;
export type View = Record<string, unknown>;

/** The answer templates, checked once at start-up. */
export interface Templates {
  render(name: TemplateName, view: View): string;
  /** A chat notice from prompts/notices.yml. */
  notice(name: NoticeName, view?: View): string;
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
  const notices = loadNotices(dir);
  return {
    notice(name, view = {}) {
      return Mustache.render(notices.get(name)!, view, {}, { escape: (s: unknown) => String(s) }).trim();
    },
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

/** Reads prompts/notices.yml: every notice present, a string, using only its own fields. */
function loadNotices(dir: string): Map<NoticeName, string> {
  const file = join(dir, "notices.yml");
  let parsed: unknown;
  try {
    parsed = yaml.safeLoad(readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA });
  } catch (err) {
    throw new SanctuaryError("template_missing", `PROMPTS_DIR: cannot read notices.yml in ${dir} (${messageOf(err)}); restore it from the repository`);
  }
  const table = (parsed && typeof parsed === "object" ? parsed : {}) as Record<string, unknown>;
  const out = new Map<NoticeName, string>();
  for (const [name, fields] of Object.entries(NOTICE_FIELDS) as Array<[NoticeName, readonly string[]]>) {
    const text = table[name];
    if (typeof text !== "string" || !text.trim()) {
      throw new SanctuaryError("template_missing", `PROMPTS_DIR: notices.yml lacks the notice ${name} (got ${JSON.stringify(text ?? null)}); add a line such as ${name}: "…"`);
    }
    let tokens: Token[];
    try {
      tokens = Mustache.parse(text) as Token[];
    } catch (err) {
      throw new SanctuaryError("template_invalid", `PROMPTS_DIR: notice ${name} in notices.yml is not valid mustache (${messageOf(err)}); check its {{ }} pairs`);
    }
    const unknown = tokens.find(([type, field]) => ["name", "&", "#", "^"].includes(type) && !fields.includes(field));
    if (unknown) throw new SanctuaryError("template_unknown_field", `PROMPTS_DIR: notice ${name} in notices.yml uses unknown field {{${unknown[1]}}}; known: ${fields.join(", ") || "none"}`);
    out.set(name, text);
  }
  return out;
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
