import { describe, expect, it } from "vitest";
import { isBoilerplate, paragraphSpans, sentenceSpans } from "../../src/corpus/text.js";

const sentences = (text: string) => paragraphSpans(text).flatMap((p) => sentenceSpans(text, p).map((s) => text.slice(s.start, s.end)));

describe("sentence splitting", () => {
  it("keeps abbreviations inside sentences (U.S., Atty., Dept.)", () => {
    const text = "Atty. General Sessions spoke. The head of U.S. Immigration and Customs Enforcement agreed. The Dept. of Homeland Security did not.";
    expect(sentences(text)).toEqual([
      "Atty. General Sessions spoke.",
      "The head of U.S. Immigration and Customs Enforcement agreed.",
      "The Dept. of Homeland Security did not.",
    ]);
  });

  it("keeps honorifics inside the sentence (Rt. Hon.)", () => {
    const text = "He spoke of the late Speaker Rt. Hon. Lena Dahl and Hon. Otto Berg. The council rose.";
    expect(sentences(text)).toEqual(["He spoke of the late Speaker Rt. Hon. Lena Dahl and Hon. Otto Berg.", "The council rose."]);
  });

  it("keeps initials run together inside the sentence (J.J. Abrams)", () => {
    const text = "Star Trek Into Darkness was directed by J.J. Abrams; it opened in 2013. Lin directed the next.";
    expect(sentences(text)).toEqual(["Star Trek Into Darkness was directed by J.J. Abrams; it opened in 2013.", "Lin directed the next."]);
  });

  it("ends a sentence after a lone capital before a word of grammar ('Group D. The day'), and keeps an initial before a surname ('Michael J. Fox')", () => {
    const text = "Quill beat Tarn 5-0 to win Group D. The day before, Belo won. Michael J. Fox spoke.";
    expect(sentences(text)).toEqual(["Quill beat Tarn 5-0 to win Group D.", "The day before, Belo won.", "Michael J. Fox spoke."]);
  });

  it("ends no sentence where no full stop is (a ticker '.DJI' before the verb)", () => {
    const first = "On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02, the S&P 500 .SPX lost 1.85 points, or 0.06%, to 3,120.18.";
    expect(sentences(`${first}\n\nGold rose.`)).toEqual([first, "Gold rose."]);
  });

  it("ends a sentence at a closing quotation and keeps possessives like Bass’", () => {
    const text = "“We will never accept this,” Mayor Bass said. According to Mayor Bass’ office, it will go on.";
    expect(sentences(text)).toEqual(["“We will never accept this,” Mayor Bass said.", "According to Mayor Bass’ office, it will go on."]);
  });

  it("joins lines hard-wrapped mid-sentence and keeps each sentence an exact slice of the original", () => {
    const text =
      "This is in keeping with Oakland’s sanctuary city policies which supporters have argued improve safety to come forward\nwithout risking deportation.\n\nA second paragraph stands alone.";
    const spans = paragraphSpans(text);
    expect(spans).toHaveLength(2);
    const [first] = sentences(text);
    expect(first).toContain("forward\nwithout");
    expect(text.includes(first)).toBe(true);
  });

  it("keeps curly quotes, dashes and non-breaking spaces exactly as written", () => {
    const text = "The mayor\u00a0said — without pause — that it was a “racist lie.” Then she left.";
    const out = sentences(text);
    expect(out[0]).toBe("The mayor\u00a0said — without pause — that it was a “racist lie.”");
  });

  it("treats one-line paragraphs without blank lines as separate paragraphs (a headline stays apart)", () => {
    const text = "Oakland Vows Not To Cooperate\nThe council voted on Tuesday.";
    expect(paragraphSpans(text)).toHaveLength(2);
  });

  it("recognises page furniture", () => {
    for (const t of ['Press "Enter" to skip to content', "Source link", "Photo: East Bay Express", "Categories: Bay Area", "(Klarize Medenilla/AJPress)"]) {
      expect(isBoilerplate(t)).toBe(true);
    }
    expect(isBoilerplate("The council voted on Tuesday.")).toBe(false);
  });

  it("recognises a link to another story as page furniture ('Related: …', 'READ MORE: …'), not a sentence of the story", () => {
    for (const t of ["Related: Possible Rings on Saturn: The Discovery in Images", "READ MORE: Council votes to close the pier", "See also: The ten best parks"]) {
      expect(isBoilerplate(t)).toBe(true);
    }
    expect(isBoilerplate("More than 40 people were hurt.")).toBe(false);
    expect(isBoilerplate("Related stories were told by two witnesses.")).toBe(false);
  });
});
