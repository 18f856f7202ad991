/** A response whose body was read ahead up to a size, and whether it went past that size. */
export interface PeekedResponse {
  /** True when the body is at least `limit` bytes (it was not read to its end). */
  large: boolean;
  /** The same response, its body whole again: the bytes read ahead, then the rest as it arrives. */
  response: Response;
}

/**
 * Reads a body ahead until `limit` bytes or its end, without decoding anything: the size of a compressed or chunked
 * answer is not in its headers, and this is the only way to know it before reading it all.
 */
export async function peekBody(response: Response, limit: number): Promise<PeekedResponse> {
  if (!response.body) return { large: false, response };
  const reader = response.body.getReader();
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < limit) {
    const chunk = await reader.read();
    if (chunk.done) {
      ended = true;
      break;
    }
    head.push(chunk.value);
    size += chunk.value.byteLength;
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
      if (ended) controller.close();
    },
    async pull(controller) {
      const chunk = await reader.read();
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  const whole = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  return { large: !ended, response: whole };
}
