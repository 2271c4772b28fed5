// How long the pictures take: a preview image (server/pictures/) drawn on its first request, then from
// the page cache, in English, Arabic and Chinese (the Chinese font is the largest); and a topic's map and chart
// as downloads.

const PICTURES = [
  "/og/topics/un-cybercrime-treaty",
  "/og/governments/RUS",
  "/og/matrix?at=2019-12-28",
  "/ar/og/governments/RUS",
  "/zh/og/matrix?at=2019-12-28",
  "/api/v1/topics/un-cybercrime-treaty/map.png",
  "/api/v1/topics/un-cybercrime-treaty/chart.svg",
  "/api/v1/topics/un-cybercrime-treaty/map.png?lang=ar",
];

export type PictureFigures = { path: string; kb: number; firstMs: number; againMs: number };

async function timed(url: string): Promise<[number, number]> {
  const start = performance.now();
  const bytes = (await (await fetch(url)).arrayBuffer()).byteLength;
  return [performance.now() - start, bytes];
}

export async function previewImages(base: string): Promise<PictureFigures[]> {
  const figures: PictureFigures[] = [];
  for (const path of PICTURES) {
    const [firstMs, bytes] = await timed(`${base}${path}`);
    const again: number[] = [];
    for (let i = 0; i < 10; i++) again.push((await timed(`${base}${path}`))[0]);
    figures.push({ path, kb: bytes / 1024, firstMs, againMs: [...again].sort((a, b) => a - b)[5] ?? 0 });
  }
  return figures;
}
