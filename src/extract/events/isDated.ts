import type { Mention } from '../../model/dataFile';
import { parseTimeValue } from '../../model/timeValue';

/** A mention that names a point or period on the calendar (not a duration, a set or "now"). */
export const isDated = (m: Mention): boolean => (m.type === 'DATE' || m.type === 'TIME') && parseTimeValue(m.value) !== null;
