// The EPUB is also the file Kindle users send to their device (Send to
// Kindle): Amazon converts it and refuses or mangles books that break its
// rules (Amazon's "EPUB publishing guidelines" and the KDP content guidelines):
// every XHTML file declares its encoding, no link targets the id of a <body>,
// the language is one Amazon supports, and no <img> lacks a src. Checked on
// the real book and on the test issue with images, tables and lists.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import type JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryText, openEpub, runCli, tempDir } from '../helpers/book.js';

// Languages Send to Kindle accepts for EPUB (Chinese among them, simplified and traditional).
const AMAZON_LANGUAGES = /^(zh|zh-CN|zh-Hans|zh-Hans-CN|zh-TW|zh-Hant|en|en-US|en-GB|ja|de|fr|es|it|pt|nl)$/;
const FIXTURE_ISSUES = fileURLToPath(new URL('../typography/fixture-issues/', import.meta.url));

const books: [string, JSZip][] = [];

beforeAll(async () => {
  const out = await tempDir();
  for (const [id, dir] of [['2024-02', '2024-02'], ['2099-01', path.join(FIXTURE_ISSUES, '2099-01')]] as const) {
    const result = await runCli(['build', dir, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const book = (await readdir(path.join(out, id))).find((name) => name.endsWith('.epub'))!;
    books.push([id, await openEpub(path.join(out, id, book))]);
  }
}, 180_000);

async function documents(zip: JSZip): Promise<[string, string][]> {
  const names = Object.keys(zip.files).filter((name) => name.endsWith('.xhtml'));
  return Promise.all(names.map(async (name) => [name, await entryText(zip, name)] as [string, string]));
}

describe('Send to Kindle hygiene', () => {
  it('declares UTF-8 in the XML declaration of every XHTML file', async () => {
    for (const [id, zip] of books) {
      for (const [name, xhtml] of await documents(zip)) expect(xhtml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), `${id} ${name}`).toBe(true);
    }
  });

  it('links to no id of a <body>', async () => {
    for (const [id, zip] of books) {
      const docs = await documents(zip);
      const bodyIds = new Set(docs.flatMap(([name, xhtml]) => [...xhtml.matchAll(/<body[^>]*\sid="([^"]+)"/g)].map((m) => `${path.basename(name)}#${m[1]}`)));
      for (const [name, xhtml] of docs) {
        for (const [, href] of xhtml.matchAll(/href="([^"#]*#[^"]+)"/g)) {
          const target = href!.startsWith('#') ? `${path.basename(name)}${href}` : path.basename(href!);
          expect(bodyIds.has(target), `${id} ${name} → ${href}`).toBe(false);
        }
      }
    }
  });

  it('names a language Amazon supports, in the package and on every document', async () => {
    for (const [id, zip] of books) {
      const opf = new XMLParser().parse(await entryText(zip, 'OEBPS/content.opf'));
      expect(String(opf.package.metadata['dc:language']), id).toMatch(AMAZON_LANGUAGES);
      for (const [name, xhtml] of await documents(zip)) expect(/<html[^>]* xml:lang="([^"]+)"/.exec(xhtml)?.[1], `${id} ${name}`).toMatch(AMAZON_LANGUAGES);
    }
  });

  it('has a src on every <img>', async () => {
    let images = 0;
    for (const [id, zip] of books) {
      for (const [name, xhtml] of await documents(zip)) {
        for (const [img] of xhtml.matchAll(/<img\b[^>]*>/g)) {
          images++;
          expect(img, `${id} ${name}`).toMatch(/\ssrc="[^"]+"/);
        }
      }
    }
    // The test issue has a picture: the check above must have looked at one.
    expect(images).toBeGreaterThan(0);
  });
});
