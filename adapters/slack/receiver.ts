import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { HTTPReceiver } from "@slack/bolt";
import type { Logger } from "../../src/log.js";

/** Slack's window: a request older than this is refused, and a signature is remembered this long. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

/**
 * The HTTP front of the Bolt receiver. Bolt itself refuses unsigned, wrongly signed and stale requests
 * (401); this also refuses a request whose signature was already seen in the last five minutes, a
 * replay Bolt would otherwise hand to the listeners again.
 */
export function guardedServer(receiver: HTTPReceiver, log: Logger, now: () => number = Date.now): Server {
  const seen = new Map<string, number>();
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const signature = req.headers["x-slack-signature"];
    if (typeof signature === "string" && signature) {
      const t = now();
      for (const [sig, at] of seen) {
        if (t - at <= SIGNATURE_WINDOW_MS) break;
        seen.delete(sig);
      }
      if (seen.has(signature)) {
        log.warn({ path: req.url }, "slack: replayed request refused");
        res.writeHead(401, { "content-type": "text/plain" });
        res.end("");
        req.resume();
        return;
      }
      // Remembered only once Bolt accepted it, so a forged request cannot block the genuine one.
      res.once("finish", () => {
        if (res.statusCode !== 401) seen.set(signature, now());
      });
    }
    receiver.requestListener(req, res);
  });
}

/** Starts a server on a port of a host and resolves once it listens. */
export async function listen(server: Server, port: number, host?: string): Promise<Server> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
