import fs from "node:fs";
import path from "node:path";

// PostgreSQL makes a commit durable by fsyncing its write-ahead log; inside PGlite (WebAssembly) that
// fsync does nothing, so a committed write reaches the operating system's cache but not the disk: it
// survives the process being killed, not a power cut. This does the missing fsync from outside: the
// WAL segments written since the last sync, and their directory. After it returns, the writes it covers
// survive a power cut (PostgreSQL replays the log when it next opens the data directory).

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

/** Returns a function that fsyncs what PGlite's log gained since it last ran, and says how many files it synced. */
export function walSyncer(pgDataDir: string): () => number {
  const walDir = path.join(pgDataDir, "pg_wal");
  let lastSync = 0;
  return () => {
    const startedAt = Date.now();
    let synced = 0;
    for (const name of fs.existsSync(walDir) ? fs.readdirSync(walDir) : []) {
      if (!WAL_SEGMENT.test(name)) continue;
      const file = path.join(walDir, name);
      if (fs.statSync(file).mtimeMs < lastSync - 1_000) continue; // untouched since the last sync (a second's slack for coarse clocks)
      const fd = fs.openSync(file, "r+");
      try {
        fs.fsyncSync(fd);
        synced++;
      } finally {
        fs.closeSync(fd);
      }
    }
    const dir = fs.openSync(walDir, "r"); // a segment created since: its directory entry too
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
    lastSync = startedAt;
    return synced;
  };
}
