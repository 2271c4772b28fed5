import next from "next";
import { trustedHops } from "./client-address";
import { createFrontServer } from "./front-server";

// The production server (`npm start` runs it once the database is ready): Next's request handler
// behind a plain node:http server that answers cached reader pages itself. The pages, the
// proxy, every route and procedure are Next's; only a cache hit skips Next's pipeline.

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || undefined;

async function main() {
  const hops = trustedHops(process.env.TRUST_PROXY);
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createFrontServer(handle, { trustedHops: hops });
  server.listen(port, hostname, () => console.log(`Stance Atlas is serving on http://${hostname ?? "localhost"}:${port}`));
  // Stop taking connections, let the requests under way finish (10 s at most), then exit.
  const stop = () => {
    setTimeout(() => process.exit(0), 10_000).unref();
    server.close(() => void app.close().finally(() => process.exit(0)));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

void main();
