export { tagTimexes } from './tag/tagTimexes.ts';
export type { Timex, TagOptions } from './tag/tagTimexes.ts';
export { ReferenceDateError, explainBadReferenceDate } from './tag/referenceDate.ts';
export { isWellFormedTimexValue } from './tag/wellFormed.ts';
export { extractArticle, ExtractError } from './extractArticle.ts';
export type { ExtractOptions } from './extractArticle.ts';
export { segmentArticle } from './segment/segmentArticle.ts';
export { buildEvents } from './events/buildEvents.ts';
