import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** One listening server for many parallel requests (supertest would otherwise open one per request). */
export async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(app);
  // Longer than the client's keep-alive (undici: 4 s), so a loaded machine never has the server close
  // a socket the client is just reusing (ECONNRESET in the 1,000-voter test).
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
