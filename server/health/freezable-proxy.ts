import net from "node:net";

/**
 * A TCP proxy for tests of outages: in front of a real database, it can freeze (connections stay open
 * but nothing passes either way, as when the server is stopped with SIGSTOP) and thaw. The machine's
 * own database is never touched.
 */
export async function startFreezableProxy(target: { host: string; port: number }) {
  const pairs = new Set<[net.Socket, net.Socket]>();
  let frozen = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream).pipe(client);
    if (frozen) pair.forEach((socket) => socket.pause());
    const drop = () => {
      pairs.delete(pair);
      pair.forEach((socket) => socket.destroy());
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    freeze() {
      frozen = true;
      for (const pair of pairs) pair.forEach((socket) => socket.pause());
    },
    thaw() {
      frozen = false;
      for (const pair of pairs) pair.forEach((socket) => socket.resume());
    },
    async close() {
      for (const pair of pairs) pair.forEach((socket) => socket.destroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
