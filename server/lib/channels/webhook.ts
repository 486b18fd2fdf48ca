import { createHmac } from 'node:crypto';
import type { ChannelRequest } from './http.js';
import type { OutgoingMessage } from './types.js';

export const SIGNATURE_HEADER = 'X-BigBeam-Signature';
export const TIMESTAMP_HEADER = 'X-BigBeam-Timestamp';
export const DELIVERY_HEADER = 'X-BigBeam-Delivery';

/** "sha256=<hex HMAC-SHA256 of the raw body>": the receiver recomputes it over the bytes it received. */
export const webhookSignature = (secret: string, rawBody: string) =>
  `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;

/**
 * The generic signed webhook: a JSON body naming the reminder, signed over its raw bytes. The
 * timestamp is in the body too, so it is covered by the signature (receivers can refuse old replays),
 * and the delivery id lets them drop a repeat.
 */
export function webhookRequest(url: string, secret: string, m: OutgoingMessage, now: Date): ChannelRequest {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const body = JSON.stringify({
    event: 'notification', deliveryId: m.id, kind: m.kind, title: m.title, body: m.body, url: m.url,
    recipient: m.recipient ?? null, timestamp: Number(timestamp),
  });
  return {
    url,
    headers: { [SIGNATURE_HEADER]: webhookSignature(secret, body), [TIMESTAMP_HEADER]: timestamp, [DELIVERY_HEADER]: m.id },
    body,
  };
}
