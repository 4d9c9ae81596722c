import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { ChatAdapter, Core, Request } from "../../src/core.js";
import { renderPlain } from "./render.js";

/** Lines that leave the console: "quit", "exit", "/quit", "/exit", "bye". */
const LEAVE = /^\/?(?:quit|exit|bye)$/i;

/**
 * The local chat (after hubot's Shell adapter): type a question or `help`, read the answer with its
 * numbered quotes; `quit`, `exit` or Ctrl-D leaves. The default when no platform is configured.
 */
export function createConsoleAdapter(core: Core, input: Readable = process.stdin, output: Writable = process.stdout): ChatAdapter & { closed: Promise<void> } {
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((r) => (resolveClosed = r));
  let rl: ReturnType<typeof createInterface> | null = null;
  return {
    name: "console",
    closed,
    async start() {
      const interactive = (input as { isTTY?: boolean }).isTTY === true;
      rl = createInterface({ input, output, terminal: interactive, prompt: "sanctuary> " });
      output.write(`Sanctuary console: ${core.knowledge.corpus.docs.length} articles loaded. Type a question, "help", or "quit" (or Ctrl-D) to leave.\n`);
      rl.prompt();
      let queue = Promise.resolve();
      let leaving = false;
      rl.on("line", (line) => {
        // Lines typed (or pasted) after "quit" are not answered.
        if (leaving) return;
        // What people type to leave a terminal chat, with or without a slash: never a question to answer.
        if (LEAVE.test(line.trim())) {
          leaving = true;
          queue = queue.then(() => rl?.close());
          return;
        }
        queue = queue.then(async () => {
          if (line.trim() === "") return rl?.prompt();
          const request: Request = { platform: "console", user: { id: "console", name: "you", moderator: true }, conversation: "console", channel: "console", text: line };
          const pending = core.pending(request);
          if (pending) output.write(pending.text + "\n");
          const reply = await core.handle(request);
          output.write(renderPlain(reply) + "\n\n");
          rl?.prompt();
        });
      });
      rl.on("close", () => {
        void queue.then(() => {
          output.write("\nBye.\n");
          resolveClosed();
        });
      });
    },
    async stop() {
      rl?.close();
      await closed;
    },
  };
}
