// The web edition as written by `qikan site`, read as files: every article
// has its page with its own text, the pages chain previous → next and lead
// back to the downloads, nothing is fetched from elsewhere, and each article
// page with its stylesheet stays within the budget for a poor mobile
// connection: 60 KB gzip-compressed (fonts aside, which load after the text).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/book.js';
import { MARKED_ARTICLE, webSite } from './fixture.js';

const PAGE_BUDGET = 60 * 1024;
const ARTICLES = ['01-xi-tuanbai', '02-zhongyang', '03-shengwei', '04-shiwei', '05-quanguo-jiaoyu', '06-quansheng-jiaoyu'];
let site: string;

beforeAll(async () => {
  site = await webSite();
}, 180_000);

const read = (name: string) => readFile(path.join(site, name), 'utf8');

describe('the web edition in the site', () => {
  it('has a title page and one page per article for each issue, and fonts of its own', async () => {
    for (const id of ['2024-02', '2024-03']) {
      const names = await readdir(path.join(site, 'read', id));
      expect(names.filter((n) => n.endsWith('.html')).sort()).toEqual([...ARTICLES.map((a) => `${a}.html`), 'index.html'].sort());
      expect((await readdir(path.join(site, 'read', id, 'fonts'))).sort()).toEqual(['qikan-body.otf', 'qikan-half.otf', 'qikan-heading.otf', 'qikan-kai.otf']);
    }
  });

  it('puts each article’s own text on its page, first and last paragraph from the source', async () => {
    for (const name of ARTICLES) {
      const source = await readFile(path.join(ROOT, 'issues', '2024-02', `${name}.md`), 'utf8');
      const paragraphs = source.split(/^---$/m)[2]!.trim().split(/\n\n+/);
      const page = (await read(`read/2024-02/${name}.html`)).replace(/<[^>]+>/g, '');
      // The book sets the space of a dateline as an ideographic space.
      for (const paragraph of [paragraphs[0]!, paragraphs.at(-1)!]) expect(page).toContain(paragraph.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '\u3000'));
    }
  });

  it('chains the articles previous → next, each page leading to its contents and its downloads', async () => {
    for (const [i, name] of ARTICLES.entries()) {
      const page = await read(`read/2024-02/${name}.html`);
      expect(page).toContain(`<a class="prev"${i > 0 ? ` rel="prev" href="${ARTICLES[i - 1]}.html"` : ' href="index.html"'}>`);
      expect(page).toContain(`<a class="next"${i < ARTICLES.length - 1 ? ` rel="next" href="${ARTICLES[i + 1]}.html"` : ' href="index.html"'}>`);
      expect(page).toContain('<a href="../../2024-02.html">下载本期电子书');
      expect(page).toContain('<html lang="zh-CN">');
    }
    const contents = await read('read/2024-02/index.html');
    for (const name of ARTICLES) expect(contents).toContain(`<a href="${name}.html">`);
  });

  it('shows the printed page numbers where the sources mark them', async () => {
    const page = await read(`read/2024-03/${MARKED_ARTICLE}.html`);
    // One element each: the page break, named 第N页, whose content is the number in the margin.
    expect(page).toMatch(/<span role="doc-pagebreak" id="page-4" aria-label="第4页" class="page-number">4<\/span>\s*<h1 id="title">/);
    expect(page).toContain('<span role="doc-pagebreak" id="page-5" aria-label="第5页" class="page-number">5</span>\n<p id="p6">');
    expect(page).toMatch(/<p id="p7">[^，]*，<span role="doc-pagebreak" id="page-6" aria-label="第6页" class="page-number">6<\/span>/);
  });

  it('links the shelf to the web edition: 在线阅读 and each contents entry', async () => {
    const shelf = await read('index.html');
    expect(shelf).toContain('<a class="button primary" href="read/2024-03/index.html">在线阅读');
    expect(shelf).toContain('<a href="read/2024-02/01-xi-tuanbai.html">');
    expect(shelf).toContain('action="search.html"');
  });

  it('asks nothing of another site: no absolute address in any page, stylesheet or script of the web edition', async () => {
    const names = ['search.html', 'search.js', 'read/web.css', ...(await readdir(path.join(site, 'read', '2024-03'))).filter((n) => n.endsWith('.html')).map((n) => `read/2024-03/${n}`)];
    // Comments aside (the script's cite the specifications it follows).
    const code = (text: string) => text.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const name of names) expect(code(await read(name)), name).not.toMatch(/(https?:)?\/\/[a-z0-9]/i);
  });

  it(`keeps every article page, with its stylesheet, under ${PAGE_BUDGET / 1024} KB gzip-compressed`, async () => {
    const css = gzipSync(await readFile(path.join(site, 'read', 'web.css'))).length;
    const sizes: Record<string, number> = {};
    for (const name of ARTICLES) sizes[name] = gzipSync(await readFile(path.join(site, 'read', '2024-03', `${name}.html`))).length + css;
    console.info(`article page + web.css, gzip: ${Object.entries(sizes).map(([n, s]) => `${n} ${(s / 1024).toFixed(1)} KB`).join(', ')}`);
    for (const size of Object.values(sizes)) expect(size).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('writes the search index beside the pages, without Pagefind’s ready-made interface', async () => {
    const names = await readdir(path.join(site, 'pagefind'));
    expect(names).toContain('pagefind.js');
    expect(names.some((n) => n.endsWith('.pf_meta'))).toBe(true);
    expect(names.filter((n) => /pagefind-(ui|modular|component|highlight)/.test(n))).toEqual([]);
  });
});
