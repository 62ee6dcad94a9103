import type { ReadableStream } from 'node:stream/web';
import { decodeText } from '../uploads.js';

/**
 * Downloads an attachment as UTF-8 text, reading at most `maxBytes` whatever the server says the
 * size is, and giving up after `timeoutMs`.
 */
export const downloadText = async (
  url: string,
  maxBytes: number,
  {
    fetch: fetchImpl = fetch,
    timeoutMs = 10_000,
  }: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<string> => {
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok || response.body === null) {
    throw new Error(`download failed with HTTP ${String(response.status)}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  // fetch's body is typed loosely in Node's lib; it yields bytes.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`download larger than ${String(maxBytes)} bytes`);
    }
    chunks.push(value);
  }
  return decodeText(Buffer.concat(chunks));
};
