import http from "node:http";
import { answerFromPageCache } from "./cached-page-response";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

/** A node:http server that answers cached reader pages itself and hands every other request to Next. */
export function createFrontServer(next: Handler): http.Server {
  return http.createServer((req, res) => {
    const toNext = () => void next(req, res);
    answerFromPageCache(req, res).then((answered) => answered || toNext(), toNext);
  });
}
