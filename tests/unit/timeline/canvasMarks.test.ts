import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import {
  drawCanvasScene, planMarkPaint, withAlpha, type CanvasPalette,
} from '../../../src/timeline/canvasMarks';
import { layoutEvents, type MarkGeometry } from '../../../src/timeline/layout';
import { placeEvents } from '../../../src/timeline/placeEvents';
import type { ClusterGeometry } from '../../../src/timeline/clusters';
import { buildTimelineEvent } from '../../helpers/buildTimelineEvent';

// 2022 at one pixel per day, as in layout.test.ts.
const WIDTH_PX = 365;
const scale2022 = scaleUtc().domain([new Date('2022-01-01'), new Date('2023-01-01')]).range([0, WIDTH_PX]);
const layOut = (...events: Parameters<typeof buildTimelineEvent>[0][]) =>
  layoutEvents(placeEvents(events.map(buildTimelineEvent), '2022-12-31').placed, scale2022, WIDTH_PX, { maxLanes: 3 });
const markNamed = (marks: readonly MarkGeometry[], id: string) => marks.find((m) => m.id === id)!;

const PALETTE: CanvasPalette = {
  categories: {
    battle: 'rgb(200, 0, 0)', military: 'rgb(100, 0, 200)', visit: 'rgb(0, 90, 200)',
    political: 'rgb(180, 100, 0)', holiday: 'rgb(0, 120, 50)', other: 'rgb(90, 90, 90)',
  },
  surface: 'rgb(255, 255, 255)', fg: 'rgb(20, 20, 20)', muted: 'rgb(90, 100, 110)',
};

// Scales compute in floating point: 243.00000000000003 is 243.
const round = (value: number) => Math.round(value * 100) / 100;

/** A 2D context that records what is painted, with the fill style at the time of each fill. */
function createRecordingContext() {
  const calls: string[] = [];
  const state = { fillStyle: '' as unknown, strokeStyle: '' as unknown, lineWidth: 1, tx: 0, ty: 0 };
  const ctx = {
    get fillStyle() { return state.fillStyle; }, set fillStyle(v) { state.fillStyle = v; },
    get strokeStyle() { return state.strokeStyle; }, set strokeStyle(v) { state.strokeStyle = v; },
    get lineWidth() { return state.lineWidth; }, set lineWidth(v) { state.lineWidth = v; },
    setTransform: (...args: number[]) => calls.push(`setTransform ${args.join(',')}`),
    clearRect: (...args: number[]) => calls.push(`clearRect ${args.join(',')}`),
    beginPath: () => {}, closePath: () => {}, moveTo: () => {}, lineTo: () => {},
    roundRect: (x: number, y: number, w: number, h: number, r: number) => calls.push(`roundRect ${[x, y, w, h, r].map(round).join(',')}`),
    fill: (path?: { d: string }) => calls.push(`fill ${path ? `glyph@${round(state.tx)},${round(state.ty)}` : 'path'} ${typeof state.fillStyle === 'string' ? state.fillStyle : 'gradient'}`),
    stroke: (path?: { d: string }) => { if (path) calls.push(`outline ${String(state.strokeStyle)} ${state.lineWidth}`); },
    setLineDash: () => {},
    fillRect: (x: number, y: number, w: number, h: number) => calls.push(`fillRect ${[x, y, w, h].map(round).join(',')} ${String(state.fillStyle)}`),
    save: () => {}, restore: () => { state.tx = 0; state.ty = 0; },
    translate: (x: number, y: number) => { state.tx += x; state.ty += y; },
    createLinearGradient: () => ({ addColorStop: () => {} }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('the state of a mark on the canvas, as the stylesheet shows it on DOM marks', () => {
  const { marks } = layOut({ id: 'a', title: 'A', start: '2022-03-01' }, { id: 'b', title: 'B', start: '2022-06' });

  it('outlines a plain glyph in the surface colour, one whose source is in view in the text colour 2 px wide, the selected one 2.5 px', () => {
    expect(planMarkPaint(markNamed(marks, 'a')).glyph.outline).toBe('surface');
    expect(planMarkPaint(markNamed(marks, 'a'), 'emphasised').glyph.outline).toBe('emphasised');
    expect(planMarkPaint(markNamed(marks, 'a'), 'selected').glyph.outline).toBe('selected');
  });

  it('fills a band whose source is in view at 0.55 instead of 0.35', () => {
    expect(planMarkPaint(markNamed(marks, 'b')).span?.fillAlpha).toBe(0.35);
    expect(planMarkPaint(markNamed(marks, 'b'), 'emphasised').span?.fillAlpha).toBe(0.55);
  });
});

describe('how a mark is painted, as EventMark draws it in SVG', () => {
  it('paints 16 April 2022 as a lone glyph (a circle for a visit) centred on x 105.5, with no span', () => {
    const mark = markNamed(layOut({ id: 'd', title: 'Day', start: '2022-04-16', category: 'visit' }).marks, 'd');
    const paint = planMarkPaint(mark);
    expect(paint.span).toBeNull();
    expect({ ...paint.glyph, xPx: round(paint.glyph.xPx) }).toEqual({ xPx: 105.5, yPx: mark.yPx, shape: 'circle', fillAlpha: 1, outline: 'surface' });
  });

  it('paints September 2022 as a light band from x 243, 30 px wide, 10 px high, with its outline', () => {
    const paint = planMarkPaint(markNamed(layOut({ id: 'm', title: 'Month', start: '2022-09' }).marks, 'm'));
    expect({ ...paint.span, xPx: round(paint.span!.xPx), widthPx: round(paint.span!.widthPx) }).toMatchObject({ xPx: 243, widthPx: 30, heightPx: 10, radiusPx: 1, fillAlpha: 0.35, strokeAlpha: 0.6, dash: [], fade: null });
  });

  it('paints an ongoing range to the right edge less a 9 px arrow, the arrow pointing at the edge', () => {
    const mark = markNamed(layOut({ id: 'o', title: 'Ongoing', start: '2022-08-03', end: '2022-12-31', ongoing: true }).marks, 'o');
    const paint = planMarkPaint(mark);
    expect(paint.span?.widthPx).toBeCloseTo(mark.drawX1Px - mark.drawX0Px - 9, 9);
    expect(paint.arrow?.[1]).toEqual([mark.drawX1Px, mark.yPx]);
  });

  it('fades the start of an approximate range over the same fraction as its SVG gradient', () => {
    const mark = markNamed(layOut({ id: 'r', title: 'Range', start: '2022-03', end: '2022-05', approximate: true }).marks, 'r');
    expect(planMarkPaint(mark).span?.fade).toEqual({ fromPx: mark.x0Px, toPx: mark.x1Px, startFraction: mark.fadeStartFraction, endFraction: 0 });
    expect(mark.fadeStartFraction).toBeGreaterThan(0);
  });

  it('paints an approximate day half-transparent with a dashed outline in its own colour', () => {
    const mark = markNamed(layOut({ id: 'd', title: 'About a day', start: '2022-04-16', approximate: true }).marks, 'd');
    expect(planMarkPaint(mark).glyph).toMatchObject({ fillAlpha: 0.55, outline: 'dashed' });
  });

  it('gives a colour a new alpha, and leaves other syntaxes alone', () => {
    expect(withAlpha('rgb(0, 90, 200)', 0.35)).toBe('rgba(0, 90, 200, 0.35)');
    expect(withAlpha('rgba(0, 90, 200, 1)', 0)).toBe('rgba(0, 90, 200, 0)');
    expect(withAlpha('currentcolor', 0.5)).toBe('currentcolor');
  });
});

describe('a painted frame', () => {
  it('scales to the pixel ratio, clears, paints spans before glyphs, then the clusters’ mini-bars', () => {
    const { marks } = layOut(
      { id: 'm', title: 'Month', start: '2022-09', category: 'battle' },
      { id: 'd', title: 'Day', start: '2022-04-16', category: 'visit' },
    );
    const cluster: ClusterGeometry = {
      key: 'x', ids: ['p', 'q', 'r', 's'], x0Px: 100, x1Px: 160, startMs: 0, endMs: 1,
      categoryCounts: [['battle', 3], ['holiday', 1]], kindCounts: { point: 2, band: 2, bar: 0 },
    };
    const { ctx, calls } = createRecordingContext();
    const made: string[] = [];
    const scene = { marks, selectedId: 'd', emphasisedIds: new Set<string>(), clusters: [cluster], clusterRowTopPx: 100, widthPx: 365, heightPx: 150 };
    drawCanvasScene(ctx, scene, PALETTE, 2, (d) => {
      made.push(d);
      return { d } as unknown as Path2D;
    });
    expect(calls).toEqual([
      'setTransform 2,0,0,2,0,0',
      'clearRect 0,0,365,150',
      `roundRect 243,${markNamed(marks, 'm').yPx - 5},30,10,1`,
      'fill path rgba(200, 0, 0, 0.35)',
      // The selected day is outlined in the text colour, the month in the surface colour.
      'outline rgb(20, 20, 20) 2.5',
      `fill glyph@105.5,${markNamed(marks, 'd').yPx} rgba(0, 90, 200, 1)`,
      'outline rgb(255, 255, 255) 1.5',
      `fill glyph@258,${markNamed(marks, 'm').yPx} rgba(200, 0, 0, 1)`,
      // The pill runs from x 101, 58 px wide: three quarters battle, a quarter holiday; half days, half periods.
      'fillRect 101,121,43.5,3 rgb(200, 0, 0)',
      'fillRect 144.5,121,14.5,3 rgb(0, 120, 50)',
      'fillRect 101,125,29,3 rgb(20, 20, 20)',
      'fillRect 130,125,29,3 rgba(90, 100, 110, 0.45)',
    ]);
    expect(made).toHaveLength(2);
  });
});

describe('accent stripes on the canvas (the Story view’s article colours)', () => {
  it('paints a 16 × 3 px stripe in the article’s colour under the glyph of each accented mark, before the glyphs', () => {
    const { marks } = layOut(
      { id: 'a', title: 'From article A', start: '2022-04-16', category: 'visit' },
      { id: 'b', title: 'Not accented', start: '2022-09-10', category: 'battle' },
    );
    const { ctx, calls } = createRecordingContext();
    const scene = {
      marks, selectedId: null, emphasisedIds: new Set<string>(), clusters: [], clusterRowTopPx: 100, widthPx: 365, heightPx: 150,
      accents: new Map([['a', 'rgb(1, 2, 3)']]),
    };
    drawCanvasScene(ctx, scene, PALETTE, 1, (d) => ({ d }) as unknown as Path2D);
    const a = markNamed(marks, 'a');
    const stripeAt = calls.indexOf(`roundRect ${round(a.glyphXPx - 8)},${round(a.yPx + 8)},16,3,1`);
    expect(stripeAt).toBeGreaterThan(-1);
    expect(calls[stripeAt + 1]).toBe('fill path rgb(1, 2, 3)');
    expect(calls.filter((call) => call.startsWith('roundRect'))).toHaveLength(1);
    expect(stripeAt).toBeLessThan(calls.findIndex((call) => call.startsWith('fill glyph')));
  });
});
