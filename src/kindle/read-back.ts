// Reading a finished Kindle file back with Calibre, the way a reader app
// would see it: its metadata and cover (what `ebook-meta` reads: the Kindle
// cover record, as a library shows it), and the book unpacked into an open
// e-book (OEB) folder by `ebook-convert` — its text, from the documents in
// reading order, and its contents, from the toc.ncx Calibre rebuilds from the
// Kindle index. Both tools' own entry points run in one Python process
// (`calibre-debug -c`), and so do the conversions that made the books when a
// build or release makes them (convertAndReadBack), both books in the one
// process: each Calibre start costs about a second of CPU, and a release
// makes and reads back two books while EPUBCheck and Ace share the machine.
// Machine-readable outputs only: the OPF, not ebook-meta's listing, whose
// labels follow the user's locale.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash, existsSync } from '../builtins.js';
import * as cheerio from 'cheerio';
import { runCalibre, TOOL_WORDS } from './calibre.js';
import type { BookDocument } from './note-links.js';

export interface KindleMetadata {
  title: string;
  authors: string[];
  publisher: string;
  languages: string[];
  subjects: string[];
  /** The cover image's bytes; undefined when the book has none. */
  cover?: Buffer;
}

export interface TocNode {
  title: string;
  children: TocNode[];
}

/**
 * For each job [EPUB, FLAGS, BOOK, FOLDER, OPF, COVER, CONVERTED, DONE] (a
 * JSON list, the argument after the script), one after another: with an EPUB,
 * `ebook-convert EPUB BOOK FLAGS…` first (CONVERTED is written when it has
 * made the book); then `ebook-meta BOOK --to-opf=OPF --get-cover=COVER` and
 * `ebook-convert BOOK FOLDER` (an output name without extension makes it write
 * an OEB folder), by the tools' own main functions in one process; the first
 * failure ends the run, with its exit status and Calibre's traceback, as the
 * tools would give. ebook-meta's listing of the metadata is not wanted (the
 * OPF holds it). DONE is written last, so a folder without it is one a run has
 * not finished (or that failed).
 *
 * The same EPUB makes the same AZW3 and MOBI, byte for byte, as it makes the
 * same EPUB from the same sources. Calibre's writers take the clock, chance and
 * memory addresses where the book says nothing, and each is given what the
 * EPUB fixes instead:
 * - the Palm database's dates (time.time() in the MOBI 6 and KF8 writers): the
 *   EPUB's own time stamp, that of its first entry (`mimetype`), which the
 *   build takes from the sources (in ZIP's 2-second steps, from 1980);
 * - the book's 32-bit id (random.randint), the key each embedded font is
 *   XOR-ed with (os.urandom) and the uuids of Calibre's working marks: drawn
 *   from a generator seeded with the EPUB's SHA-256 and the format's flags;
 * - the order of fonts and style sheets in the KF8 (its manifest is a set of
 *   items, hashed by their address in memory): items hash by the order they
 *   were made in, and strings by a fixed seed (PYTHONHASHSEED, calibre.ts).
 * - what one conversion or read-back leaves set for the next in the process:
 *   the CSS serializer's layout is put back to its defaults before each book,
 *   and the Qt application that the MOBI's rasterizer starts (it changes the
 *   density written into pictures) is started first. So each book is the same
 *   made alone or after the other, in either order.
 */
const CONVERT_AND_READ_BACK = `import calendar, contextlib, functools, hashlib, io, itertools, json, os, random, sys, types, uuid, zipfile
from calibre.ebooks.metadata.cli import main as ebook_meta
from calibre.ebooks.conversion.cli import main as ebook_convert
try:
    from calibre.ebooks.oeb.base import Manifest
    import calibre.ebooks.mobi.utils as mobi_utils
    import calibre.ebooks.mobi.writer2.main as mobi6_writer
    import calibre.ebooks.mobi.writer8.mobi as kf8_writer
    import css_parser
    from calibre.gui2 import must_use_qt
    settled = True
except ImportError:
    # Another Calibre, laid out otherwise: its books are as good, only not reproducible.
    settled = False

order = itertools.count()
def item_init(item, *args, **named):
    item.qikan_order = next(order)
    made(item, *args, **named)
if settled:
    # The Qt application the MOBI's picture rasterizer starts: up front, so that
    # images written before it and after it get the same density.
    must_use_qt()
    made = Manifest.Item.__init__
    Manifest.Item.__init__ = item_init
    Manifest.Item.__hash__ = lambda item: item.qikan_order

@functools.cache
def fingerprint(epub):
    # The EPUB's digest and time stamp, read once for both books.
    with open(epub, 'rb') as f:
        data = f.read()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        # Unsigned 32-bit seconds in the Palm database: to 2106, where ZIP (and SOURCE_DATE_EPOCH) go to 2107.
        stamp = min(calendar.timegm(z.infolist()[0].date_time), 0xFFFFFFFF)
    return hashlib.sha256(data).hexdigest(), stamp

def settle(epub, flags):
    global order
    order = itertools.count()
    # A read-back writes its style sheets with Calibre's own CSS layout, which stays set.
    css_parser.ser.prefs.useDefaults()
    digest, stamp = fingerprint(epub)
    chance = random.Random(digest + json.dumps(flags))
    random.seed(chance.getrandbits(64))
    uuid.uuid4 = lambda: uuid.UUID(int=chance.getrandbits(128), version=4)
    mobi_utils.os = types.SimpleNamespace(**{**vars(os), 'urandom': chance.randbytes})
    clock = types.SimpleNamespace(time=lambda: float(stamp))
    mobi6_writer.time = clock
    kf8_writer.time = clock

status = 0
for epub, flags, book, folder, opf, cover, converted, done in json.loads(sys.argv[2]):
    if epub:
        if settled:
            settle(epub, flags)
        status = ebook_convert(['ebook-convert', epub, book] + flags)
        if status:
            break
        open(converted, 'w').close()
    with open(os.devnull, 'w', encoding='utf-8') as listing, contextlib.redirect_stdout(listing):
        status = ebook_meta(['ebook-meta', book, '--to-opf=' + opf, '--get-cover=' + cover])
    status = status or ebook_convert(['ebook-convert', book, folder])
    if status:
        break
    open(done, 'w').close()
sys.exit(status or 0)`;

/**
 * calibre-debug -c runs its code with exec() and a separate locals mapping,
 * where the script's functions would not see its imports: the code given to
 * -c only runs the script (its first argument) as a module of its own.
 */
function calibreScript(script: string, argument: string): string[] {
  return ['--run-without-debug', '-c', "import sys; exec(sys.argv[1], {'__name__': 'qikan'})", '--', script, argument];
}

interface ReadBackFiles {
  folder: string;
  opfPath: string;
  coverPath: string;
  /** Written when the conversion before the read-back has made the book. */
  converted: string;
  /** Written when the read-back has finished. */
  done: string;
}

/** Where the read-back of `file` goes in `workDir`: named after the book, so that its readers find it. */
function readBackFiles(file: string, workDir: string): ReadBackFiles {
  const name = createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 16);
  return {
    folder: path.join(workDir, `oeb-${name}`),
    opfPath: path.join(workDir, `metadata-${name}.opf`),
    coverPath: path.join(workDir, `cover-${name}`),
    converted: path.join(workDir, `converted-${name}`),
    done: path.join(workDir, `done-${name}`),
  };
}

/** A Kindle book to make from an EPUB: ebook-convert's `flags`, and how messages name the book (`shownAs`). */
export interface Conversion {
  flags: readonly string[];
  book: string;
  shownAs: string;
}

/**
 * Converts `epub` into each book of `conversions` and reads each back into
 * `workDir`, in one Calibre process (the readers below then find them there):
 * Calibre's start and the loading of its conversion code are paid once, not
 * once a book. A failed conversion is reported as
 * ebook-convert's, about the EPUB (`shownEpub`); a failed read-back as the
 * read-back's, about the book. The first failure ends the run. `signal` stops it.
 */
export async function convertAndReadBack(epub: string, conversions: readonly Conversion[], workDir: string, shownEpub: string, signal?: AbortSignal): Promise<void> {
  const jobs = conversions.map((conversion) => ({ conversion, files: readBackFiles(conversion.book, workDir) }));
  const failedStep = () => {
    const failed = jobs.find((job) => !existsSync(job.files.done)) ?? jobs[jobs.length - 1]!;
    return existsSync(failed.files.converted) ? { subject: failed.conversion.shownAs, words: TOOL_WORDS['calibre-debug'] } : { subject: shownEpub, words: TOOL_WORDS['ebook-convert'] };
  };
  const argument = jobs.map(({ conversion, files }) => [epub, conversion.flags, conversion.book, ...readBackArguments(files)]);
  await runCalibre('calibre-debug', calibreScript(CONVERT_AND_READ_BACK, JSON.stringify(argument)), shownEpub, signal, failedStep);
}

function readBackArguments(files: ReadBackFiles): string[] {
  return [files.folder, files.opfPath, files.coverPath, files.converted, files.done];
}

/**
 * `file` read back into `workDir`, once: a later reader of the same book finds
 * the files finished there (callers read one after another: two at once would
 * start two runs on one folder).
 */
async function readBack(file: string, workDir: string, subject: string): Promise<ReadBackFiles> {
  const files = readBackFiles(file, workDir);
  if (!existsSync(files.done)) await runCalibre('calibre-debug', calibreScript(CONVERT_AND_READ_BACK, JSON.stringify([['', [], file, ...readBackArguments(files)]])), subject);
  return files;
}

/** `subject` names the file in error messages (the temp file has a different name). */
export async function readMetadata(file: string, workDir: string, subject: string): Promise<KindleMetadata> {
  const { opfPath, coverPath } = await readBack(file, workDir, subject);
  const $ = cheerio.load(await readFile(opfPath, 'utf8'), { xml: true });
  const all = (name: string) => $(name).toArray().map((e) => $(e).text().trim());
  return {
    title: all('dc\\:title')[0] ?? '',
    authors: $('dc\\:creator').toArray().filter((e) => ($(e).attr('opf:role') ?? 'aut') === 'aut').map((e) => $(e).text().trim()),
    publisher: all('dc\\:publisher')[0] ?? '',
    languages: all('dc\\:language'),
    subjects: all('dc\\:subject'),
    ...(await optionalFile(coverPath)),
  };
}

async function optionalFile(file: string): Promise<{ cover?: Buffer }> {
  try {
    return { cover: await readFile(file) };
  } catch {
    // ebook-meta writes no file when the book has no cover.
    return {};
  }
}

/** The unpacked book: its folder and its OPF. */
async function unpacked(file: string, workDir: string, subject: string): Promise<{ folder: string; opf: cheerio.CheerioAPI }> {
  const { folder } = await readBack(file, workDir, subject);
  return { folder, opf: cheerio.load(await readFile(path.join(folder, 'content.opf'), 'utf8'), { xml: true }) };
}

/** The book's text: the text of each document in reading order (the OPF spine), one after another. */
export async function readText(file: string, workDir: string, subject: string): Promise<string> {
  const documents = await readDocuments(file, workDir, subject);
  return documents.map((doc) => cheerio.load(doc.html)('body').text()).join('\n');
}

/** The book's documents in reading order (the OPF spine), as their links name them. */
export async function readDocuments(file: string, workDir: string, subject: string): Promise<BookDocument[]> {
  const { folder, opf } = await unpacked(file, workDir, subject);
  const documents: BookDocument[] = [];
  for (const itemref of opf('spine > itemref').toArray()) {
    const href = opf(`manifest > item[id="${opf(itemref).attr('idref')}"]`).attr('href');
    if (href === undefined) continue;
    documents.push({ href: decodeURI(href), html: await readFile(path.join(folder, decodeURI(href)), 'utf8') });
  }
  return documents;
}

export async function readToc(file: string, workDir: string, subject: string): Promise<TocNode[]> {
  const { folder, opf } = await unpacked(file, workDir, subject);
  const ncxHref = opf('item[media-type="application/x-dtbncx+xml"]').attr('href');
  if (ncxHref === undefined) return [];
  const $ = cheerio.load(await readFile(path.join(folder, decodeURI(ncxHref)), 'utf8'), { xml: true });
  const navMap = $('navMap').first();
  const points = (parent: typeof navMap): TocNode[] =>
    parent
      .children('navPoint')
      .toArray()
      .map((p) => ({ title: $(p).children('navLabel').first().children('text').first().text().trim(), children: points($(p)) }));
  return points(navMap);
}

export function tocDepth(nodes: TocNode[]): number {
  return nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => tocDepth(n.children)));
}
