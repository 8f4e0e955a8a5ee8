/**
 * Small HTTP utilities for the plain `node:http` server: bounded body reading
 * and JSON responses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Default request body limit: 1 MB. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** The body was larger than the limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body exceeds ${limit} bytes`);
  }
}

/** The body is not valid UTF-8. */
export class InvalidUtf8Error extends Error {
  constructor() {
    super('request body is not valid UTF-8');
  }
}

/** Decoding fails on invalid bytes rather than replacing them with U+FFFD, so garbage is refused, not half-read. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the whole body as UTF-8, refusing more than `limit` bytes: early from
 * Content-Length when declared, else as soon as the stream passes the limit
 * (the rest is discarded, not buffered).
 * @throws BodyTooLargeError, InvalidUtf8Error
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLargeError(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) return reject(new BodyTooLargeError(limit));
      try {
        resolve(strictUtf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new InvalidUtf8Error());
      }
    });
    req.on('error', reject);
  });
}

/** Sends `body` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Sends a GraphQL-shaped error response (`{ errors: [...] }`) for failures before GraphQL runs. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}
