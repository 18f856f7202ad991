// What the first page's JS is made of, for `npm run bench`: each byte of the minified files dist/index.html links
// is traced through the build's source map to the module it came from, grouped by package (node_modules) or by
// src/ folder. Needs a build with source maps (`vite build --sourcemap hidden`, as bench.mjs does).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

/** One line of a source map's `mappings`: [generated column, source index] per segment (other fields unused). */
function decodeLine(line, state) {
  const segments = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64_VALUE.get(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    column += fields[0];
    if (fields.length > 1) {
      state.source += fields[1];
      state.sourceLine += fields[2];
      state.sourceColumn += fields[3];
      segments.push([column, state.source]);
    } else segments.push([column, -1]);
  }
  return segments;
}

/** "react-dom", "@tanstack/query-core", "src/timeline", … for a source map source path. */
export function groupOfSource(source) {
  if (!source) return '(bundler glue)';
  const inPackage = source.split('node_modules/');
  if (inPackage.length > 1) {
    const parts = inPackage.at(-1).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const path = source.replace(/^(?:\.\.\/)+/, '');
  const srcAt = path.indexOf('src/');
  return srcAt >= 0 ? path.slice(srcAt).split('/').slice(0, 2).join('/') : '(bundler glue)';
}

/** The generated code of one JS file split by group: { group → code slices joined }. */
function splitByGroup(code, map) {
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  const slices = new Map();
  const add = (group, text) => slices.set(group, (slices.get(group) ?? '') + text);
  const state = { source: 0, sourceLine: 0, sourceColumn: 0 };
  lines.forEach((line, lineIndex) => {
    const segments = decodeLine(mappingLines[lineIndex] ?? '', state);
    if (segments.length === 0 || segments[0][0] > 0) add('(bundler glue)', line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach(([column, source], index) => {
      const end = segments[index + 1]?.[0] ?? line.length;
      add(source >= 0 ? groupOfSource(map.sources[source]) : '(bundler glue)', line.slice(column, end));
    });
  });
  return slices;
}

/**
 * The first page's JS by group: raw minified bytes and an estimate of gzip bytes (each group's gzip share of the
 * file's real gzip size, in proportion to the group gzipped alone), largest first.
 */
export function measureFirstPageModules(distDir, jsUrls) {
  const groups = new Map();
  for (const url of jsUrls) {
    const path = join(distDir, url.replace(/^\//, ''));
    if (!existsSync(`${path}.map`)) throw new Error(`${url}.map is missing: build with --sourcemap hidden`);
    const code = readFileSync(path, 'utf8');
    const fileGzip = gzipSync(code, { level: 9 }).length;
    const slices = splitByGroup(code, JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    const alone = [...slices].map(([group, text]) => [group, text.length, gzipSync(text, { level: 9 }).length]);
    const aloneTotal = alone.reduce((sum, [, , gzip]) => sum + gzip, 0);
    for (const [group, rawBytes, gzipAlone] of alone) {
      const entry = groups.get(group) ?? { group, rawBytes: 0, gzipBytes: 0 };
      entry.rawBytes += rawBytes;
      entry.gzipBytes += (gzipAlone / aloneTotal) * fileGzip;
      groups.set(group, entry);
    }
  }
  return [...groups.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The groups above `minGzipBytes`, the rest summed on one line. */
export function printFirstPageModules(groups, printTable, formatKb, minGzipBytes = 1_000) {
  const shown = groups.filter((g) => g.gzipBytes >= minGzipBytes);
  const rest = groups.filter((g) => g.gzipBytes < minGzipBytes);
  const sum = (list, key) => list.reduce((total, g) => total + g[key], 0);
  printTable('First-page JS by module group (minified bytes traced through the source map; gzip shares estimated)', ['group', 'raw', '~gzip'], [
    ...shown.map((g) => [g.group, formatKb(g.rawBytes), formatKb(g.gzipBytes)]),
    ...(rest.length ? [[`${rest.length} smaller groups`, formatKb(sum(rest, 'rawBytes')), formatKb(sum(rest, 'gzipBytes'))]] : []),
    null,
    ['total', formatKb(sum(groups, 'rawBytes')), formatKb(sum(groups, 'gzipBytes'))],
  ]);
}
