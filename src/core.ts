import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { answerQuestion, type Answer, type Source } from "./answers/answer.js";
import { loadTemplates, type NoticeName, type Templates, type View } from "./answers/templates.js";
import type { Config } from "./config.js";
import { loadCorpus, type CacheUse, type CorpusProblem } from "./corpus/load.js";
import { buildDigest, dayIn, type Digest } from "./digest/digest.js";
import { QuestionLog, type LoggedQuestion } from "./state/questions.js";
import { RateLimiter } from "./state/ratelimit.js";
import { RecentMap } from "./state/recent.js";
import { CacheWrites } from "./state/caches.js";
import { SanctuaryError } from "./errors.js";
import { buildKnowledge, type Knowledge } from "./index/knowledge.js";
import type { Logger } from "./log.js";
import { addTarget, parseCommand } from "./questions/parse.js";
import { ingesterFor, type Ingester } from "./ingest/ingester.js";
import { pollsOn } from "./state/polls.js";

export type Platform = "slack" | "discord" | "console" | "cli";

/** A chat event, as every adapter translates it: who asked, where, and what they typed. */
export interface Request {
  platform: Platform;
  user: { id: string; name?: string; moderator: boolean };
  /** Where the request was made; replies to "post" go there. */
  channel?: string;
  /** The workspace (Slack team id) or server (Discord guild id); none in a DM. */
  server?: string;
  /**
   * Whether others in a shared channel can read the question as the user typed it (a mention, a
   * thread reply); not a DM, not a slash command. Only such questions are ever suggested to others.
   */
  public?: boolean;
  /** A direct message (or a command typed in one): its questions are counted in digests, never quoted. */
  direct?: boolean;
  /** A thread, reply chain or DM: follow-up questions are read in its context. */
  conversation?: string;
  text: string;
}

/**
 * Who a reply is for: the person who asked alone, everyone in the conversation it was asked in (the
 * thread, the DM, the channel a command was typed in), or the whole channel (a digest). Each platform
 * maps it to its own means in one table (`adapters/delivery.ts`).
 */
export type Audience = "asker" | "conversation" | "channel";

/** A button the adapter may render under a reply. */
export type Action = "post_to_channel" | "feedback";

/** What the buttons say, from the notices, so no adapter words them itself. */
export interface ButtonLabels {
  post: string;
  helpful: string;
  notHelpful: string;
}

/** What the core answers: plain data that each adapter renders in its platform's format. */
export interface Reply {
  kind: "answer" | "noanswer" | "help" | "digest" | "added" | "progress" | "refusal" | "invalid" | "limited" | "error";
  /** Plain text, no platform markup. */
  text: string;
  sources: Source[];
  audience: Audience;
  /** On `limited`: how long until the asker may ask again. */
  retryAfterMs?: number;
  /** A line about the quotes (closest passages, not an answer; quotes are verbatim), from the notices. */
  note?: string;
  actions: Action[];
  /** Present whenever `actions` is not empty. */
  labels?: ButtonLabels;
  /** For feedback and "post to channel": which logged question this answers. */
  questionId?: string;
  /** Present on errors: the id also written to the log. */
  errorId?: string;
  /** On an answer shared to the channel: the user id of the person who asked, shown above it. */
  askedBy?: string;
  answer?: Answer;
  digest?: Digest;
}

/** The port every chat platform plugs into (after bolt-js's Receiver). */
export interface ChatAdapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts a reply (the scheduled digest) into a channel, publicly. */
  postToChannel?(channel: string, reply: Reply): Promise<void>;
}

export interface Core {
  /** Answers a chat request: a question, help, a digest, or a moderator's `add URL`. Never throws. */
  handle(request: Request): Promise<Reply>;
  /**
   * What to show at once while a request that takes seconds (fetching an article for `add URL`) is
   * worked on; null for one answered at once. Adapters that must acknowledge within seconds show it,
   * then send what `handle` returns.
   */
  pending(request: Request): Reply | null;
  /** Answers one question (the `ask` command and `ask --json`); `explain` adds every ranking feature of the top passages. */
  ask(question: string, conversation?: string, options?: { explain?: boolean }): Answer;
  /** The digest of a day (default: today in DIGEST_TIMEZONE). */
  digest(date?: string): Digest;
  help(): string;
  /** A chat notice from the catalogue (prompts/notices.yml), for what adapters say on their own. */
  notice(name: NoticeName, view?: View): string;
  /**
   * Suggestions for a partly typed question (autocomplete): people and organisations, and answered
   * questions asked in public on the same platform and server (`where`), never from a DM.
   */
  suggest(prefix: string, limit?: number, where?: { platform: Platform; server?: string }): string[];
  /**
   * "Post to channel": the very answer the person was shown, for everyone in its conversation, with
   * who asked. Not a new question (nothing is asked again, counted or rate-limited); a
   * private notice when the answer is no longer held or was shown to someone else.
   */
  share(questionId: string, by: { platform: Platform; userId: string }): Reply;
  /** Records a helpful / not helpful vote, one per person per question. */
  feedback(questionId: string, user: string, helpful: boolean): boolean;
  /** A logged question, for "post to channel" and feedback. */
  question(questionId: string): LoggedQuestion | undefined;
  /** Reads the question log now, before requests arrive, instead of at the first digest, vote or suggestion. */
  readQuestionLog(): void;
  /**
   * Re-reads the corpus and swaps the new index in; answers go on from the old one meanwhile. With
   * `cachedOnly` (the watcher, after a background build) nothing is built here: when the saved index
   * is not the current corpus's, it throws `index_not_built` and the old index stays.
   */
  reload(options?: CacheUse): { documents: number; problems: CorpusProblem[] };
  readonly knowledge: Knowledge;
  readonly problems: CorpusProblem[];
  /** Fetches articles for `add URL`; the feed schedule polls through it too, so one site's spacing and robots.txt are kept once. */
  readonly ingester: Ingester;
}

/** How much the core remembers between requests, each the most recent first. */
const MEMORY = {
  /** Conversations whose subject a follow-up ("what did he say?") is read against. */
  followUps: 500,
  /** Private answers that can still be posted to the channel (a few KB each). */
  shareable: 1_000,
};

/**
 * Loads the corpus and templates, builds (or loads) the index and returns the query core.
 * Throws a SanctuaryError when the corpus is missing or empty or a template is invalid.
 *
 * @example const core = createCore(loadConfig(), createLogger()); core.ask("who is Homan").answer
 */
export function createCore(config: Config, log: Logger, clock: { now(): number } = Date): Core {
  const templates: Templates = loadTemplates(config.promptsDir);
  let kb = loadKnowledge(config, log);
  const subjects = new RecentMap<string>(MEMORY.followUps);
  const perUser = new RateLimiter(config.rateLimit.perUser, 60_000, () => clock.now());
  const perChannel = new RateLimiter(config.rateLimit.perChannel, 60_000, () => clock.now());
  const questions = new QuestionLog(config.dataDir, log);

  const remember = (conversation: string | undefined, subject: string | undefined) => {
    if (!conversation || !subject) return;
    subjects.set(conversation, subject);
  };
  const shareable = new RecentMap<{ reply: Reply; platform: Platform; userId: string }>(MEMORY.shareable);
  const ingester = ingesterFor(config, log);
  const labels: ButtonLabels = { post: templates.notice("button_post"), helpful: templates.notice("button_helpful"), notHelpful: templates.notice("button_not_helpful") };

  const ask = (text: string, conversation?: string, options: { explain?: boolean } = {}): Answer => {
    const answer = answerQuestion(kb, templates, text, { subject: conversation ? subjects.get(conversation) : undefined }, options);
    remember(conversation, answer.subject);
    return answer;
  };

  const core: Core = {
    get knowledge() {
      return kb;
    },
    get problems() {
      return kb.corpus.problems;
    },
    ingester,
    ask,
    notice: (name, view) => templates.notice(name, view),
    help() {
      const people = kb.entities
        .filter((e) => e.kind === "person")
        .sort((a, b) => b.mentions.length - a.mentions.length)
        .slice(0, 5)
        .map((e) => e.name);
      const latest = kb.corpus.docs.map((d) => d.published).filter(Boolean).sort().pop() ?? "";
      return templates.render("help", { documents: kb.corpus.docs.length, latest, people: people.join(", "), examples: "" });
    },
    digest(date) {
      const day = date ?? dayIn(config.digest.timeZone);
      return buildDigest(kb, templates, day, questions.day(day), { quoteQuestions: config.digest.quoteQuestions, polls: pollsOn(config.dataDir, day, log) });
    },
    suggest(prefix, limit = 10, where) {
      const p = prefix.trim().toLowerCase();
      const out = new Set<string>();
      const people = kb.entities.filter((e) => e.kind === "person").sort((a, b) => b.mentions.length - a.mentions.length);
      const orgs = kb.entities.filter((e) => e.kind !== "person").sort((a, b) => b.mentions.length - a.mentions.length);
      const matches = (e: { aliases: string[] }) => !p || e.aliases.some((a) => a.toLowerCase().split(/\s+/).some((w) => w.startsWith(p)) || a.toLowerCase().startsWith(p));
      for (const e of people) if (out.size < limit && matches(e)) out.add(`who is ${e.name}`);
      for (const e of orgs) if (out.size < limit && matches(e)) out.add(`what is ${e.name}`);
      if (where) for (const q of questions.popularIn(where.platform, where.server, p, limit)) if (out.size < limit) out.add(q);
      if (p && !out.size) out.add(prefix.trim());
      return [...out];
    },
    readQuestionLog() {
      questions.open();
    },
    share(questionId, by) {
      const shown = shareable.get(questionId);
      if (!shown) return reply("refusal", templates.notice("answer_gone"));
      if (shown.platform !== by.platform || shown.userId !== by.userId) return reply("refusal", templates.notice("share_not_yours"));
      log.info({ platform: by.platform, questionId }, "answer shared to the channel");
      return { ...shown.reply, audience: "conversation", actions: ["feedback"], askedBy: by.userId };
    },
    feedback(questionId, user, helpful) {
      return questions.vote(questionId, user, helpful);
    },
    question(questionId) {
      return questions.get(questionId);
    },
    reload(options) {
      const next = loadKnowledge(config, log, options);
      kb = next;
      return { documents: next.corpus.docs.length, problems: next.corpus.problems };
    },
    pending(request) {
      const url = request.user.moderator ? addTarget(request.text) : null;
      return url ? reply("progress", templates.notice("adding", { url })) : null;
    },
    async handle(request) {
      try {
        return await handleRequest(request);
      } catch (err) {
        const errorId = randomUUID().slice(0, 8);
        log.error({ errorId, platform: request.platform, err }, "request failed");
        return reply("error", templates.notice("error", { errorId }), { errorId });
      }
    },
  };

  async function addArticle(url: string, request: Request): Promise<Reply> {
    if (!request.user.moderator) return reply("refusal", templates.notice("add_moderators_only"));
    try {
      const stored = await ingester.ingestUrl(url);
      log.info({ platform: request.platform, url, status: stored.status, doc: stored.doc }, "article added from chat");
      const view = { title: stored.title, published: stored.published ?? "", sentences: stored.sentences, url: stored.url };
      const notice = stored.status === "added" ? "added" : stored.status === "updated" ? "updated" : "already_held";
      return reply("added", templates.notice(notice, view));
    } catch (err) {
      if (!(err instanceof SanctuaryError)) throw err;
      log.warn({ platform: request.platform, url, err }, "article not added");
      return reply("invalid", templates.notice("add_failed", { reason: err.message }));
    }
  }

  async function handleRequest(request: Request): Promise<Reply> {
    const wait = perUser.take(`${request.platform}:${request.user.id}`) || (request.channel ? perChannel.take(`${request.platform}:${request.channel}`) : 0);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      log.warn({ platform: request.platform, channel: request.channel }, "rate limit reached");
      return reply("limited", templates.notice("limited", { seconds, plural: seconds === 1 ? "" : "s" }), { retryAfterMs: wait });
    }
    const text = request.text.trim();
    if (text.length > config.maxQuestionLength) return reply("invalid", templates.notice("too_long", { length: text.length, max: config.maxQuestionLength }));
    // What is typed where others read it is answered where they read it; a command's answer follows ANSWER_VISIBILITY.
    const typedInPublic: Audience = request.public ? "conversation" : "asker";
    const command = parseCommand(text);
    switch (command.kind) {
      case "help":
        return reply("help", core.help(), { audience: typedInPublic });
      case "invalid":
        return reply("invalid", command.message);
      case "add":
        return addArticle(command.url, request);
      case "digest": {
        const digest = core.digest(command.date);
        if (!request.user.moderator) {
          return { ...reply("refusal", templates.notice("digest_moderators_only", { digest: digest.text })), digest };
        }
        return { ...reply("digest", digest.text), audience: "channel", digest };
      }
      case "question": {
        const answer = ask(command.question.text, request.conversation);
        const id = randomUUID();
        const now = new Date();
        questions.add({ id, at: now.toISOString(), day: dayIn(config.digest.timeZone, now), platform: request.platform, channel: request.channel, server: request.server, public: request.public === true, direct: request.direct === true, question: answer.question, answered: answer.answered, docs: answer.sources.map((s) => s.doc) });
        log.info({ platform: request.platform, channel: request.channel, questionId: id, answered: answer.answered, docs: answer.sources.map((s) => s.doc) }, "question answered");
        const answered: Reply = {
          ...reply(answer.answered ? "answer" : "noanswer", answer.answer, {}),
          sources: answer.sources,
          audience: answer.answered && config.answerVisibility === "public" ? "conversation" : typedInPublic,
          note: templates.notice(answer.answered ? "quotes_verbatim" : "closest_passages"),
          actions: answer.answered ? ["post_to_channel", "feedback"] : ["feedback"],
          labels,
          questionId: id,
          answer,
        };
        if (answered.audience === "asker" && answered.actions.includes("post_to_channel")) {
          shareable.set(id, { reply: answered, platform: request.platform, userId: request.user.id });
        }
        return answered;
      }
    }
  }

  return core;
}

/** A reply for the asker alone unless `extra` says otherwise. */
function reply(kind: Reply["kind"], text: string, extra: Partial<Reply> = {}): Reply {
  return { kind, text, sources: [], audience: "asker", actions: [], ...extra };
}

/**
 * Loads the corpus and builds (or loads) everything answers are drawn from, saving the caches; no
 * templates, no state. What `sanctuary index` runs, in a process of its own, when the corpus changes.
 */
export function loadKnowledge(config: Config, log: Logger, options: CacheUse = {}): Knowledge {
  const started = performance.now();
  const caches = new CacheWrites(log);
  const corpus = loadCorpus(config.corpusDir, join(config.dataDir, "index"), log, { ...options, caches });
  for (const p of corpus.problems) log.warn({ file: p.file, reason: p.reason }, `corpus: left out ${p.file}: ${p.reason}`);
  if (corpus.docs.length === 0) {
    const why = corpus.problems.length ? ` (${corpus.problems.length} file(s) could not be used: ${corpus.problems.map((p) => `${p.file}: ${p.reason}`).join("; ")})` : "";
    throw new SanctuaryError("corpus_empty", `CORPUS_DIR: no usable .md or .txt articles in ${config.corpusDir}${why}; add articles or point --corpus at a folder that has them`);
  }
  const kb = buildKnowledge(corpus, config.dataDir, log, { ...options, caches });
  // Save what was built now, after collecting the build's garbage: the first answers then run on a
  // clean heap, and a crash right after start-up loses no cache.
  caches.flush();
  log.info({ documents: corpus.docs.length, sentences: corpus.sentences.length, entities: kb.entities.length, indexLoaded: kb.indexLoaded, ms: Math.round(performance.now() - started) }, "corpus loaded");
  return kb;
}
