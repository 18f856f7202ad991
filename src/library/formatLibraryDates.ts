import { formatTimeValue } from '../model/timeLabel';

/** "18 April 2023" for a publication day. */
export const formatPublished = (isoDay: string) => formatTimeValue(isoDay);

const ADDED_FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** When the reader added the article, in their own time zone: "3 Dec 2026, 13:40". */
export const formatAdded = (epochMs: number) => ADDED_FORMAT.format(new Date(epochMs));

/** "1 event", "12 events". */
export const formatEventCount = (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`;
