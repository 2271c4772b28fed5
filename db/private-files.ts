import fs from "node:fs";
import path from "node:path";

// The embedded database's files hold every account's password hash and email: only the
// server's own user may read them. PGlite writes its files world-readable (0666), so the data
// dir is kept 0700 (nothing inside can be reached by others) and every file in it 0600.

/** Makes `dir` and everything below it private to this user: directories 0700, files 0600. */
export function makePrivate(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const walk = (entry: string) => {
    const stat = fs.lstatSync(entry);
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      if ((stat.mode & 0o777) !== 0o700) fs.chmodSync(entry, 0o700);
      for (const name of fs.readdirSync(entry)) walk(path.join(entry, name));
    } else if ((stat.mode & 0o777) !== 0o600) {
      fs.chmodSync(entry, 0o600);
    }
  };
  walk(dir);
}
