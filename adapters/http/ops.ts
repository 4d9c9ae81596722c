import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/log.js";

/**
 * The routes an operator's load balancer and Prometheus read, on the bot's HTTP port:
 * - `GET /healthz`: 200 while the process runs (a liveness probe; restart it when this fails);
 * - `GET /readyz`: 200 when articles are loaded and the shared state answers, else 503 with the
 *   reasons (take the replica out of rotation meanwhile; it recovers by itself);
 * - `GET /metrics`: Prometheus's text format (`src/metrics.ts`).
 * Returns false for any other path, which the caller answers.
 */
export function opsRoutes(core: Core, log: Logger): (req: IncomingMessage, res: ServerResponse, path: string) => boolean {
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };
  return (req, res, path) => {
    if (path !== "/healthz" && path !== "/readyz" && path !== "/metrics") return false;
    req.resume();
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" });
      res.end("");
      return true;
    }
    if (path === "/healthz") json(res, 200, { alive: true });
    else if (path === "/readyz") {
      core.ready().then(
        (r) => json(res, r.ready ? 200 : 503, r),
        (err: unknown) => {
          log.error({ err }, "readiness could not be checked");
          json(res, 503, { ready: false, reasons: ["readiness could not be checked"] });
        },
      );
    } else {
      core.metrics.exposition().then(
        ({ contentType, body }) => {
          res.writeHead(200, { "content-type": contentType });
          res.end(body);
        },
        (err: unknown) => {
          log.error({ err }, "metrics could not be collected");
          json(res, 500, { error: "metrics could not be collected" });
        },
      );
    }
    return true;
  };
}

/**
 * The health and metrics routes on a server of their own, for a bot with no Slack HTTP receiver
 * (Socket Mode, Discord only); everything else is 404.
 */
export function opsServer(core: Core, log: Logger): Server {
  const routes = opsRoutes(core, log);
  return createServer((req, res) => {
    let path = "/";
    try {
      path = new URL(req.url ?? "/", "http://localhost").pathname;
    } catch {
      // A request line that is not a URL: answered 404 below.
    }
    if (!routes(req, res, path)) {
      req.resume();
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("");
    }
  });
}
