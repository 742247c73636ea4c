// The OPDS catalogue of a two-issue shelf: well-formed, valid Atom (RFC 4287's
// RELAX NG schema, checked by Jing), and read back by a parser that shares no
// code with the generator — every issue, every acquisition link, the right
// media types, and nothing taken from the clock.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.js';
import { bookIdentifier } from '../../src/epub/identifier.js';
import { tempDir } from '../helpers/book.js';
import { hasCommand } from '../helpers/tools.js';
import { REPOSITORY, twoIssues } from './issues-fixture.js';

const ATOM_RNC = fileURLToPath(new URL('fixtures/atom.rnc', import.meta.url));
const ACQUISITION_TYPE = 'application/atom+xml;profile=opds-catalog;kind=acquisition';

interface Link {
  '@_rel': string;
  '@_href': string;
  '@_type': string;
}
interface Entry {
  title: string;
  id: string;
  updated: string;
  author: { name: string }[];
  'dc:publisher': string;
  'dc:language': string;
  'dc:issued': string;
  summary: { '#text': string };
  link: Link[];
}

let siteDir: string;
let xml: string;
let feed: { id: string; title: string; updated: string; author: { name: string }[]; link: Link[]; entry: Entry[] } & Record<string, unknown>;

beforeAll(async () => {
  const issuesRoot = await twoIssues();
  siteDir = path.join(await tempDir(), 'site');
  await buildSite({ issuesRoot, outDir: siteDir, repository: REPOSITORY });
  xml = await readFile(path.join(siteDir, 'opds.xml'), 'utf8');
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'author'].includes(name) });
  feed = parser.parse(xml).feed;
}, 120_000);

/** Jing on this machine: locally a skip with the package to install; in CI a failure. */
function jingAvailable(): boolean {
  if (hasCommand('jing')) return true;
  const message = 'jing is not installed (apt-get install -y jing)';
  if (process.env.CI === 'true') throw new Error(`${message} — CI must install it in .ci/run`);
  console.warn(`skipping: ${message}`);
  return false;
}

/** Jing's findings (file:line:col: error: …), empty when the file is valid. */
function jing(file: string): string {
  try {
    execFileSync('jing', ['-c', ATOM_RNC, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error).trim();
  }
}

describe('opds.xml', () => {
  it('is well-formed XML in the Atom, Dublin Core terms and OPDS namespaces', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xmlns:dc="http:\/\/purl\.org\/dc\/terms\/" xmlns:opds="http:\/\/opds-spec\.org\/2010\/catalog"/);
  });

  it('is valid against the Atom RELAX NG schema of RFC 4287 (Jing)', (context) => {
    if (!jingAvailable()) return context.skip();
    expect(jing(path.join(siteDir, 'opds.xml'))).toBe('');
  });

  it('Jing does reject a broken feed (the validation is real)', async (context) => {
    if (!jingAvailable()) return context.skip();
    const broken = path.join(await tempDir(), 'broken.xml');
    await writeFile(broken, xml.replace(/<updated>[^<]*<\/updated>/, '<updated>2024年3月</updated>'));
    expect(jing(broken)).toMatch(/broken\.xml:\d+:\d+: error: .*"updated"/);
  });

  it('describes the catalogue: stable id, title, author, self and start links as an acquisition feed', () => {
    expect(feed.id).toBe(bookIdentifier('llxx', 'opds-catalogue'));
    expect(feed.title).toBe('理论学习中心组学习资料');
    expect(feed.author.map((a) => a.name)).toEqual(['中共运城开放大学总支委员会']);
    for (const rel of ['self', 'start']) {
      expect(feed.link.find((l) => l['@_rel'] === rel)).toMatchObject({ '@_href': 'opds.xml', '@_type': ACQUISITION_TYPE });
    }
  });

  it('takes updated from the sources, not the clock: the newest issue’s modified time', () => {
    expect(feed.updated).toBe('2024-03-01T00:00:00Z');
    expect(feed.entry.map((e) => e.updated)).toEqual(['2024-03-01T00:00:00Z', '2024-02-01T00:00:00Z']);
  });

  it('has one entry per issue, newest first, with the book’s own identifier and Dublin Core terms', () => {
    expect(feed.entry.map((e) => e.title)).toEqual(['理论学习中心组学习资料（2024年第3次）', '理论学习中心组学习资料（2024年第2次）']);
    expect(feed.entry.map((e) => e.id)).toEqual([bookIdentifier('llxx', '2024-03'), bookIdentifier('llxx', '2024-02')]);
    for (const entry of feed.entry) {
      expect(entry.author.map((a) => a.name)).toEqual(['中共运城开放大学总支委员会']);
      expect(entry['dc:publisher']).toBe('中共运城开放大学总支委员会');
      expect(entry['dc:language']).toBe('zh-CN');
      expect(entry.summary['#text']).toMatch(/^本期目录：1\. 习近平在二〇二四年春节团拜会上的讲话；2\. /);
    }
    expect(feed.entry.map((e) => e['dc:issued'])).toEqual(['2024-03', '2024-02']);
  });

  it('links each issue’s three books as acquisitions with their media types, at the release asset URLs', () => {
    for (const [entry, id] of [[feed.entry[0]!, '2024-03'], [feed.entry[1]!, '2024-02']] as const) {
      const acquisitions = entry.link.filter((l) => l['@_rel'] === 'http://opds-spec.org/acquisition');
      expect(acquisitions.map((l) => [l['@_type'], l['@_href']])).toEqual([
        ['application/epub+zip', `https://github.com/${REPOSITORY}/releases/download/${id}/llxx-${id}.epub`],
        ['application/x-mobi8-ebook', `https://github.com/${REPOSITORY}/releases/download/${id}/llxx-${id}.azw3`],
        ['application/x-mobipocket-ebook', `https://github.com/${REPOSITORY}/releases/download/${id}/llxx-${id}.mobi`],
      ]);
    }
  });

  it('links a cover and a thumbnail that exist in the site, and the issue’s page', async () => {
    for (const entry of feed.entry) {
      const image = entry.link.find((l) => l['@_rel'] === 'http://opds-spec.org/image')!;
      const thumbnail = entry.link.find((l) => l['@_rel'] === 'http://opds-spec.org/image/thumbnail')!;
      const page = entry.link.find((l) => l['@_rel'] === 'alternate')!;
      expect(image['@_type']).toBe('image/png');
      expect(thumbnail['@_type']).toBe('image/png');
      expect(page['@_type']).toBe('text/html');
      for (const link of [image, thumbnail]) {
        const png = await readFile(path.join(siteDir, link['@_href']));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      }
      expect(await readFile(path.join(siteDir, page['@_href']), 'utf8')).toContain('<html lang="zh-CN">');
    }
  });

  it('is the same bytes when built again (no clock, no randomness)', async () => {
    const again = path.join(await tempDir(), 'site');
    await buildSite({ issuesRoot: await twoIssues(), outDir: again, repository: REPOSITORY });
    expect(await readFile(path.join(again, 'opds.xml'), 'utf8')).toBe(xml);
    expect(await readFile(path.join(again, 'index.html'), 'utf8')).toBe(await readFile(path.join(siteDir, 'index.html'), 'utf8'));
  }, 120_000);
});
