import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import {
  FOOTER_HEIGHT_PX, LANE_HEIGHT_PX, LANES_TOP_PX, LABEL_FONT_PX, layoutEvents, type MarkGeometry,
} from '../../../src/timeline/layout';
import { estimateTextWidthPx } from '../../../src/timeline/lanes';
import { computeFitDomainMs, placeEvents } from '../../../src/timeline/placeEvents';
import type { TimelineEvent } from '../../../src/model/dataFile';
import { buildFixtureEvents, buildTimelineEvent, FIXTURE_PUBLISHED } from '../../helpers/buildTimelineEvent';

// 2022 drawn at one pixel per day: x is the day of the year, counted from 0.
const WIDTH_PX = 365;
const scale2022 = scaleUtc().domain([new Date('2022-01-01'), new Date('2023-01-01')]).range([0, WIDTH_PX]);

// Scales compute in floating point: 243.00000000000003 is 243.
const px = (...values: number[]) => values.map((v) => Math.round(v * 1e6) / 1e6);

const layOut = (events: TimelineEvent[], published = '2022-10-15') =>
  layoutEvents(placeEvents(events, published).placed, scale2022, WIDTH_PX);
const markOf = (events: TimelineEvent[], published?: string): MarkGeometry => {
  const mark = layOut(events, published).marks[0];
  if (!mark) throw new Error('no mark laid out');
  return mark;
};

describe('layoutEvents draws each precision honestly', () => {
  it('draws September 2022 as a band across exactly its 30 days: x 243 to 273', () => {
    const mark = markOf([buildTimelineEvent({ id: 'm', title: 'Month', start: '2022-09' })]);
    expect(mark.kind).toBe('band');
    expect(px(mark.x0Px, mark.x1Px, mark.glyphXPx)).toEqual([243, 273, 258]);
  });

  it('draws 2022 as a band across the whole year', () => {
    const mark = markOf([buildTimelineEvent({ id: 'y', title: 'Year', start: '2022' })]);
    expect(mark.kind).toBe('band');
    expect(px(mark.x0Px, mark.x1Px)).toEqual([0, 365]);
  });

  it('draws 16 April 2022 as a point in the middle of that day: x 105.5', () => {
    const mark = markOf([buildTimelineEvent({ id: 'd', title: 'Day', start: '2022-04-16' })]);
    expect(mark.kind).toBe('point');
    expect(px(mark.x0Px, mark.x1Px, mark.glyphXPx)).toEqual([105.5, 105.5, 105.5]);
  });

  it('draws March–May 2022 as a bar from 1 March to the end of May: x 59 to 151', () => {
    const mark = markOf([buildTimelineEvent({ id: 'r', title: 'Range', start: '2022-03', end: '2022-05' })]);
    expect(mark.kind).toBe('bar');
    expect(px(mark.x0Px, mark.x1Px, mark.glyphXPx)).toEqual([59, 151, 59]);
    expect([mark.arrowEnd, mark.dashed, mark.fadeStartFraction, mark.fadeEndFraction]).toEqual([false, false, 0, 0]);
  });

  it('runs an ongoing range from about 3 August to the right edge with an arrow, its approximate start fading', () => {
    const mark = markOf([buildTimelineEvent({
      id: 'o', title: 'Ongoing', start: '2022-08-03', end: '2022-10-15', approximate: true, ongoing: true,
    })]);
    expect(mark.kind).toBe('bar');
    expect(px(mark.x0Px, mark.x1Px, mark.drawX1Px)).toEqual([214, 365, 365]);
    expect(mark.arrowEnd).toBe(true);
    // "about early August" is unsure by ten days = 10 px here, widened to the 28 px minimum a fade needs to be seen.
    expect(mark.fadeStartFraction).toBeCloseTo(28 / 151, 10);
    expect(mark.fadeEndFraction).toBe(0);
  });

  it('fades the end of a range whose end is approximate', () => {
    const mark = markOf([buildTimelineEvent({
      id: 'e', title: 'Fading end', start: '2022-01', end: '2022-06', approximateEnd: true,
    })]);
    expect(mark.fadeStartFraction).toBe(0);
    expect(mark.fadeEndFraction).toBeCloseTo(28 / 181, 10);
  });

  it('draws a future item as an open dashed bar from the end of the publication day to the edge', () => {
    const mark = markOf([buildTimelineEvent({ id: 'f', title: 'Future', start: 'FUTURE_REF' })], '2022-10-15');
    expect([mark.kind, mark.dashed, mark.arrowEnd]).toEqual(['bar', true, true]);
    expect(px(mark.x0Px, mark.x1Px)).toEqual([288, 365]);
  });

  it('keeps a band visible when zoomed so far out that its month is under 3 px', () => {
    const decade = scaleUtc().domain([new Date('2015-01-01'), new Date('2025-01-01')]).range([0, 365]);
    const [mark] = layoutEvents(placeEvents([buildTimelineEvent({ id: 'm', title: 'M', start: '2022-09' })], '2022-10-15').placed, decade, 365).marks;
    expect(mark!.x1Px - mark!.x0Px).toBeCloseTo(3, 10);
  });
});

describe('layoutEvents stacks marks in lanes', () => {
  it('puts two same-day events in lanes 0 and 1, one lane height apart', () => {
    const marks = layOut([
      buildTimelineEvent({ id: 'a', title: 'First visit', start: '2022-04-16' }),
      buildTimelineEvent({ id: 'b', title: 'Second visit', start: '2022-04-16' }),
    ]).marks;
    expect(marks.map((m) => [m.id, m.lane])).toEqual([['a', 0], ['b', 1]]);
    expect(marks[1]!.yPx - marks[0]!.yPx).toBe(LANE_HEIGHT_PX);
  });

  it('lets a far-away event share the top lane', () => {
    const marks = layOut([
      buildTimelineEvent({ id: 'a', title: 'Early', start: '2022-01-10' }),
      buildTimelineEvent({ id: 'b', title: 'Late', start: '2022-11-10' }),
    ]).marks;
    expect(marks.map((m) => m.lane)).toEqual([0, 0]);
  });

  it('grows the height with the lanes: axis, lanes, publication footer', () => {
    const layout = layOut([
      buildTimelineEvent({ id: 'a', title: 'A', start: '2022-04-16' }),
      buildTimelineEvent({ id: 'b', title: 'B', start: '2022-04-16' }),
      buildTimelineEvent({ id: 'c', title: 'C', start: '2022-04-16' }),
    ]);
    expect(layout.laneCount).toBe(3);
    expect(layout.heightPx).toBe(LANES_TOP_PX + 3 * LANE_HEIGHT_PX + FOOTER_HEIGHT_PX);
  });

  it('never overlaps two marks or labels of the fixture story in one lane at fit-all on a 390 px phone', () => {
    const { placed } = placeEvents(buildFixtureEvents(), FIXTURE_PUBLISHED);
    const [fromMs, toMs] = computeFitDomainMs(placed, FIXTURE_PUBLISHED);
    const phone = scaleUtc().domain([new Date(fromMs), new Date(toMs)]).range([0, 390]);
    const { marks } = layoutEvents(placed, phone, 390);
    expect(marks).toHaveLength(9);
    for (const a of marks) {
      for (const b of marks) {
        if (a.id >= b.id || a.lane !== b.lane) continue;
        expect(a.hitRightPx + 8 <= b.hitLeftPx || b.hitRightPx + 8 <= a.hitLeftPx).toBe(true);
      }
    }
  });

  it('puts a label near the right edge on the left of its glyph, so it stays in view', () => {
    const title = 'A long label at the year end';
    const mark = markOf([buildTimelineEvent({ id: 'z', title, start: '2022-12-30' })]);
    const widthPx = estimateTextWidthPx(title, LABEL_FONT_PX);
    expect(mark.labelXPx).toBe(mark.glyphXPx - 6 - 3 - widthPx);
  });
});

describe('layoutEvents with events it cannot place', () => {
  it('lays out nothing for no events, keeping one empty lane of height', () => {
    const layout = layOut([]);
    expect(layout.marks).toEqual([]);
    expect(layout.heightPx).toBe(LANES_TOP_PX + LANE_HEIGHT_PX + FOOTER_HEIGHT_PX);
  });

  it('leaves out an event dated only "in the past" and reports it as unplaced', () => {
    const { placed, unplaced } = placeEvents([
      buildTimelineEvent({ id: 'past', title: 'Some time ago', start: 'PAST_REF' }),
      buildTimelineEvent({ id: 'day', title: 'A day', start: '2022-04-16' }),
    ], '2022-10-15');
    expect(placed.map((p) => p.event.id)).toEqual(['day']);
    expect(unplaced.map((e) => e.id)).toEqual(['past']);
  });
});

describe('placeEvents orders events the way the arrow keys walk them', () => {
  it('sorts the fixture story by start, then end, then id, with the future item last', () => {
    const { placed } = placeEvents(buildFixtureEvents(), FIXTURE_PUBLISHED);
    expect(placed.map((p) => p.event.id)).toEqual([
      'siege', 'capture', 'long-battle', 'annexation', 'port-visit', 'easter', 'visit-command', 'visit-guard', 'counteroffensive',
    ]);
  });

  it('fits all events and the publication day, with room for the open end and padding', () => {
    const { placed } = placeEvents(buildFixtureEvents(), FIXTURE_PUBLISHED);
    const [fromMs, toMs] = computeFitDomainMs(placed, FIXTURE_PUBLISHED);
    const firstMs = Date.UTC(2022, 2, 1);
    const lastMs = Date.UTC(2023, 3, 19);
    const withRoomMs = lastMs + (lastMs - firstMs) * 0.12;
    const paddingMs = (withRoomMs - firstMs) * 0.04;
    expect([fromMs, toMs]).toEqual([firstMs - paddingMs, withRoomMs + paddingMs]);
  });

  it('fits a history to its events when it was published decades later', () => {
    const { placed } = placeEvents([
      buildTimelineEvent({ id: 'landing', title: 'Landing', start: '1944-06-06' }),
      buildTimelineEvent({ id: 'end', title: 'End of the war', start: '1945-05-08' }),
    ], '2024-02-24');
    const [fromMs, toMs] = computeFitDomainMs(placed, '2024-02-24');
    expect(new Date(fromMs).getUTCFullYear()).toBe(1944);
    expect(new Date(toMs).getUTCFullYear()).toBe(1945);
  });

  it('keeps the publication day in view when it lies near the events', () => {
    const { placed } = placeEvents([buildTimelineEvent({ id: 'vote', title: 'Vote', start: '2022-09' })], '2023-04-18');
    const [, toMs] = computeFitDomainMs(placed, '2023-04-18');
    expect(toMs).toBeGreaterThan(Date.UTC(2023, 3, 19));
  });
});

describe('layoutEvents culls and bounds', () => {
  const day = (id: string, start: string) => buildTimelineEvent({ id, title: `Event ${id}`, start });

  it('draws only the events in view or within its 40 px bleed: of 1 Jan 2021, 1 Nov 2021, 31 Dec 2021, 1 Jun 2022 and 1 Mar 2023, only 31 Dec 2021 (half a pixel out) and 1 Jun 2022', () => {
    const layout = layOut([day('early', '2021-01-01'), day('november', '2021-11-01'), day('eve', '2021-12-31'), day('june', '2022-06-01'), day('after', '2023-03-01')]);
    expect(layout.marks.map((m) => m.id)).toEqual(['eve', 'june']);
  });

  it('lays out an off-screen event when it is pinned (selected), so it can hold focus', () => {
    const placed = placeEvents([day('june', '2022-06-01'), day('after', '2023-03-01')], '2022-10-15').placed;
    const layout = layoutEvents(placed, scale2022, WIDTH_PX, { pinnedId: 'after' });
    expect(layout.marks.map((m) => m.id)).toEqual(['june', 'after']);
  });

  it('keeps 40 same-day events to the lanes that fit in 200 px and clusters the rest as "+N" with their span', () => {
    const events = Array.from({ length: 40 }, (_, i) => day(`d${String(i).padStart(2, '0')}`, '2022-06-01'));
    const layout = layoutEvents(placeEvents(events, '2022-10-15').placed, scale2022, WIDTH_PX, { maxHeightPx: 200 });
    // 200 px: axis 34 + cluster row 30 + footer 20 leaves 116 px, 4 lanes of 24 px.
    expect(layout.laneCount).toBe(4);
    expect(layout.marks.map((m) => m.id)).toEqual(['d00', 'd01', 'd02', 'd03']);
    expect(layout.clusters.map((c) => c.ids.length)).toEqual([36]);
    expect(layout.heightPx).toBeLessThanOrEqual(200);
  });

  it('uses the cluster row\'s room for a sixth lane when nothing overflows', () => {
    const events = Array.from({ length: 6 }, (_, i) => day(`d${i}`, '2022-06-01'));
    const layout = layoutEvents(placeEvents(events, '2022-10-15').placed, scale2022, WIDTH_PX, { maxHeightPx: 200 });
    expect([layout.laneCount, layout.clusters.length, layout.heightPx]).toEqual([6, 0, LANES_TOP_PX + 6 * LANE_HEIGHT_PX + FOOTER_HEIGHT_PX]);
  });
});

describe('layoutEvents when many events crowd the view', () => {
  it('lays out the same lanes, labels and clusters whether or not it can tell overflow ahead of a sweep', () => {
    const events = Array.from({ length: 2_000 }, (_, i) =>
      buildTimelineEvent({ id: `e${i}`, title: `Event ${i}`, start: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const { placed } = placeEvents(events, '2022-12-31');
    // 2,000 marks cannot fit the 10 lanes of a 365 px view: the layout goes straight to (300 − 34 − 30 − 20) / 24 = 9
    // lanes and a cluster row.
    const crowded = layoutEvents(placed, scale2022, WIDTH_PX, { maxHeightPx: 300 });
    const sameLanes = layoutEvents(placed, scale2022, WIDTH_PX, { maxLanes: crowded.laneCount });
    expect(crowded.laneCount).toBe(9);
    expect(crowded.marks.map((m) => [m.id, m.lane, m.labelShown])).toEqual(sameLanes.marks.map((m) => [m.id, m.lane, m.labelShown]));
    expect(crowded.clusters.map((c) => c.ids.length)).toEqual(sameLanes.clusters.map((c) => c.ids.length));
  });
});
