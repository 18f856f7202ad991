import { describe, expect, it } from 'vitest';
import { computeFitDomainMs, placeEvents } from '../../../src/timeline/placeEvents';
import { buildTimelineEvent } from '../../helpers/buildTimelineEvent';

const DAY_MS = 86_400_000;

describe('placeEvents and computeFitDomainMs hold any number of events', () => {
  it('fits 150,000 events without overflowing the stack: from 1 January 2001 to 2001 + 150,000 days, padded', () => {
    const events = Array.from({ length: 150_000 }, (_, i) => {
      const day = new Date(Date.UTC(2001, 0, 1) + i * DAY_MS).toISOString().slice(0, 10);
      return buildTimelineEvent({ id: `e${i}`, title: `Event ${i}`, start: day });
    });
    const { placed } = placeEvents(events, '2023-04-18');
    expect(placed).toHaveLength(150_000);
    const [fromMs, toMs] = computeFitDomainMs(placed, '2023-04-18');
    const spanMs = 150_000 * DAY_MS;
    expect(fromMs).toBe(Date.UTC(2001, 0, 1) - spanMs * 0.04);
    expect(toMs).toBe(Date.UTC(2001, 0, 1) + spanMs + spanMs * 0.04);
  });
});
