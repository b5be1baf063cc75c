/**
 * Request-size limits, applied before yoga parses anything: a body over `maxBodyBytes` (by its
 * content-length, or counted while streaming when there is none) is refused with 413, a URL over
 * `maxUrlBytes` with 414. Nothing is buffered beyond the limit, so a 10 MB body costs 10 MB of
 * network reads at most and none of memory.
 */

export interface SizeLimits {
  maxBodyBytes: number;
  maxUrlBytes: number;
}

/** The defaults of CLAIMGRAPH_MAX_BODY_BYTES and CLAIMGRAPH_MAX_URL_BYTES (src/config.ts). */
export const DEFAULT_SIZE_LIMITS: SizeLimits = { maxBodyBytes: 128 * 1024, maxUrlBytes: 16 * 1024 };

function refuse(status: 413 | 414, message: string): Response {
  return Response.json(
    { errors: [{ message, extensions: { code: status === 413 ? 'REQUEST_TOO_LARGE' : 'URL_TOO_LONG' } }] },
    { status, headers: { connection: 'close' } },
  );
}

/** The request to hand on (its body read and checked), or the response that refuses it. */
export async function limitRequestSize(request: Request, limits: SizeLimits): Promise<Request | Response> {
  if (request.url.length > limits.maxUrlBytes) {
    return refuse(414, `The request URL is limited to ${limits.maxUrlBytes} bytes.`);
  }
  if (!request.body || request.method === 'GET' || request.method === 'HEAD') return request;
  const tooLarge = () => refuse(413, `The request body is limited to ${limits.maxBodyBytes} bytes.`);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
    await request.body.cancel().catch(() => {});
    return tooLarge();
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBodyBytes) {
      await reader.cancel().catch(() => {});
      return tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
  });
}
