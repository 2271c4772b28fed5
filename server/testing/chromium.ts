import fs from "node:fs";

// The Chromium that the end-to-end tests and the benchmark drive; Playwright never downloads one here.
// CHROMIUM_PATH if set; else Debian's headless shell (package chromium-headless-shell: the build Playwright
// itself runs headless, a third lighter than the full browser in headless mode); else Debian's full browser.
const DEBIAN_BUILDS = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEBIAN_BUILDS.find((file) => fs.existsSync(file)) || "/usr/bin/chromium-headless-shell";
}
