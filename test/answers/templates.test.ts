import { cpSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTemplates } from "../../src/answers/templates.js";
import { ROOT, tempDir } from "../helpers.js";

function promptsCopy(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "prompts"), dir, { recursive: true });
  return dir;
}

describe("templates", () => {
  it("fill answers from prompts/, with sections and lists, and no HTML escaping", () => {
    const t = loadTemplates(join(ROOT, "prompts"));
    expect(t.render("who", { name: "A & B", roles: "Mayor <of> X" })).toBe("A & B: Mayor <of> X.");
    expect(t.render("quote", { speaker: "X", topic: "", quotes: [{ n: 1, text: "one" }, { n: 2, text: "two" }] })).toBe("X, in the articles:\n[1] one\n[2] two");
  });

  it("can be edited without code: a changed template changes the answer", () => {
    const dir = promptsCopy();
    writeFileSync(join(dir, "who.md"), "{{name}} is known as {{roles}}");
    expect(loadTemplates(dir).render("who", { name: "Homan", roles: "director" })).toBe("Homan is known as director");
  });

  it("stop start-up on an unknown field, naming the file, the field and the known ones", () => {
    const dir = promptsCopy();
    writeFileSync(join(dir, "who.md"), "{{name}} is {{role}}");
    expect(() => loadTemplates(dir)).toThrow(/PROMPTS_DIR: template who\.md uses unknown field \{\{role\}\}; known: name, roles, quote/);
  });

  it("stop start-up on a missing template or broken mustache", () => {
    const dir = promptsCopy();
    rmSync(join(dir, "help.md"));
    expect(() => loadTemplates(dir)).toThrow(/cannot read template help\.md/);
    const dir2 = promptsCopy();
    writeFileSync(join(dir2, "what.md"), "{{#subject}}unclosed");
    expect(() => loadTemplates(dir2)).toThrow(/what\.md is not valid mustache/);
  });
});

describe("chat notices (prompts/notices.yml)", () => {
  it("are what every adapter says, editable without code, with their fields filled", () => {
    const dir = promptsCopy();
    const t = loadTemplates(dir);
    expect(t.notice("limited", { seconds: 3, plural: "s" })).toBe("You're asking faster than I can answer well. Please wait 3 seconds and try again.");
    writeFileSync(join(dir, "notices.yml"), readFileSync(join(dir, "notices.yml"), "utf8").replace(/^empty_mention: .*$/m, 'empty_mention: "Yes? Ask me something."'));
    expect(loadTemplates(dir).notice("empty_mention")).toBe("Yes? Ask me something.");
  });

  it("stop start-up on a missing notice or an unknown field, naming it", () => {
    const dir = promptsCopy();
    const text = readFileSync(join(dir, "notices.yml"), "utf8");
    writeFileSync(join(dir, "notices.yml"), text.replace(/^shared: .*$/m, ""));
    expect(() => loadTemplates(dir)).toThrow(/notices\.yml lacks the notice shared/);
    writeFileSync(join(dir, "notices.yml"), text.replace(/\{\{seconds\}\}/, "{{secs}}"));
    expect(() => loadTemplates(dir)).toThrow(/notice limited in notices\.yml uses unknown field \{\{secs\}\}; known: seconds, plural/);
  });
});
