import { describe, expect, it } from "vitest";
import { parseCommand, parseQuestion } from "../../src/questions/parse.js";

describe("the command grammar", () => {
  it("reads help, digest with or without a date, and anything else as a question", () => {
    expect(parseCommand("help")).toEqual({ kind: "help" });
    expect(parseCommand("  ")).toEqual({ kind: "help" });
    expect(parseCommand("digest")).toEqual({ kind: "digest" });
    expect(parseCommand("DIGEST 2018-01-18")).toEqual({ kind: "digest", date: "2018-01-18" });
    expect(parseCommand("digest 2018-02-30")).toMatchObject({ kind: "invalid", message: expect.stringMatching(/"2018-02-30" is not a date; write it as YYYY-MM-DD/) });
    expect(parseCommand("who is Homan")).toMatchObject({ kind: "question" });
  });

  it("reads add with a link (as typed, bare, or in Slack's <…>) and leaves a question that starts with add alone", () => {
    expect(parseCommand("add https://example.com/news/a.html")).toEqual({ kind: "add", url: "https://example.com/news/a.html" });
    expect(parseCommand("ADD <http://example.com/a>")).toEqual({ kind: "add", url: "http://example.com/a" });
    expect(parseCommand("add www.example.com/news/a")).toEqual({ kind: "add", url: "https://www.example.com/news/a" });
    expect(parseCommand("add")).toMatchObject({ kind: "invalid", message: expect.stringMatching(/^add: name the article's page, for example add https:/) });
    expect(parseCommand("add more police?")).toMatchObject({ kind: "question" });
    expect(parseCommand("add up the arrests")).toMatchObject({ kind: "question" });
  });
});

describe("question kinds", () => {
  const cases: Array<[string, string, string?]> = [
    ["who is Homan", "who", "Homan"],
    ["WHO IS HOMAN?", "who", "HOMAN"],
    ["Who's the head of ICE", "who", "the head of ICE"],
    ["who announced a lawsuit against Schaaf", "who"],
    ["which mayors boycotted the White House meeting", "who"],
    ["what is the U.S. Conference of Mayors", "what", "the U.S. Conference of Mayors"],
    ["what happened at MacArthur Park", "what", "MacArthur Park"],
    ["when did OPD provide traffic control for ICE", "when"],
    ["where did Schaaf publish her article", "where"],
    ["how many immigrants were in custody", "howmany"],
    ["what share of people were convicted", "howmany"],
    ["what did Sessions say about sanctuary cities", "quote", "Sessions"],
    ["what did Homan tell Fox News", "quote", "Homan"],
    ["why did ICE raid West Oakland", "search"],
    ["sanctuary policy in Los Angeles", "search"],
  ];
  it.each(cases)("%s → %s", (text, intent, subject) => {
    const q = parseQuestion(text);
    expect(q.intent).toBe(intent);
    if (subject) expect(q.subject).toBe(subject);
  });

  it("splits out the topic of a quote question and the words that matter", () => {
    const q = parseQuestion("What did Landrieu say about the White House meeting?");
    expect(q.topic).toBe("the White House meeting");
    expect(q.terms).toEqual(expect.arrayContaining(["landrieu", "white", "hous", "meet"]));
    expect(q.terms).not.toContain("say");
    expect(parseQuestion("why did ICE raid West Oakland").asksWhy).toBe(true);
  });

  it("drops a preposition left at the end of a quote question's topic ('warn immigrants about')", () => {
    expect(parseQuestion("what did Schaaf warn immigrants about").topic).toBe("immigrants");
    expect(parseQuestion("what did Cox warn against").topic).toBeUndefined();
  });

  it("keeps a verb of asking as a word that matters after a determiner ('the last show'), not when it asks ('show me')", () => {
    expect(parseQuestion("where is the last show of the tour").terms).toContain("show");
    expect(parseQuestion("show me the tour dates").terms).not.toContain("show");
  });

  it("reads 'what is X looking at' as asking what is done, not a definition; 'what is the main building' stays one", () => {
    expect(parseQuestion("what is the auditor looking at").intent).toBe("search");
    expect(parseQuestion("what is the main building").intent).toBe("what");
  });

  it("notes the capitalised names a question relies on", () => {
    expect(parseQuestion("who is the president of France").named).toEqual(["France"]);
    expect(parseQuestion("WHO IS TAYLOR SWIFT").named).toEqual([]);
  });
});
