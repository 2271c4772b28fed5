import { randomUUID } from "node:crypto";
import http from "node:http";
import { requestContext } from "@/server/shared/request-context";
import { answerFromPageCache } from "./cached-page-response";
import { settleForwardedHeaders } from "./client-address";
import { frameOnlyFoundEmbeds } from "./embed-framing";
import { answerIfBadAddress } from "./malformed-path";
import { answerMetrics, countCacheHit, observe } from "./metrics";
import { flushBeforeAnswering } from "./durable-writes";
import { answerFailuresAs503, answerIfDatabaseDown } from "./unavailable";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

/**
 * A node:http server that answers cached reader pages itself and hands every other request to
 * Next, with X-Forwarded-For set to the client's address as far as `trustedHops` proxies vouch for it;
 * while the database is down, what needs it gets a 503 at once, and a render that meets an outage a 503
 * rather than Next's 500. It also answers /api/metrics. Each
 * request gets an id (X-Request-Id) that its log lines and error answers carry, and a request that may
 * write is answered only once the database has made its writes durable.
 */
export function createFrontServer(next: Handler, { trustedHops = 0 }: { trustedHops?: number } = {}): http.Server {
  return http.createServer((req, res) => {
    const requestId = randomUUID();
    res.setHeader("X-Request-Id", requestId);
    requestContext.run({ requestId }, () => answer(req, res));
  });

  function answer(req: http.IncomingMessage, res: http.ServerResponse) {
    observe(req, res);
    if (answerIfBadAddress(req, res)) return;
    settleForwardedHeaders(req, trustedHops);
    frameOnlyFoundEmbeds(req, res);
    const toNext = async () => {
      if (await answerIfDatabaseDown(req, res)) return;
      answerFailuresAs503(req, res);
      flushBeforeAnswering(req, res);
      void next(req, res);
    };
    const fromCache = () => answerFromPageCache(req, res).then((answered) => (answered ? countCacheHit() : toNext()), toNext);
    answerMetrics(req, res).then((answered) => void (answered || fromCache()), fromCache);
  }
}
