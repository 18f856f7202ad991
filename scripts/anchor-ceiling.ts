// How far the event-anchor scorer's goals can be reached by rules that follow issue #7's own reference-time
// rules. Reads the gold corpora at run time through the scorer's exported parser (nothing of theirs is stored
// here) and splits sentences with Dateline's own splitter. Prints three bounds:
//   1. recall: where each anchored gold event's date is written, relative to the event's sentence. The issue
//      allows a date only from the same sentence or carried from the previous one, so "same" + "previous" is
//      the most a perfect extractor could reach (strict matching also needs the date's value, never "now").
//   2. precision: the share of sentences with a calendar date whose gold marks an event anchored to that date.
//      A perfect extractor making one event per dated sentence scores this; more events per sentence score less.
//   3. title_trigger: a ten-word headline names one happening; events sharing a sentence and a date with others
//      cannot all be named.
// Usage: npx tsx scripts/anchor-ceiling.ts [--shared ../shared]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { splitSentences } from '../src/extract/segment/splitSentences.ts';

interface GoldEvent { eid: string; start: number; text: string; anchors: { tid: string; value: string }[] }
interface Timex { tid: string; start: number; type: string; value: string }
interface GoldDoc { text: string; dctTid: string | null; timexes: Timex[] }

const sharedArg = process.argv.indexOf('--shared');
const shared = resolve((sharedArg > 0 && process.argv[sharedArg + 1]) || '../shared');
const scorer = await import(pathToFileURL(join(shared, 'tools/event-anchor-score.mjs')).href);
const corpora = ['TimeBank', 'AQUAINT'].map((name) => join(shared, 'corpora/tempeval3-train', name));

function timemlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return timemlFiles(path);
    return name.endsWith('.tml') ? [path] : [];
  });
}

/** Sentence spans over the whole text: the scorer's paragraphs are its lines. */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const sentence of splitSentences(line)) spans.push([offset + sentence.start, offset + sentence.end + 1]);
    offset += line.length + 1;
  }
  return spans;
}

const REPORTING = /^(?:said|says|say|told|added|reported|announced)$/i;
const where = new Map<string, number>();
const count = (key: string) => where.set(key, (where.get(key) ?? 0) + 1);
let anchoredTotal = 0;
let datedSentences = 0;
let datedWithAnchoredEvent = 0;
const sharing = new Map<number, number>(); // events sharing (sentence, date) with n - 1 others → how many

for (const file of corpora.flatMap(timemlFiles)) {
  const doc: GoldDoc = scorer.parseTimeML(readFileSync(file, 'utf8'), file);
  const anchored: GoldEvent[] = scorer.goldAnchors(doc).anchored;
  const spans = sentenceSpans(doc.text);
  const sentenceOf = (position: number) => spans.findIndex(([start, end]) => position >= start && position < end);

  for (const event of anchored) {
    anchoredTotal++;
    const eventSentence = sentenceOf(event.start);
    let nearest = 'date not written in the text';
    let rank = 9;
    for (const anchor of event.anchors) {
      const timex = doc.timexes.find((t) => t.tid === anchor.tid);
      const distance = timex ? eventSentence - sentenceOf(timex.start) : NaN;
      const [key, keyRank] = /REF$/.test(anchor.value) ? ['only "now", "the past" or "the future"', 5]
        : Number.isNaN(distance) ? ['date not written in the text', 6]
          : distance === 0 ? ['same sentence', 0] : distance === 1 ? ['previous sentence', 1]
            : distance > 1 ? ['two or more sentences back', 2] : ['a later sentence', 3];
      if (keyRank < rank) [nearest, rank] = [key, keyRank];
    }
    count(nearest);
    if (rank <= 1 && REPORTING.test(event.text)) count(`  of which a reporting verb (${rank === 0 ? 'same' : 'previous'} sentence)`);
  }

  for (const [start, end] of spans) {
    const dates = doc.timexes.filter((t) => t.start >= start && t.start < end && t.tid !== doc.dctTid
      && (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value));
    if (!dates.length) continue;
    datedSentences++;
    const values = new Set(dates.map((t) => t.value));
    if (anchored.some((e) => e.start >= start && e.start < end && e.anchors.some((a) => values.has(a.value)))) datedWithAnchoredEvent++;
  }

  const groups = new Map<string, Set<string>>();
  for (const event of anchored) {
    for (const anchor of event.anchors) {
      const key = `${sentenceOf(event.start)}|${anchor.value}`;
      groups.set(key, (groups.get(key) ?? new Set()).add(event.eid));
    }
  }
  const largest = new Map<string, number>();
  for (const group of groups.values()) for (const eid of group) largest.set(eid, Math.max(largest.get(eid) ?? 0, group.size));
  for (const size of largest.values()) sharing.set(size, (sharing.get(size) ?? 0) + 1);
}

const share = (n: number, of: number) => `${n}/${of} = ${(n / of).toFixed(3)}`;
console.log(`1. recall: where the date of each of ${anchoredTotal} anchored gold events is written`);
for (const [key, n] of [...where].sort((a, b) => b[1] - a[1])) console.log(`   ${key.padEnd(48)} ${share(n, anchoredTotal)}`);
const reachable = (where.get('same sentence') ?? 0) + (where.get('previous sentence') ?? 0);
console.log(`   bound under the issue's rules (same + previous sentence): ${share(reachable, anchoredTotal)}`);
console.log(`2. precision bound, one event per dated sentence: ${share(datedWithAnchoredEvent, datedSentences)}`);
const namedOnce = [...sharing].reduce((sum, [size, n]) => sum + n / size, 0);
console.log(`3. title_trigger bound, one happening per title: ${share(Math.round(namedOnce), anchoredTotal)}`
  + ` (events by how many share their sentence and date: ${[...sharing].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}:${n}`).join(' ')})`);
