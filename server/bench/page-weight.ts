// What a page weighs: its HTML as sent, and how much of it is the React Server Components
// payload (the inline `self.__next_f.push(…)` scripts that repeat a client component's props).

export type PageWeight = { path: string; htmlKb: number; payloadKb: number; ratio: number };

const PAYLOAD_SCRIPT = /<script>self\.__next_f\.push\(.*?\)<\/script>/gs;

export async function pageWeight(base: string, path: string): Promise<PageWeight> {
  const html = Buffer.from(await (await fetch(`${base}${path}`)).arrayBuffer());
  const payload = [...html.toString("utf8").matchAll(PAYLOAD_SCRIPT)].reduce(
    (sum, m) => sum + Buffer.byteLength(m[0]),
    0,
  );
  return {
    path,
    htmlKb: html.length / 1024,
    payloadKb: payload / 1024,
    ratio: html.length / Math.max(1, html.length - payload),
  };
}
