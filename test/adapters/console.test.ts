import { describe, expect, it } from "vitest";
import { chatOnConsole, testCore } from "../helpers.js";

describe("console chat", () => {
  it("answers typed questions with numbered quotes, gives help, and leaves on end of input", async () => {
    const { core } = testCore();
    const printed = await chatOnConsole(core, "who is Homan\nhelp\nwhat did he say about Oakland?\n");
    expect(printed).toMatch(/5 articles loaded/);
    expect(printed).toMatch(/Thomas Homan: ICE Deputy Director/);
    expect(printed).toMatch(/Sources:\n\[1\] “/);
    expect(printed).toMatch(/Ask things like/);
    expect(printed).toMatch(/Thomas Homan, on Oakland/);
    expect(printed).toMatch(/Bye\.\n$/);
  });

  it("leaves on quit or exit, with or without a slash, answering nothing after it", async () => {
    for (const word of ["quit", "/quit", "exit", "/EXIT", "bye"]) {
      const { core } = testCore();
      const printed = await chatOnConsole(core, `who is Homan\n${word}\nwho is Schaaf\n`);
      expect(printed, word).toMatch(/Thomas Homan: ICE Deputy Director/);
      expect(printed, word).not.toMatch(/never mention/);
      expect(printed, word).not.toMatch(/Libby Schaaf/);
      expect(printed, word).toMatch(/Bye\.\n$/);
    }
  });
});
