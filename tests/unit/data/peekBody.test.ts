import { describe, expect, it } from 'vitest';
import { peekBody } from '../../../src/data/peekBody';

/** A response whose body arrives in `chunks` (strings), like a compressed answer with no Content-Length. */
function chunkedResponse(chunks: string[]): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < chunks.length) controller.enqueue(encoder.encode(chunks[next++]));
      else controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('peekBody (is a body large, when its headers do not say)', () => {
  it('says a body under the limit is small, and hands it back whole', async () => {
    const peeked = await peekBody(chunkedResponse(['{"a":', '1}']), 1_000);
    expect(peeked.large).toBe(false);
    expect(await peeked.response.text()).toBe('{"a":1}');
  });

  it('says a body past the limit is large, and hands it back whole', async () => {
    const chunks = Array.from({ length: 50 }, (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(98)}`);
    const peeked = await peekBody(chunkedResponse(chunks), 1_000);
    expect(peeked.large).toBe(true);
    const text = await peeked.response.text();
    expect(text).toHaveLength(5_000);
    expect(text).toBe(chunks.join(''));
  });

  it('keeps the status and headers of the answer', async () => {
    const peeked = await peekBody(chunkedResponse(['{}']), 10);
    expect(peeked.response.status).toBe(200);
    expect(peeked.response.headers.get('Content-Type')).toBe('application/json');
  });
});
