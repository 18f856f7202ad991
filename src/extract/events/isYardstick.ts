import type { Mention } from '../../model/dataFile';
import type { Token } from './parse/parseSentence';
import { firstTokenFrom } from './title/clauseWords';

// Words that open the term a figure is compared with ("than" only right before the date: "more than four hours
// Friday" compares a quantity, not the date).
const COMPARISON_HEAD = /^(?:from|than|versus|vs\.?)$/i;
const COMPARE_VERB = /^compar(?:ed|es|ing|e)$/i;
// What may stand between that word and the date: the compared figure ("$90.5 million, or $1.12 a share").
const FIGURE_POS = new Set(['NUM', 'SYM', 'NOUN', 'ADJ', 'DET']);
const FIGURE_WORD = /^(?:of|or|,|about|nearly|almost|some|around|roughly)$/i;
const HEDGE = /^(?:about|nearly|almost|some|around|roughly|fewer|more|less|than)$/i;
// Prepositions that lead into the date itself ("… from $29.75 in March").
const DATE_LEAD = /^(?:in|on|at|during|for)$/i;
const IS_AMOUNT = (t: Token) => t.pos === 'NUM' || /[$€£¥%\d]/.test(t.text);
const MOVES = /^(?:up|down|increase|decrease|rise|gain|drop|decline|jump|fall)$/i;
// The longest figure read between the comparison word and the date; a longer one is a clause of its own.
const MAX_FIGURE_WORDS = 16;

/** Whether the words from index `at` open with an amount, hedges aside ("fewer than 100,000", "about $200"). */
function startsWithAmount(tokens: readonly Token[], at: number): boolean {
  let i = at;
  while (i < tokens.length && HEDGE.test(tokens[i]!.text)) i++;
  return i < tokens.length && IS_AMOUNT(tokens[i]!);
}

/**
 * Whether a date only dates the figure something is compared with: "up from $90.5 million a year ago", "compared
 * with a loss of $3 million last year", "from last year's $1.55 billion", "than in 2019". Such a date is a
 * yardstick, not an event. Reads the parsed words back from the date to the comparison word; a verb on the way
 * ("from March, prices rose …") means the date belongs to a clause of its own.
 */
export function isYardstick(mention: Mention, tokens: readonly Token[]): boolean {
  let i = firstTokenFrom(tokens, mention.start) - 1;
  if (i >= 0 && DATE_LEAD.test(tokens[i]!.text)) i--;
  const dateStart = i;
  let amount = false;
  for (let steps = 0; i >= 0 && steps < MAX_FIGURE_WORDS; i--, steps++) {
    const token = tokens[i]!;
    const before = tokens[i - 1];
    const word = token.text.toLowerCase();
    // "more than 300,000": a hedge of the figure, read on past it.
    if (word === 'than' && before && /^(?:more|less|fewer|better|worse)$/i.test(before.text)) {
      i--;
      steps++;
      continue;
    }
    if (COMPARISON_HEAD.test(token.text)) {
      if (word === 'than' || word === 'versus' || word.startsWith('vs')) return word !== 'than' || i === dateStart;
      // "from $52.2 million a year ago" compares a figure; "earnings from operations … for the quarter" does not.
      if (amount) return startsWithAmount(tokens, i + 1);
      // "up from a year ago", "a 13% increase from last year's $1.55 billion": a change measured from the date.
      const after = tokens[firstTokenFrom(tokens, mention.end)];
      const possessiveFigure = after?.text === "'s" && tokens[firstTokenFrom(tokens, after.end)] !== undefined && IS_AMOUNT(tokens[firstTokenFrom(tokens, after.end)]!);
      return i === dateStart && (possessiveFigure || (before !== undefined && (MOVES.test(before.text) || IS_AMOUNT(before))));
    }
    if (/^(?:with|to)$/i.test(token.text) && before && COMPARE_VERB.test(before.text)) return true;
    // "compared with 1.83 marks and 141.52 yen Wednesday": "and" between two amounts joins one figure.
    const joinsAmounts = /^and$/i.test(token.text) && tokens[i + 1] !== undefined && IS_AMOUNT(tokens[i + 1]!);
    if (!FIGURE_POS.has(token.pos) && !FIGURE_WORD.test(token.text) && !joinsAmounts) return false;
    if (IS_AMOUNT(token)) amount = true;
  }
  return false;
}
