import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Answer = { status: number; body: string; delayMs?: number };
const OK: Answer = { status: 200, body: JSON.stringify({ errcode: 0, errmsg: 'ok' }) };

/**
 * A local HTTP receiver standing in for WeCom, DingTalk or a webhook consumer: it records every
 * request (raw body included) and answers as `answer` says (200 {"errcode":0} unless told).
 */
export async function startReceiver() {
  const requests: ReceivedRequest[] = [];
  let answer: (r: ReceivedRequest, index: number) => Answer = () => OK;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://receiver');
      const received = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(received);
      const a = answer(received, requests.length - 1);
      setTimeout(() => res.writeHead(a.status, { 'Content-Type': 'application/json' }).end(a.body), a.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    to: (path: string) => requests.filter((r) => r.path === path),
    answerWith(fn: (r: ReceivedRequest, index: number) => Answer) {
      answer = fn;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const OK_ANSWER = OK;
