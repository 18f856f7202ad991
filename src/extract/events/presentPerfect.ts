// Participles that do not end in -ed/-en: "has kept", "have held", "has stood".
const IRREGULAR_PARTICIPLES = 'kept|held|had|stood|left|lost|won|made|paid|sold|built|spent|met|led|fled|fought|run|come|become|gone|done|sent|felt|found|told|said|brought|taught|struck|hit|put|set|cut';

/** A present perfect verb ("has been", "have fallen", "has kept"): a state or stretch that runs up to now. */
export const PRESENT_PERFECT = new RegExp(
  String.raw`\b(?:has|have)\s+(?:not\s+|never\s+|long\s+|already\s+)?(?:been|[a-z]+(?:ed|en|ought|un|wn)|${IRREGULAR_PARTICIPLES})\b|\b(?:’ve|'ve)\s+been\b`,
  'i',
);
