import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, ROOT, cli, docTexts, isVerbatim, tempDir, testCore } from "./helpers.js";

const BIN = join(ROOT, "app", "sanctuary.mjs");

function run(args: string[], input?: string, env: Record<string, string> = {}, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: tempDir(), ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("settings from .env", () => {
  it("are read from .env in the working directory, under whatever the environment sets", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".env"), `# as .env.example says\nCORPUS_DIR=${CORPUS}\nPROMPTS_DIR="${join(ROOT, "prompts")}"\nMAX_QUESTION_LENGTH=20\n`);
    const question = "who is the attorney general";
    const fromFile = JSON.parse(run(["ask", question, "--json"], undefined, {}, dir).out);
    expect(fromFile.answer).toMatch(/questions can be at most 20/);
    const overridden = JSON.parse(run(["ask", question, "--json"], undefined, { MAX_QUESTION_LENGTH: "200" }, dir).out);
    expect(overridden.answered).toBe(true);
  });
});

describe("sanctuary ask --json", () => {
  it("prints one JSON object in the contract's shape, every quote verbatim", () => {
    const { code, out } = run(["ask", "who is Homan", "--json"]);
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0]);
    expect(Object.keys(a)).toEqual(["question", "answered", "intent", "answer", "sources"]);
    expect(a).toMatchObject({ question: "who is Homan", answered: true, intent: "who" });
    expect(Object.keys(a.sources[0])).toEqual(["doc", "title", "published", "url", "quote"]);
    const texts = docTexts(testCore().core);
    for (const s of a.sources) expect(isVerbatim(texts, s.doc, s.quote)).toBe(true);
  });

  it("answers each line of stdin in order, one line out per line in, blank lines included", async () => {
    const { code, out } = await cli(["ask", "--json"], { input: "who is the attorney general\n\nwho is Taylor Swift\n" });
    expect(code).toBe(0);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.question, l.answered])).toEqual([["who is the attorney general", true], ["", false], ["who is Taylor Swift", false]]);
  });

  it("prints readable text with numbered sources without --json", async () => {
    const { out } = await cli(["ask", "who", "is", "Homan"]);
    expect(out).toMatch(/^Thomas Homan: /);
    // The quote opens with its own quote mark, so it is shown as it is, not wrapped in a second one.
    expect(out).toMatch(/\n\[1\] “If members.+ \(.+, 2018-01-18\)/);
    expect(out).not.toContain("““");
  });
});

describe("sanctuary digest", () => {
  it("lists the article published on 2018-01-18", async () => {
    const { code, out } = await cli(["digest", "--date", "2018-01-18"]);
    expect(code).toBe(0);
    expect(out).toContain("Sanctuary digest for 2018-01-18");
    expect(out).toContain("The head of U.S. Immigration and Customs Enforcement has accused");
    const json = JSON.parse((await cli(["digest", "--date", "2018-01-18", "--json"])).out);
    expect(json.documents).toHaveLength(1);
    expect(json.mentioned.map((m: { name: string }) => m.name)).toContain("Thomas Homan");
  });

  it("says so in one line on a day with no articles", async () => {
    expect((await cli(["digest", "--date", "2019-05-05"])).out).toMatch(/No new articles on 2019-05-05\. The latest is from \d{4}-\d{2}-\d{2}\./);
  });
});

describe("errors", () => {
  it("exits non-zero with one clear line for bad arguments, a missing or empty corpus, a bad template", async () => {
    const bad = [
      { args: ["frobnicate"], re: /unknown command "frobnicate"; run "sanctuary --help"/ },
      { args: ["ask", "--bogus"], re: /Unknown option '--bogus'/ },
      { args: ["digest", "--date", "yesterday"], re: /--date: "yesterday" is not a date; write YYYY-MM-DD/ },
      { args: ["ask", "x", "--corpus", "/nonexistent"], re: /CORPUS_DIR: cannot read "\/nonexistent"/ },
      { args: ["ask", "x", "--corpus", tempDir()], re: /CORPUS_DIR: no usable \.md or \.txt articles/ },
    ];
    for (const { args, re } of bad) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).not.toBe(0);
      expect(r.err.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.err).toMatch(re);
    }
    const prompts = tempDir();
    cpSync(join(ROOT, "prompts"), prompts, { recursive: true });
    writeFileSync(join(prompts, "who.md"), "{{role}}");
    const r = await cli(["ask", "x"], { env: { PROMPTS_DIR: prompts } });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/template who\.md uses unknown field \{\{role\}\}/);
  });

  it("the executable exits 2 on a usage error, printing one line", () => {
    const r = run(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('sanctuary: unknown command "frobnicate"; run "sanctuary --help" for usage\n');
  });

  it("prints usage for --help", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: sanctuary/);
  });
});

describe("sanctuary ingest", () => {
  it("adds an article that is answered from on the next question", async () => {
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const src = tempDir();
    mkdirSync(join(src, "in"));
    writeFileSync(join(src, "in", "zeta.txt"), "Zeta Mayor Quentin Blorp announced a curfew on Friday.\n");
    const r = await cli(["ingest", join(src, "in", "zeta.txt"), "--corpus", corpus]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/added .*zeta\.md/);
    expect(readdirSync(corpus)).toContain("zeta.md");
    expect((await cli(["ask", "who is Quentin Blorp", "--corpus", corpus])).out).toMatch(/^Quentin Blorp: Zeta Mayor/);
  });
});
