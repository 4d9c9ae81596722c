import { describe, expect, it } from "vitest";
import { testCore } from "./helpers.js";

const { core } = testCore();
const kb = core.knowledge;
const person = (name: string) => kb.entities.find((e) => e.name === name)!;
const roles = (name: string) => person(name).roles.map((r) => r.text);

describe("entities and their roles", () => {
  it("finds people with the titles the articles give them, verbatim", () => {
    expect(roles("Thomas Homan")).toEqual(expect.arrayContaining(["ICE Deputy Director", "Immigration and Customs Enforcement (ICE) Director"]));
    expect(roles("Jeff Sessions")).toEqual(expect.arrayContaining(["United States Attorney General", "attorney general", "Atty. General"]));
    expect(roles("Mitch Landrieu")).toEqual(expect.arrayContaining(["New Orleans Mayor", "president of the U.S. Conference of Mayors"]));
    expect(roles("Bill de Blasio")).toEqual(["New York Mayor"]);
    expect(roles("Santos de Leon")).toEqual(["resident"]);
  });

  it("gives each member of a listed group the group's title", () => {
    for (const name of ["Rebecca Kaplan", "Desley Brooks", "Noel Gallo"]) expect(roles(name)).toContain("City Council members");
  });

  it("knows surnames as aliases and where each person is mentioned", () => {
    expect(person("Karen Bass").aliases).toContain("Bass");
    expect(person("Thomas Homan").docs).toHaveLength(2);
    expect(person("Karen Bass").mentions.length).toBeGreaterThanOrEqual(4);
  });

  it("learns acronyms from the text", () => {
    expect(kb.acronyms.get("OPD")).toBe("Oakland Police Department");
    expect(kb.acronyms.get("ICE")).toBe("Immigration and Customs Enforcement");
    expect(kb.acronyms.get("DOJ")).toBe("Department of Justice");
  });

  it("attributes quoted words to their speaker, including by title and pronoun", () => {
    const spoken = (name: string) => [...kb.speakers].filter(([, ids]) => ids.includes(person(name).id)).map(([id]) => kb.corpus.sentences.get(id).text);
    expect(spoken("Jeff Sessions").join(" ")).toContain("defies common sense");
    expect(spoken("Libby Schaaf").join(" ")).toContain("it’s my duty to protect my residents");
    expect(spoken("Libby Schaaf").join(" ")).not.toContain("informed them");
    expect(spoken("Mitch Landrieu").join(" ")).toContain("untenable");
    // A participle far along the sentence ("…, replying to Sessions’ memo on Twitter: “…”") attributes the quote after it.
    expect(spoken("Eric Garcetti").join(" ")).toContain("Threaten me all you want");
  });
});
