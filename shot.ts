import { chromium } from "@playwright/test";
async function main() {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  for (const [name, url] of [["m1", "/matrix?at=2013-05-17"], ["m2", "/matrix"], ["m3", "/matrix?compact=true"], ["m4", "/?at=2019-12-28"]]) {
    await page.goto(`http://127.0.0.1:3100${url}`, { waitUntil: "networkidle" });
    await page.screenshot({ path: `/tmp/${name}.png` });
  }
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto("http://127.0.0.1:3100/matrix", { waitUntil: "networkidle" });
  await phone.screenshot({ path: "/tmp/phone.png" });
  await browser.close();
}
void main();
