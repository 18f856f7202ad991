import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { scaleUtc } from 'd3-scale';
import type { TimelineEvent } from '../model/dataFile';
import { formatEventDate, formatTimeValue } from '../model/timeLabel';
import { parseTimeValue } from '../model/timeValue';
import { EventMark } from './EventMark';
import { Legend } from './Legend';
import { PublicationMarker } from './PublicationMarker';
import { TimeAxis } from './TimeAxis';
import { AXIS_HEIGHT_PX, LANE_HEIGHT_PX, layoutEvents } from './layout';
import { computeFitDomainMs, placeEvents, type PlacedEvent } from './placeEvents';
import { computeTicks } from './ticks';
import { useElementWidth } from './useElementWidth';
import { useZoom } from './useZoom';
import './timeline.css';

/** The timeline's contract with the app (see notes/ui-contract.md). */
export interface TimelineProps {
  events: TimelineEvent[];
  /** article.published, YYYY-MM-DD. */
  published: string;
  selectedId: string | null;
  /** Events whose source paragraphs are in view in the article pane. */
  emphasisedIds: ReadonlySet<string>;
  /** Called with null when Escape clears the selection. */
  onSelect: (eventId: string | null) => void;
  /** A fixed width in px instead of measuring the container (tests; jsdom has no layout). */
  widthPx?: number;
}

const DAY_MS = 86_400_000;
// Deepest zoom: a day this wide is enough to read day ticks and tell same-day events apart.
const MAX_PX_PER_DAY = 320;
// An event this close to the edge still counts as off-screen: half its glyph would be cut.
const IN_VIEW_MARGIN_PX = 16;

/** Where to centre the view to show an event: a point or band by its middle, a bar by its start. */
function anchorMsOf({ span }: PlacedEvent): number {
  if (span.future) return span.endMs;
  return span.isRange || span.openEnd ? span.startMs : (span.startMs + span.endMs) / 2;
}

const eventIdOf = (target: EventTarget) =>
  target instanceof Element ? target.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null : null;

/** The article's events on a zoomable time axis, linked to the selection both ways. */
export function Timeline({ events, published, selectedId, emphasisedIds, onSelect, widthPx: fixedWidthPx }: TimelineProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const hintId = useId();
  const measuredWidthPx = useElementWidth(boxRef);
  const widthPx = fixedWidthPx ?? measuredWidthPx;

  const { placed, unplaced } = useMemo(() => placeEvents(events, published), [events, published]);
  const placedById = useMemo(() => new Map(placed.map((p) => [p.event.id, p])), [placed]);
  const orderedIds = useMemo(() => placed.map((p) => p.event.id), [placed]);
  const ariaLabels = useMemo(
    () => new Map(placed.map(({ event }) => [event.id, `${formatEventDate(event, published)}: ${event.title}`])),
    [placed, published],
  );
  const fitDomainMs = useMemo(() => computeFitDomainMs(placed, published), [placed, published]);
  const baseScale = useMemo(
    () => scaleUtc().domain(fitDomainMs.map((ms) => new Date(ms))).range([0, widthPx]),
    [fitDomainMs, widthPx],
  );
  const maxScale = ((fitDomainMs[1] - fitDomainMs[0]) / DAY_MS) * MAX_PX_PER_DAY / widthPx;
  const { transform, zoomIn, zoomOut, fitAll, panTo } = useZoom(svgRef, { widthPx, maxScale });
  const scale = useMemo(() => transform.rescaleX(baseScale), [transform, baseScale]);
  const layout = useMemo(() => layoutEvents(placed, scale, widthPx), [placed, scale, widthPx]);
  const axisTicks = useMemo(() => computeTicks(scale, widthPx), [scale, widthPx]);
  const publishedSpan = useMemo(() => parseTimeValue(published), [published]);

  // New data means a new story: show all of it again.
  const shownDomainRef = useRef(fitDomainMs);
  useEffect(() => {
    if (shownDomainRef.current === fitDomainMs) return;
    shownDomainRef.current = fitDomainMs;
    fitAll();
  }, [fitDomainMs, fitAll]);

  // Runs when the selection changes, not when the view does: the reader may pan away from the selected event.
  useEffect(() => {
    const selected = selectedId ? placedById.get(selectedId) : undefined;
    if (!selected) return;
    const [fromMs, toMs] = scale.domain().map((d) => d.getTime()) as [number, number];
    const marginMs = (IN_VIEW_MARGIN_PX / widthPx) * (toMs - fromMs);
    const { startMs, endMs, openEnd } = selected.span;
    const inView = startMs < toMs - marginMs && (openEnd ? Infinity : endMs) > fromMs + marginMs;
    if (!inView) panTo(baseScale(new Date(anchorMsOf(selected))));
  }, [selectedId, placedById]);

  // When the app caps the box height (--timeline-max-height), bring the selected lane into the box's view.
  useEffect(() => {
    const box = boxRef.current;
    const mark = layout.marks.find((m) => m.id === selectedId);
    if (!box || !mark || box.scrollHeight <= box.clientHeight) return;
    const bottomPx = mark.laneTopPx + LANE_HEIGHT_PX;
    if (mark.laneTopPx < box.scrollTop) box.scrollTop = mark.laneTopPx - AXIS_HEIGHT_PX;
    else if (bottomPx > box.scrollTop + box.clientHeight) box.scrollTop = bottomPx - box.clientHeight;
  }, [selectedId]); // On selection only, like the pan above: the reader may scroll away afterwards.

  const focusMark = useCallback((eventId: string) => {
    const marks = svgRef.current?.querySelectorAll<SVGGElement>('[data-event-id]') ?? [];
    // preventScroll: the svg clips off-screen marks itself; the page must not jump sideways.
    Array.from(marks).find((mark) => mark.dataset.eventId === eventId)?.focus({ preventScroll: true });
  }, []);

  const handleMarkKeyDown = useCallback((event: KeyboardEvent<SVGGElement>) => {
    const eventId = eventIdOf(event.target);
    if (!eventId) return;
    const index = orderedIds.indexOf(eventId);
    let nextId: string | undefined;
    switch (event.key) {
      case 'ArrowRight': nextId = orderedIds[Math.min(index + 1, orderedIds.length - 1)]; break;
      case 'ArrowLeft': nextId = orderedIds[Math.max(index - 1, 0)]; break;
      case 'Home': nextId = orderedIds[0]; break;
      case 'End': nextId = orderedIds[orderedIds.length - 1]; break;
      case 'Enter':
      case ' ': nextId = eventId; break;
      case 'Escape':
        event.preventDefault();
        onSelect(null);
        return;
      default: return;
    }
    event.preventDefault();
    if (!nextId) return;
    if (nextId !== selectedId) onSelect(nextId);
    if (nextId !== eventId) focusMark(nextId);
  }, [orderedIds, onSelect, selectedId, focusMark]);

  const handleMarkClick = useCallback((event: MouseEvent<SVGGElement>) => {
    const eventId = eventIdOf(event.target);
    if (eventId) onSelect(eventId);
  }, [onSelect]);

  const handleZoomKeys = useCallback((event: KeyboardEvent<HTMLElement>) => {
    // Leave Ctrl/Cmd +/−/0 to the browser's own page zoom.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const command = { '+': zoomIn, '=': zoomIn, '-': zoomOut, '_': zoomOut, '−': zoomOut, '0': fitAll }[event.key];
    if (!command) return;
    event.preventDefault();
    command();
  }, [zoomIn, zoomOut, fitAll]);

  const [collapsed, setCollapsed] = useState(false);
  const toggleCollapsed = useCallback(() => setCollapsed((was) => !was), []);
  const bodyId = useId();
  const tabbableId = selectedId && placedById.has(selectedId) ? selectedId : orderedIds[0];
  const publishedXPx = publishedSpan ? scale(new Date((publishedSpan.startMs + publishedSpan.endMs) / 2)) : null;

  return (
    <section aria-label="Timeline" className="timeline" data-collapsed={collapsed} onKeyDown={handleZoomKeys}>
      <div className="timeline-controls">
        {/* Shown on narrow screens only (timeline.css): there the timeline may give its room to the article. */}
        <button type="button" className="timeline-toggle" aria-expanded={!collapsed} aria-controls={bodyId} onClick={toggleCollapsed}>
          {collapsed ? 'Show timeline' : 'Hide timeline'}
        </button>
        <span className="timeline-zoom">
          <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={zoomIn}>+</button>
          <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={zoomOut}>−</button>
          <button type="button" title="Fit all (0)" onClick={fitAll}>Fit all</button>
        </span>
      </div>
      <div id={bodyId} className="timeline-body">
        <p id={hintId} className="visually-hidden">
          Arrow keys move between events in time order, Home and End go to the first and last, Escape clears the
          selection; plus and minus zoom, 0 fits all events.
        </p>
        <div ref={boxRef} className="timeline-box">
          <svg
            ref={svgRef}
            className="timeline-svg"
            width={widthPx}
            height={layout.heightPx}
            role="group"
            aria-label="Events in time order"
            aria-describedby={hintId}
          >
            <TimeAxis axisTicks={axisTicks} widthPx={widthPx} heightPx={layout.heightPx} />
            {publishedXPx !== null && (
              <PublicationMarker xPx={publishedXPx} heightPx={layout.heightPx} dateLabel={formatTimeValue(published)} />
            )}
            <g className="event-marks" onKeyDown={handleMarkKeyDown} onClick={handleMarkClick}>
              {layout.marks.map((geometry) => (
                <EventMark
                  key={geometry.id}
                  geometry={geometry}
                  ariaLabel={ariaLabels.get(geometry.id) ?? geometry.label}
                  isSelected={geometry.id === selectedId}
                  isEmphasised={emphasisedIds.has(geometry.id)}
                  isTabbable={geometry.id === tabbableId}
                />
              ))}
            </g>
          </svg>
        </div>
        {placed.length === 0 && <p className="timeline-note">No dated events in this article.</p>}
        {unplaced.length > 0 && (
          <p className="timeline-note">
            Not drawn (no position in time): {unplaced.map((event) => event.title).join('; ')}.
          </p>
        )}
        <Legend />
      </div>
    </section>
  );
}
