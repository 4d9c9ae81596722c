import type { Server } from "node:http";

/** Starts a server on a port of a host and resolves once it listens. */
export async function listen(server: Server, port: number, host?: string): Promise<Server> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
