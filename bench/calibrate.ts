import { createServer } from "node:http";
import autocannon from "autocannon";
import { round } from "./stats";

/**
 * A bare Node HTTP server under the same load generator, just before the app is measured: on a shared
 * 2-core machine other work can cut every number several-fold, and this says by how much.
 */
export function bareNodeRps(seconds = 3): Promise<number> {
  const server = createServer((_req, res) => res.end('{"status":"ok"}'));
  return new Promise((resolve, reject) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      autocannon({ url: `http://127.0.0.1:${port}/`, connections: 10, duration: seconds })
        .then((r) => resolve(round(r.requests.average, 1)))
        .catch(reject)
        .finally(() => server.close());
    });
  });
}
