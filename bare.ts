import fs from "node:fs";
import { bareServer, load } from "@/server/bench/page-load";
async function main() {
  const body = fs.readFileSync(process.argv[2] ?? "/tmp/page.html");
  const bare = await bareServer(body);
  console.log(body.length, await load(bare.url, { seconds: 5 }));
  await bare.close();
  for (const u of process.argv.slice(3)) {
    const full = await load(`http://127.0.0.1:3101${u}`, { seconds: 5 });
    console.log(u, full, "half", await load(`http://127.0.0.1:3101${u}`, { seconds: 5, rate: Math.floor(full.rps / 2) }));
  }
}
void main();
