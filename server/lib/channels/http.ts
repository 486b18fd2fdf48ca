import { ChannelSendError } from './types.js';

/** One HTTP request a channel makes; `refusal` reads a 2xx answer and says why the receiver still refused it (robots answer 200 with an error code). */
export interface ChannelRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  refusal?: (answer: unknown) => string | null;
}

const TIMEOUT_MS = 10_000;
const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/** POSTs the request; resolves once the receiver accepted it, rejects with a ChannelSendError saying why not. */
export async function postChannelRequest(request: ChannelRequest, fetchImpl: typeof fetch = fetch): Promise<void> {
  let res: Response;
  let text: string;
  try {
    res = await fetchImpl(request.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...request.headers },
      body: request.body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
    text = await res.text();
  } catch (err) {
    throw new ChannelSendError(`无法连接接收方 (receiver unreachable): ${(err as Error).message}`);
  }
  if (!res.ok) throw new ChannelSendError(`接收方返回 HTTP ${res.status} (receiver answered ${res.status}): ${clip(text)}`, res.status);
  if (!request.refusal) return;
  let answer: unknown = null;
  try {
    answer = JSON.parse(text);
  } catch {
    throw new ChannelSendError(`接收方应答不是 JSON (receiver answer is not JSON): ${clip(text)}`, res.status);
  }
  const refused = request.refusal(answer);
  if (refused) throw new ChannelSendError(`接收方拒绝 (receiver refused): ${clip(refused)}`, res.status);
}
