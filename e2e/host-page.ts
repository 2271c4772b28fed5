import http from "node:http";

// Another site, for the embeds: a second local server, on another origin (another host name and
// port than the app's), serving one page that frames the app.

export type HostPage = { url: string; close: () => Promise<void> };

export async function hostPage(html: string): Promise<HostPage> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><head><title>A news site</title></head><body><h1>A news article</h1>${html}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The host page's server has no port.");
  return {
    url: `http://localhost:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
