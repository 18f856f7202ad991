import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/import/importedArticle';
import { readImportFile, readPaste } from '../../../src/import/readImport';

const page = (head: string, body: string) => `<!doctype html><html><head><title>Site | Page</title>${head}</head><body>${body}</body></html>`;
const STORY = '<article><h1>Old lighthouse relit</h1><p>The old lighthouse at Cape Hollow was relit on Monday, for the first time since it closed in 1998.</p><p>Volunteers began restoring the lamp in March.</p></article>';

describe('reading a web page', () => {
  it('keeps headline and paragraphs, drops menus and footers, and reads article:published_time', async () => {
    const html = page('<meta property="article:published_time" content="2021-06-02T08:00:00Z"><meta name="author" content="Ann Reporter">', `<nav><ul><li>Home</li><li>World</li></ul></nav>${STORY}<footer><p>© Coast News</p></footer>`);
    const article = await readImportFile(new File([html], 'lighthouse.html', { type: 'text/html' }));
    expect(article).toMatchObject({ format: 'html', fileName: 'lighthouse.html', headline: 'Old lighthouse relit', published: '2021-06-02', source: 'Ann Reporter' });
    expect(article.paragraphs).toEqual([
      'The old lighthouse at Cape Hollow was relit on Monday, for the first time since it closed in 1998.',
      'Volunteers began restoring the lamp in March.',
    ]);
    expect(article.text).toBe(`Old lighthouse relit\n\n${article.paragraphs.join('\n\n')}`);
  });

  it('reads JSON-LD datePublished, even inside an @graph, when there is no Open Graph date', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-02-29T10:00:00+01:00"}]}</script>';
    expect(readPaste({ html: page(ld, STORY) }).published).toBe('2020-02-29');
  });

  it('falls back to the first <time datetime>, and skips a broken JSON-LD block', () => {
    const html = page('<script type="application/ld+json">{broken</script>', `<time datetime="2019-11-05">5 Nov</time>${STORY}`);
    expect(readPaste({ html }).published).toBe('2019-11-05');
  });

  it('ignores an impossible metadata date rather than inventing one', () => {
    expect(readPaste({ html: page('<meta property="article:published_time" content="2021-02-30">', STORY) }).published).toBeUndefined();
  });

  it('runs none of the page’s scripts or handlers', () => {
    const globals = window as unknown as { ranScript?: boolean; ranHandler?: boolean };
    readPaste({ html: page('<script>window.ranScript = true</script>', `<img src="x" onerror="window.ranHandler = true">${STORY}`) });
    expect([globals.ranScript, globals.ranHandler]).toEqual([undefined, undefined]);
  });
});

describe('reading Markdown', () => {
  it('takes the first heading as the headline and strips emphasis, links and images', async () => {
    const md = '# Council *approves* budget\n\nThe council approved the **budget** on [Tuesday](https://example.com).\n\n![chart](chart.png)\n\n- Spending rises in May\n';
    const article = await readImportFile(new File([md], 'budget.md'));
    expect([article.headline, article.paragraphs]).toEqual([
      'Council approves budget',
      ['The council approved the budget on Tuesday.', 'Spending rises in May'],
    ]);
  });
});

describe('reading plain text', () => {
  it('passes a paste through untouched (line endings normalised) and reads the dateline date', () => {
    const article = readPaste({ plain: 'March 3, 2024\r\nVote set\r\nThe vote was held on Friday.\r\n' });
    expect(article).toMatchObject({ format: 'text', headline: 'Vote set', published: '2024-03-03', text: 'March 3, 2024\nVote set\nThe vote was held on Friday.\n' });
  });

  it('prefers the HTML of a rich-text paste over its plain text', () => {
    expect(readPaste({ html: page('', STORY), plain: 'plain words' }).headline).toBe('Old lighthouse relit');
  });
});

describe('bad input gets a clear message', () => {
  it.each([
    [{ plain: '  \n ' }, 'The paste is empty: copy an article’s text and paste it here.'],
    [{ plain: 'x'.repeat(MAX_IMPORT_BYTES + 1) }, 'The pasted text is 10.1 MB; Dateline reads articles up to 10.0 MB.'],
  ])('refuses the paste %#', (paste, message) => {
    expect(() => readPaste(paste)).toThrow(message);
  });

  it.each([
    [new File(['%PDF-1.4'], 'report.pdf'), 'report.pdf is a .pdf file; Dateline reads .txt, .md, .html and .htm files.'],
    [new File(['text'], 'README'), 'README is a file without an extension; Dateline reads .txt, .md, .html and .htm files.'],
    [new File([new Uint8Array([65, 0, 66])], 'data.txt'), 'data.txt is not a text file (it holds binary data). Choose a .txt, .md, .html or .htm file.'],
    [new File([new Uint8Array(200).fill(0xff)], 'latin.txt'), 'latin.txt is not readable UTF-8 text (200 undecodable characters). Save it as UTF-8 and try again.'],
    [new File(['\n\n  '], 'blank.txt'), 'blank.txt is empty: there is no text to read.'],
    [new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'huge.txt'), 'huge.txt is 10.1 MB; Dateline reads articles up to 10.0 MB.'],
  ])('refuses the file %#', async (file, message) => {
    await expect(readImportFile(file)).rejects.toThrow(message);
  });
});
