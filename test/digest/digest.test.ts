import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dayIn } from "../../src/digest/digest.js";
import { testCore, tempDir } from "../helpers.js";
import { cpSync } from "node:fs";
import { CORPUS } from "../helpers.js";

describe("the digest", () => {
  it("lists the day's articles with title, date and a lead quote, and who they mention most", async () => {
    const { core } = testCore();
    const d = await core.digest("2018-01-18");
    expect(d.documents).toHaveLength(1);
    expect(d.documents[0].published).toBe("2018-01-18");
    expect(d.documents[0].lead.quote).toMatch(/^The head of U\.S\. Immigration and Customs Enforcement has accused/);
    expect(d.mentioned.map((m) => m.name)).toContain("Thomas Homan");
    expect(d.text).toContain("1 new article(s):");
    expect(d.text).toContain("Most mentioned:");
  });

  it("counts an undated article on the day it was added", async () => {
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    writeFileSync(join(corpus, "new.md"), "---\ntitle: Undated Story\nadded: 2026-03-04\n---\nMayor Jane Roe said the city will help.\n");
    const { core } = testCore({ CORPUS_DIR: corpus });
    expect((await core.digest("2026-03-04")).documents.map((x) => x.title)).toEqual(["Undated Story"]);
  });

  it("reports the day's questions: how many, which went unanswered, and the feedback", async () => {
    const { core, config } = testCore();
    const user = { id: "U1", moderator: false };
    const a = await core.handle({ platform: "slack", user, channel: "C1", text: "who is Homan" });
    await core.handle({ platform: "discord", user, channel: "C2", text: "who is Taylor Swift" });
    await core.feedback(a.questionId!, "U1", true);
    await core.feedback(a.questionId!, "U2", false);
    await core.feedback(a.questionId!, "U1", false);
    const d = await core.digest(dayIn(config.digest.timeZone));
    expect(d.questions).toBe(2);
    expect(d.unanswered).toEqual(["who is Taylor Swift"]);
    expect([d.helpful, d.notHelpful]).toEqual([0, 2]);
    expect(d.text).toContain("- unanswered: who is Taylor Swift");
  });

  it("counts questions asked in DMs but never quotes them, nor who asked or where; DIGEST_QUOTE_QUESTIONS=false quotes none", async () => {
    for (const quote of ["true", "false"]) {
      const { core, config } = testCore({ DIGEST_QUOTE_QUESTIONS: quote });
      const user = { id: "U1", name: "sam", moderator: false };
      await core.handle({ platform: "slack", user, channel: "C0PUBLIC1", public: true, text: "who is Taylor Swift" });
      await core.handle({ platform: "slack", user, channel: "D0PRIVATE1", direct: true, text: "what did my landlord Bob Jones say" });
      const d = await core.digest(dayIn(config.digest.timeZone));
      expect(d.questions).toBe(2);
      expect(d.unansweredCount).toBe(2);
      expect(d.unanswered).toEqual(quote === "true" ? ["who is Taylor Swift"] : []);
      expect(d.text).not.toMatch(/landlord|Bob Jones|U1|sam|C0PUBLIC1|D0PRIVATE1/);
      expect(d.text).toContain("unanswered: 2");
      expect(d.text).toContain(quote === "true" ? "(1 more not shown" : "(2 more not shown");
      expect(d.text.includes("Taylor Swift")).toBe(quote === "true");
    }
  });
});
