import type { IncomingMessage, ServerResponse } from 'node:http';

/** A file sent with a multipart request or served by the fake's CDN. */
export interface FakeFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** A parsed request body: the JSON (or `payload_json`) and the uploaded files. */
export interface ParsedBody {
  readonly json: unknown;
  readonly files: readonly FakeFile[];
}

const readAll = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const header = (headers: string, name: string): string | undefined =>
  new RegExp(`${name}="([^"]*)"`, 'i').exec(headers)?.[1];

/** Splits a multipart/form-data body into its named parts (binary-safe). */
const parseMultipart = (
  raw: Buffer,
  contentType: string,
): { name: string; filename: string | undefined; type: string; bytes: Buffer }[] => {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  const parts = [];
  let start = raw.indexOf(marker);
  while (start !== -1) {
    const next = raw.indexOf(marker, start + marker.length);
    if (next === -1) break;
    // Each part sits between "marker\r\n" and "\r\n" before the next marker.
    const part = raw.subarray(start + marker.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    parts.push({
      name: header(headers, 'name') ?? '',
      filename: header(headers, 'filename'),
      type: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream',
      bytes: part.subarray(split + 4),
    });
    start = next;
  }
  return parts;
};

/** Reads a JSON or multipart (`payload_json` + `files[n]`) body, as @discordjs/rest sends them. */
export const readBody = async (request: IncomingMessage): Promise<ParsedBody> => {
  const raw = await readAll(request);
  if (raw.length === 0) return { json: undefined, files: [] };
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    let json: unknown;
    const files: FakeFile[] = [];
    for (const part of parseMultipart(raw, type)) {
      if (part.filename !== undefined) {
        files.push({ name: part.filename, contentType: part.type, bytes: Buffer.from(part.bytes) });
      } else if (part.name === 'payload_json') {
        json = JSON.parse(part.bytes.toString('utf8'));
      }
    }
    return { json, files };
  }
  return { json: JSON.parse(raw.toString('utf8')), files: [] };
};

/** Writes a JSON response, or an empty 204. */
export const send = (response: ServerResponse, status: number, body?: unknown): void => {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  response
    .writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
};
