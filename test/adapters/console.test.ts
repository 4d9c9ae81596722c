import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../adapters/console/console.js";
import { testCore } from "../helpers.js";

describe("console chat", () => {
  it("answers typed questions with numbered quotes, gives help, and leaves on end of input", async () => {
    const { core } = testCore();
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (d) => (printed += d));
    const chat = createConsoleAdapter(core, input, output);
    await chat.start();
    input.write("who is Homan\nhelp\nwhat did he say about Oakland?\n");
    input.end();
    await chat.closed;
    expect(printed).toMatch(/5 articles loaded/);
    expect(printed).toMatch(/Thomas Homan: ICE Deputy Director/);
    expect(printed).toMatch(/Sources:\n\[1\] “/);
    expect(printed).toMatch(/Ask things like/);
    expect(printed).toMatch(/Thomas Homan, on Oakland/);
    expect(printed).toMatch(/Bye\.\n$/);
  });
});
