import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { csvParse } from 'd3-dsv';
import { TimelineJsSchema } from '../../src/export/timelineJsSchema';
import { eventCardTitleOf, eventMarkOf, eventMarksOf, openApp } from './support/appPage';
import { editorOf, expectSaved, exportAs, readDownload, toolbarOf } from './support/curationPage';
import { fetchSeedData } from './support/seedData';

test('exports every format with the hand edits, named after the headline', async ({ page, request }) => {
  const data = await fetchSeedData(request);
  const event = data.events.find((e) => e.granularity === 'month' && !e.end)!;
  await openApp(page);
  await eventMarkOf(page, event.id).click();
  await editorOf(page).getByLabel('Title').fill('Edited, "quoted" & exported');
  await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
  await expectSaved(page);
  const slug = data.article.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

  const dateline = await exportAs(page, 'Dateline data file (JSON)');
  expect(dateline.suggestedFilename()).toBe(`${slug}.dateline.json`);
  const exported = JSON.parse((await readDownload(dateline)).toString('utf8'));
  expect(exported.version).toBe(1);
  expect(exported.events.find((e: { id: string }) => e.id === event.id).title).toBe('Edited, "quoted" & exported');

  const timelinejs = await exportAs(page, 'TimelineJS3 (JSON)');
  expect(timelinejs.suggestedFilename()).toBe(`${slug}.timelinejs.json`);
  const timeline = TimelineJsSchema.parse(JSON.parse((await readDownload(timelinejs)).toString('utf8')));
  expect(timeline.events.find((e) => e.unique_id === event.id)?.text?.headline).toBe('Edited, &quot;quoted&quot; &amp; exported');

  const csv = await exportAs(page, 'Spreadsheet (CSV)');
  expect(csv.suggestedFilename()).toBe(`${slug}.csv`);
  const rows = csvParse((await readDownload(csv)).toString('utf8'));
  expect(rows.length).toBe(data.events.length);
  expect(rows.find((r) => r.id === event.id)).toMatchObject({ title: 'Edited, "quoted" & exported', start: event.start, precision: 'month' });

  const ics = await exportAs(page, 'Calendar (iCalendar)');
  expect(ics.suggestedFilename()).toBe(`${slug}.ics`);
  const calendar = new ICAL.Component(ICAL.parse((await readDownload(ics)).toString('utf8')));
  const vevent = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `${event.id}@${data.article.id}.dateline`)!;
  expect(vevent.getFirstPropertyValue('summary')).toBe('Edited, "quoted" & exported');
  expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe(`${event.start}-01`);

  const svg = await exportAs(page, 'Image (SVG)');
  expect(svg.suggestedFilename()).toBe(`${slug}.svg`);
  const svgText = (await readDownload(svg)).toString('utf8');
  expect(svgText).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svgText).toContain('Edited, &quot;quoted&quot; &amp; exported');

  const png = await exportAs(page, 'Image (PNG)');
  expect(png.suggestedFilename()).toBe(`${slug}.png`);
  const bytes = await readDownload(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width then height, big-endian, at twice the drawing's size.
  expect(bytes.readUInt32BE(16)).toBe(2400);
  const svgHeight = Number(/height="(\d+)"/.exec(svgText)![1]);
  expect(bytes.readUInt32BE(20)).toBe(svgHeight * 2);
});

test('importing a file with a wrong field says where it is wrong and changes nothing', async ({ page }) => {
  await openApp(page);
  const before = await eventMarksOf(page).count();
  await page.getByLabel('Import a Dateline or TimelineJS3 JSON file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ events: [{ start_date: { year: 2020, month: 14 }, text: { headline: 'Bad month' } }] })),
  });
  await expect(toolbarOf(page).getByRole('alert')).toHaveText('broken.json is not valid TimelineJS3 JSON: events[0].start_date.month: month 14 is not 1–12');
  await expect(eventMarksOf(page)).toHaveCount(before);
});

test('imports a TimelineJS3 file and opens it in the explorer', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Import a Dateline or TimelineJS3 JSON file').setInputFiles({
    name: 'harbour.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({
      title: { text: { headline: 'Harbour works' } },
      events: [
        { start_date: { year: 2019, month: 7 }, text: { headline: 'Quay rebuilt', text: 'The quay was rebuilt.' }, group: 'Other' },
        { start_date: { year: 2020, month: 3, day: 2 }, text: { headline: 'Lighthouse lit', text: 'The lamp was lit again.' } },
      ],
    })),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour works');
  await expect(eventMarksOf(page)).toHaveCount(2);
  await eventMarksOf(page).first().click();
  await expect(eventCardTitleOf(page)).toHaveText('Quay rebuilt');
});
