import { routeJavaScriptKb } from "@/server/bench/route-javascript";
async function main() { for (const p of ["/", "/matrix", "/topics/un-cybercrime-treaty", "/governments/RUS", "/changes"]) console.log(p, (await routeJavaScriptKb("http://127.0.0.1:3100", p)).toFixed(1)); }
void main();
