import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { scaleUtc } from 'd3-scale';
import { measurePhase } from '../data/measurePhase';
import type { TimelineEvent } from '../model/dataFile';
import { formatEventDate, formatTimeValue } from '../model/timeLabel';
import { parseTimeValue } from '../model/timeValue';
import { ClusterMark } from './ClusterMark';
import { EventList } from './EventList';
import { EventMark } from './EventMark';
import { Legend } from './Legend';
import { MarkTooltip } from './MarkTooltip';
import { OverviewStrip } from './OverviewStrip';
import { PublicationMarker } from './PublicationMarker';
import { TimeAxis } from './TimeAxis';
import { formatClusterSpan } from './clusterLabel';
import { layoutEvents } from './layout';
import { GLYPH_RADIUS_PX } from './layout';
import { chooseMarkLayer } from './markLayer';
import { buildMarkIndex, findMarkNear } from './markIndex';
import type { MarkHitTest } from './CanvasMarkLayer';
import { computeFitDomainMs, placeEvents, type PlacedEvent } from './placeEvents';
import { computeTicks } from './ticks';
import { useBoxSize } from './useBoxSize';
import { eventIdOf, useMarkKeyboard } from './useMarkKeyboard';
import { useZoom } from './useZoom';
import { loadCanvasMarkLayer } from './loadCanvasMarkLayer';
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
  /** A fixed height budget for the lanes box in px instead of its CSS max-height (tests). */
  maxHeightPx?: number;
  /** Accessible names by event id, instead of "<date>: <title>" (the Story view adds the article). */
  eventNames?: ReadonlyMap<string, string>;
  /** A CSS colour by event id, drawn as a stripe under the mark (the Story view's article colour). */
  accents?: ReadonlyMap<string, string>;
}

const DAY_MS = 86_400_000;
// Deepest zoom: a day this wide is enough to read day ticks and tell same-day events apart.
const MAX_PX_PER_DAY = 320;
// An event this close to the edge still counts as off-screen: half its glyph would be cut.
const IN_VIEW_MARGIN_PX = 16;
// How far from a glyph the pointer still shows that mark's label.
const HOVER_REACH_PX = 14;
// A cluster opens onto its span with this much room either side.
const CLUSTER_ZOOM_PADDING_RATIO = 0.15;

// Painting on a canvas pays from about a thousand events on: its code loads only then (markLayer.ts).
const CanvasMarkLayer = lazy(loadCanvasMarkLayer);
// A click this close to a glyph painted on the canvas selects it, as the DOM mark's hit rect would.
const CLICK_REACH_PX = GLYPH_RADIUS_PX + 2;

/** Where to centre the view to show an event: a point or band by its middle, a bar by its start. */
function anchorMsOf({ span }: PlacedEvent): number {
  if (span.future) return span.endMs;
  return span.isRange || span.openEnd ? span.startMs : (span.startMs + span.endMs) / 2;
}

/** The article's events on a zoomable time axis, linked to the selection both ways. */
export function Timeline({ events, published, selectedId, emphasisedIds, onSelect, widthPx: fixedWidthPx, maxHeightPx: fixedMaxHeightPx, eventNames, accents }: TimelineProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const marksRef = useRef<SVGGElement>(null);
  const hintId = useId();
  const measured = useBoxSize(boxRef);
  const widthPx = fixedWidthPx ?? measured?.widthPx ?? 0;
  const maxHeightPx = fixedMaxHeightPx ?? measured?.maxHeightPx ?? Infinity;
  const ready = widthPx > 0;

  const { placed, unplaced } = useMemo(() => measurePhase('place', () => placeEvents(events, published)), [events, published]);
  const placedById = useMemo(() => new Map(placed.map((p) => [p.event.id, p])), [placed]);
  const orderedIds = useMemo(() => placed.map((p) => p.event.id), [placed]);
  const listItems = useMemo(
    () => placed.map(({ event }) => ({ id: event.id, name: eventNames?.get(event.id) ?? `${formatEventDate(event, published)}: ${event.title}` })),
    [placed, published, eventNames],
  );
  const ariaLabels = useMemo(() => new Map(listItems.map((item) => [item.id, item.name])), [listItems]);
  const fitDomainMs = useMemo(() => computeFitDomainMs(placed, published), [placed, published]);
  const baseScale = useMemo(
    () => scaleUtc().domain(fitDomainMs.map((ms) => new Date(ms))).range([0, Math.max(1, widthPx)]),
    [fitDomainMs, widthPx],
  );
  const maxScale = ((fitDomainMs[1] - fitDomainMs[0]) / DAY_MS) * MAX_PX_PER_DAY / Math.max(1, widthPx);
  const { transform, settledTransform, zoomIn, zoomOut, zoomInAround, zoomOutAround, fitAll, panTo, showRange, holdLayout } =
    useZoom(svgRef, { widthPx: Math.max(1, widthPx), maxScale });
  const scale = useMemo(() => transform.rescaleX(baseScale), [transform, baseScale]);
  const settledScale = useMemo(() => settledTransform.rescaleX(baseScale), [settledTransform, baseScale]);
  // Lanes, labels and clusters follow the settled view; during a gesture the drawn layer only moves (below).
  const viewLayout = useMemo(
    () => (ready ? measurePhase('lay-out', () => layoutEvents(placed, settledScale, widthPx, { maxHeightPx })) : null),
    [ready, placed, settledScale, widthPx, maxHeightPx],
  );
  // Selecting a mark already drawn changes no lane: only a selection off-screen or in a cluster is laid out again, pinned.
  const layout = useMemo(
    () => (viewLayout && selectedId !== null && placedById.has(selectedId) && !viewLayout.marks.some((m) => m.id === selectedId)
      ? measurePhase('lay-out', () => layoutEvents(placed, settledScale, widthPx, { maxHeightPx, pinnedId: selectedId }))
      : viewLayout),
    [viewLayout, selectedId, placedById, placed, settledScale, widthPx, maxHeightPx],
  );
  const axisTicks = useMemo(() => computeTicks(scale, Math.max(1, widthPx)), [scale, widthPx]);
  const publishedSpan = useMemo(() => parseTimeValue(published), [published]);
  const heightPx = layout?.heightPx ?? 0;

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
  }, [selectedId, placedById]); // eslint-disable-line react-hooks/exhaustive-deps -- on selection only, as said above

  const markLayer = chooseMarkLayer(placed.length);
  // The canvas layer takes no pointer events: the pointer finds marks through the layer's spatial index.
  const hitTestRef = useRef<MarkHitTest | null>(null);
  // While a gesture runs, the marks laid out for the settled view move by the difference between the views.
  const ratio = transform.k / settledTransform.k;
  const layerShiftPx = transform.x - ratio * settledTransform.x;
  const layerTransform = transform === settledTransform ? undefined : `translate(${layerShiftPx},0) scale(${ratio},1)`;
  /** The mark under a pointer event on the canvas layer, in the settled layout's px. */
  const findCanvasMarkAt = useCallback((clientX: number, clientY: number, reachPx: number) => {
    const svg = svgRef.current;
    const hitTest = hitTestRef.current;
    if (!hitTest || !svg) return null;
    const box = svg.getBoundingClientRect();
    return hitTest((clientX - box.left - layerShiftPx) / ratio, clientY - box.top, reachPx);
  }, [layerShiftPx, ratio]);

  const handleMarkKeyDown = useMarkKeyboard({ orderedIds, selectedId, onSelect, marksRef });

  const handleMarksClick = useCallback((event: MouseEvent<SVGGElement>) => {
    // On the canvas layer the index finds the mark under the pointer; a click from the keyboard or assistive
    // technology (detail 0) has no pointer position and names its mark by its target.
    const pointed = markLayer === 'canvas' && event.detail > 0 ? findCanvasMarkAt(event.clientX, event.clientY, CLICK_REACH_PX) : null;
    const eventId = pointed ?? eventIdOf(event.target);
    if (eventId) {
      onSelect(eventId);
      return;
    }
    const clusterKey = event.target instanceof Element ? event.target.closest('[data-cluster-key]')?.getAttribute('data-cluster-key') : null;
    const cluster = clusterKey ? layout?.clusters.find((c) => c.key === clusterKey) : undefined;
    if (!cluster) return;
    const [x0Px, x1Px] = [baseScale(new Date(cluster.startMs)), baseScale(new Date(cluster.endMs))];
    const paddingPx = Math.max((x1Px - x0Px) * CLUSTER_ZOOM_PADDING_RATIO, 1e-6);
    showRange(x0Px - paddingPx, x1Px + paddingPx);
  }, [onSelect, layout, baseScale, showRange, markLayer, findCanvasMarkAt]);

  const handleZoomKeys = useCallback((event: KeyboardEvent<HTMLElement>) => {
    // Leave Ctrl/Cmd +/−/0 to the browser's own page zoom.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const zoomsIn = event.key === '+' || event.key === '=';
    const zoomsOut = event.key === '-' || event.key === '_' || event.key === '−';
    if (!zoomsIn && !zoomsOut && event.key !== '0') return;
    event.preventDefault();
    if (event.key === '0') return fitAll();
    // With a mark focused, zoom around it, so the event the reader is on stays where it is.
    const focused = placedById.get(eventIdOf(event.target) ?? '');
    if (!focused) return zoomsIn ? zoomIn() : zoomOut();
    const xPx = Math.min(Math.max(scale(new Date(anchorMsOf(focused))), 0), widthPx);
    if (zoomsIn) zoomInAround(xPx);
    else zoomOutAround(xPx);
  }, [zoomIn, zoomOut, zoomInAround, zoomOutAround, fitAll, placedById, scale, widthPx]);

  // The full label of a mark that had no room for one, while it is hovered or focused.
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const markIndex = useMemo(() => (layout && markLayer === 'dom' ? buildMarkIndex(layout.marks) : null), [layout, markLayer]);
  // A pointer over a mark names it; elsewhere in the lanes, the nearest glyph within reach does (small glyphs, dense lanes).
  const handlePointerMove = useCallback((event: PointerEvent<SVGSVGElement>) => {
    if (markLayer === 'canvas') {
      setHoveredId(transform === settledTransform ? findCanvasMarkAt(event.clientX, event.clientY, HOVER_REACH_PX) : null);
      return;
    }
    const overMark = eventIdOf(event.target);
    if (overMark || !markIndex || transform !== settledTransform) {
      setHoveredId(overMark);
      return;
    }
    const box = event.currentTarget.getBoundingClientRect();
    setHoveredId(findMarkNear(markIndex, event.clientX - box.left, event.clientY - box.top, HOVER_REACH_PX));
  }, [markIndex, transform, settledTransform, markLayer, findCanvasMarkAt]);
  const handlePointerLeave = useCallback(() => setHoveredId(null), []);
  const handleFocus = useCallback((event: FocusEvent<SVGGElement>) => setFocusedId(eventIdOf(event.target)), []);
  const handleBlur = useCallback(() => setFocusedId(null), []);
  const tooltipMark = layout?.marks.find((m) => (m.id === focusedId || m.id === hoveredId) && !m.labelShown);

  const [collapsed, setCollapsed] = useState(false);
  const toggleCollapsed = useCallback(() => setCollapsed((was) => !was), []);
  const bodyId = useId();
  // The roving tab stop: the selected event, else the first event drawn (the earliest in view).
  const tabbableId = selectedId && placedById.has(selectedId) ? selectedId : layout?.marks[0]?.id;
  const publishedXPx = publishedSpan ? scale(new Date((publishedSpan.startMs + publishedSpan.endMs) / 2)) : null;

  const anchorsPx = useMemo(() => placed.map((p) => baseScale(new Date(anchorMsOf(p)))), [placed, baseScale]);
  const windowPx = useMemo<[number, number]>(() => [-transform.x / transform.k, (widthPx - transform.x) / transform.k], [transform, widthPx]);
  const overviewDescription = `${placed.length.toLocaleString('en-GB')} events, ${formatClusterSpan(fitDomainMs[0], fitDomainMs[1])}`;
  const handleWindowChange = useCallback((x0Px: number, x1Px: number) => showRange(x0Px, x1Px, true), [showRange]);
  const handleRecentre = useCallback((xPx: number) => panTo(xPx), [panTo]);

  return (
    <section aria-label="Timeline" className="timeline" data-collapsed={collapsed} onKeyDown={handleZoomKeys}>
      <div className="timeline-controls">
        {/* Shown on narrow screens only (timeline.css): there the timeline may give its room to the article. */}
        <button type="button" className="timeline-toggle" aria-expanded={!collapsed} aria-controls={bodyId} onClick={toggleCollapsed}>
          {collapsed ? 'Show timeline' : 'Hide timeline'}
        </button>
        <Legend />
        {placed.length > 0 && <EventList items={listItems} selectedId={selectedId} onSelect={onSelect} />}
        <span className="timeline-zoom">
          <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={zoomIn}>+</button>
          <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={zoomOut}>−</button>
          <button type="button" title="Fit all (0)" onClick={fitAll}>Fit all</button>
        </span>
      </div>
      <div id={bodyId} className="timeline-body">
        <p id={hintId} className="visually-hidden">
          Arrow keys move between events in time order, Home and End go to the first and last, Escape clears the
          selection; plus and minus zoom around the focused event, 0 fits all events.
        </p>
        {ready && placed.length > 0 && (
          <OverviewStrip
            anchorsPx={anchorsPx}
            widthPx={widthPx}
            windowPx={windowPx}
            description={overviewDescription}
            onWindowChange={handleWindowChange}
            onRecentre={handleRecentre}
            onHold={holdLayout}
          />
        )}
        <div ref={boxRef} className="timeline-box">
          <svg
            ref={svgRef}
            className="timeline-svg"
            width={widthPx}
            height={heightPx}
            role="group"
            aria-label="Events in time order"
            aria-describedby={hintId}
            data-lane-count={layout?.laneCount}
            onPointerMove={handlePointerMove}
            onPointerLeave={handlePointerLeave}
          >
            {layout && (
              <>
                <TimeAxis axisTicks={axisTicks} widthPx={widthPx} heightPx={heightPx} />
                {publishedXPx !== null && (
                  <PublicationMarker xPx={publishedXPx} heightPx={heightPx} dateLabel={formatTimeValue(published)} />
                )}
                <g
                  ref={marksRef}
                  className="event-marks"
                  data-layer={markLayer}
                  transform={layerTransform}
                  onKeyDown={handleMarkKeyDown}
                  onClick={handleMarksClick}
                  onFocus={handleFocus}
                  onBlur={handleBlur}
                >
                  {markLayer === 'canvas' ? (
                    <Suspense fallback={null}>
                      <CanvasMarkLayer
                        layout={layout}
                        widthPx={widthPx}
                        heightPx={heightPx}
                        selectedId={selectedId}
                        emphasisedIds={emphasisedIds}
                        tabbableId={tabbableId}
                        hoveredId={hoveredId}
                        ariaLabels={ariaLabels}
                        accents={accents}
                        hitTestRef={hitTestRef}
                      />
                    </Suspense>
                  ) : layout.marks.map((geometry) => (
                    <EventMark
                      key={geometry.id}
                      geometry={geometry}
                      ariaLabel={ariaLabels.get(geometry.id) ?? geometry.label}
                      isSelected={geometry.id === selectedId}
                      isEmphasised={emphasisedIds.has(geometry.id)}
                      isTabbable={geometry.id === tabbableId}
                      accent={accents?.get(geometry.id)}
                    />
                  ))}
                  {markLayer === 'dom' && layout.clusters.map((cluster) => (
                    <ClusterMark key={cluster.key} cluster={cluster} topPx={layout.clusterRowTopPx} />
                  ))}
                  {tooltipMark && <MarkTooltip mark={tooltipMark} widthPx={widthPx} />}
                </g>
              </>
            )}
          </svg>
        </div>
        {placed.length === 0 && <p className="timeline-note">No dated events in this article.</p>}
        {unplaced.length > 0 && (
          <p className="timeline-note">
            Not drawn (no position in time): {unplaced.map((event) => event.title).join('; ')}.
          </p>
        )}
      </div>
    </section>
  );
}
