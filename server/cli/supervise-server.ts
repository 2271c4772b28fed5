import { type ChildProcess, spawn, type SpawnOptions } from "node:child_process";
import { whenOrphaned } from "./orphan-watch";

// `npm start`'s own process runs the server as its child: it hands the server the signals it gets and,
// if it is orphaned (npm or tsx killed outright), stops the server rather than leave it running and
// holding the embedded database.

const FORCE_AFTER_MS = 15_000;

export function serverSupervisor() {
  let server: ChildProcess | null = null;
  let orphaned = false;
  whenOrphaned(
    () => {
      orphaned = true;
      if (!server) return;
      server.kill("SIGTERM");
      setTimeout(() => server?.kill("SIGKILL"), FORCE_AFTER_MS).unref();
    },
    { underWrapper: true },
  );
  return {
    /** Whether the process that started this one is gone (then nothing is to be served). */
    get orphaned() {
      return orphaned;
    },
    /** Starts the server, unless orphaned; this process exits with the server's code. */
    serve(command: string, args: string[], options: SpawnOptions): ChildProcess | null {
      if (orphaned) return null;
      const child = spawn(command, args, { stdio: "inherit", ...options });
      server = child;
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
      child.on("exit", (code, signal) => {
        process.exitCode = code ?? (signal ? 1 : 0);
      });
      return child;
    },
  };
}
