import "server-only";

// Drawing a PNG (server/pictures/: resvg, in libuv's small thread pool, which file and DNS work share) takes
// 20–300 ms of a core. So only a few are drawn at once, a few more wait their turn, and the rest are told to
// come back (503 with Retry-After) rather than queue without end.

/** Too many pictures are being drawn: answered 503, try again shortly. */
export class FiguresBusyError extends Error {
  constructor() {
    super("Too many pictures are being drawn right now. Try again in a few seconds.");
    this.name = "FiguresBusyError";
  }
}

export type RenderLimit = {
  /** Runs `draw` when a slot is free; throws FiguresBusyError at once when the waiting line is full. */
  run<T>(draw: () => Promise<T>): Promise<T>;
  /** Draws begun since start (a test counts renders with it), and those running or waiting now. */
  stats(): { started: number; running: number; waiting: number };
};

export function createRenderLimit({
  running: maxRunning,
  waiting: maxWaiting,
}: {
  running: number;
  waiting: number;
}): RenderLimit {
  let running = 0;
  let started = 0;
  const queue: (() => void)[] = [];

  // A finished draw hands its slot straight to the next in line, so no newcomer can slip in between.
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };

  return {
    async run<T>(draw: () => Promise<T>): Promise<T> {
      if (running < maxRunning) running++;
      else if (queue.length >= maxWaiting) throw new FiguresBusyError();
      else await new Promise<void>((resolve) => queue.push(resolve));
      started++;
      try {
        return await draw();
      } finally {
        release();
      }
    },
    stats: () => ({ started, running, waiting: queue.length }),
  };
}

const KEY = Symbol.for("stance-atlas.figure-renders");
const holder = globalThis as typeof globalThis & { [KEY]?: RenderLimit };

/** Two drawn at once (this machine has two cores, and pages must still be served), eight waiting. */
export const FIGURE_RENDERS = { running: 2, waiting: 8 };
/** The server's one limit on pictures drawn at once (on globalThis: every route bundle shares it). */
export const figureRenders: RenderLimit = (holder[KEY] ??= createRenderLimit(FIGURE_RENDERS));
