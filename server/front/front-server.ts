import { randomUUID } from "node:crypto";
import http from "node:http";
import { requestContext } from "@/server/shared/request-context";
import { answerFromPageCache, shortenReaderPageCaching } from "./cached-page-response";
import { settleForwardedHeaders } from "./client-address";
import { frameOnlyFoundEmbeds } from "./embed-framing";
import { answerIfBadAddress } from "./malformed-path";
import { answerMetrics, countCacheHit, observe } from "./metrics";
import { flushBeforeAnswering } from "./durable-writes";
import { frontAnswersHitsOn, installedNextVersion } from "./next-internals.mjs";
import { answerFailuresAs503, answerIfDatabaseDown } from "./unavailable";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

/**
 * A node:http server that answers cached reader pages itself and hands every other request to
 * Next, with X-Forwarded-For set to the client's address as far as `trustedHops` proxies vouch for it;
 * while the database is down, what needs it gets a 503 at once, and a render that meets an outage a 503
 * rather than Next's 500. It also answers /api/metrics. Each
 * request gets an id (X-Request-Id) that its log lines and error answers carry, and a request that may
 * write is answered only once the database has made its writes durable. `x-served-by` says which of
 * the two answered. The front answers cache hits only on a Next version its shortcut was tested with
 * (next-internals.mjs), or when told to (tests); a request with `x-front-bypass: 1` goes to Next, so
 * its answer can be compared with the front's.
 */
export function createFrontServer(
  next: Handler,
  {
    trustedHops = 0,
    answerHits = frontAnswersHitsOn(installedNextVersion()),
  }: { trustedHops?: number; answerHits?: boolean } = {},
): http.Server {
  return http.createServer((req, res) => {
    const requestId = randomUUID();
    res.setHeader("X-Request-Id", requestId);
    res.setHeader("x-served-by", "front"); // until it is handed to Next
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
      res.setHeader("x-served-by", "next");
      void next(req, res);
    };
    const fromCache = () => {
      if (!answerHits || req.headers["x-front-bypass"] === "1") {
        shortenReaderPageCaching(req, res);
        return void toNext();
      }
      void answerFromPageCache(req, res).then((answered) => (answered ? countCacheHit() : toNext()), toNext);
    };
    answerMetrics(req, res).then((answered) => void (answered || fromCache()), fromCache);
  }
}
