import type { Knowledge } from "../index/knowledge.js";
import type { QuestionStore } from "../state/shared.js";
import type { Platform } from "./messages.js";

/**
 * Autocomplete for a partly typed question: "who is" the people, then "what is" the organisations whose
 * names have a word starting with it (most mentioned first), then questions asked in public on the
 * same platform and server. With nothing to offer, what was typed, so the asker can still send it.
 */
export async function suggestQuestions(kb: Knowledge, questions: QuestionStore, prefix: string, limit: number, where?: { platform: Platform; server?: string }): Promise<string[]> {
  const p = prefix.trim().toLowerCase();
  const out = new Set<string>();
  const byMentions = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  const matches = (e: { aliases: string[] }) => !p || e.aliases.some((a) => a.toLowerCase().split(/\s+/).some((w) => w.startsWith(p)) || a.toLowerCase().startsWith(p));
  for (const e of byMentions) if (out.size < limit && e.kind === "person" && matches(e)) out.add(`who is ${e.name}`);
  for (const e of byMentions) if (out.size < limit && e.kind !== "person" && matches(e)) out.add(`what is ${e.name}`);
  if (where) for (const q of await questions.popularIn(where.platform, where.server, p, limit)) if (out.size < limit) out.add(q);
  if (p && !out.size) out.add(prefix.trim());
  return [...out];
}
