import type { Category } from '../../model/dataFile';

// Checked in this order: the first that matches wins. Holidays are named words and never ambiguous; a visit to the
// front is still a visit although the clause speaks of fighting; a capture is a battle although troops made it.
const CATEGORY_RULES: { category: Category; pattern: RegExp }[] = [
  { category: 'holiday', pattern: /\b(?:easter|christmas|holidays?|ramadan|eid|hanukkah|passover|diwali|thanksgiving|new year'?s?|lent|pentecost|independence day|victory day)\b/i },
  { category: 'visit', pattern: /\b(?:visit(?:s|ed|ing)?|trips?|tour(?:s|ed|ing)?|state visit)\b/i },
  { category: 'political', pattern: /\b(?:annex(?:es|ed|ing|ation)?|elections?|elect(?:s|ed)?|sanctions?|referendum|treaty|parliament|votes?|voted|decree|summit|negotiations?|talks|ceasefire|agreement|accords?|ultimatum|protests?|demonstrat\w*|impeach\w*|coup|resign(?:s|ed|ation)?|inaugurat\w*)\b/i },
  { category: 'battle', pattern: /\b(?:battles?|fight(?:s|ing)?|fought|captur(?:e|es|ed|ing)|siege|besieged|assault|shelling|clashes|seiz(?:e|es|ed|ing)|storm(?:ed|ing)|bombard\w*|liberat\w*|recaptur\w*|attack(?:s|ed)?|ambush\w*|mortars?|artillery|shelled|raids?|massacres?)\b/i },
  { category: 'military', pattern: /\b(?:counter-?offensives?|offensives?|troops|army|military|forces|mobili[sz]\w*|deploy\w*|invasion|invad\w*|missiles?|air ?strikes?|drills?|airborne|convoys?)\b/i },
  // "Operation Overlord": a named operation, capitalised (a "search operation" is not one).
  { category: 'military', pattern: /\bOperation [A-Z]\w*/ },
];

/** The category a clause's words suggest, by keyword rules; "other" when none applies. */
export function categorize(clause: string): Category {
  return CATEGORY_RULES.find((rule) => rule.pattern.test(clause))?.category ?? 'other';
}

/** A verb form of the category's own action, used to recognise a sentence that continues an event ("visiting"). */
export const CATEGORY_VERBS: Partial<Record<Category, RegExp>> = {
  visit: /\b(?:visit(?:ing|ed)|tour(?:ing|ed))\b/,
  battle: /\b(?:fighting|fought|attack(?:ing|ed)|shell(?:ing|ed)|captur(?:ing|ed)|storm(?:ing|ed))\b/,
  political: /\b(?:sign(?:ing|ed)|annex(?:ing|ed)|vot(?:ing|ed))\b/,
  military: /\b(?:deploy(?:ing|ed)|launch(?:ing|ed)|advanc(?:ing|ed))\b/,
};
