import { toEventSpan } from '../model/eventSpan';
import type { StorySource } from './loadStorySources';

/** How many of an article's events have a place in time (the ones a timeline can draw). */
export function countDatedEvents(source: Pick<StorySource, 'events' | 'published'>): number {
  let count = 0;
  for (const event of source.events) if (toEventSpan(event, source.published)) count += 1;
  return count;
}
