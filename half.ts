import { bareServer, load } from "@/server/bench/page-load";
async function main() {
  for (const path of ["/matrix", "/governments/RUS"]) {
    const url = `http://127.0.0.1:3100${path}`;
    await fetch(url);
    const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
    const bare = await bareServer(bytes);
    const b = await load(bare.url, { seconds: 6 });
    const c = await load(url, { seconds: 6 });
    const rate = Math.floor(c.rps / 2);
    const ch = await load(url, { seconds: 6, rate });
    const bh = await load(bare.url, { seconds: 6, rate });
    await bare.close();
    console.log(path, bytes.length, { bare: b, cached: c, cachedHalf: ch, bareHalf: bh });
  }
}
void main();
