// Calibre (its PDF output, read with mutool), the viewer many members use and
// the converter of the Kindle books, on 2024-02 and the test issue: issue
// 14's targets (engine-targets.ts); and the body line pitch of the real
// book's AZW3, rendered back by Calibre, where the conversion sets its own.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { BOOKS, buildBook } from './book.js';
import { describeTargets } from './engine-targets.js';
import { renderWithCalibre } from './engines/calibre.js';
import { catalogFor } from './font-catalog.js';
import { bodyLinePitch } from './measures/line-pitch.js';

const available = toolAvailable('calibre') && toolAvailable('mupdf');

describeTargets('Calibre', 'calibre', (book, fonts, run) => renderWithCalibre(book.epub, fonts, run), { pairs: true, headings: true, headingsOnOnePage: true, simplifiedForms: false, rules: true }, available);

describe.skipIf(!available || !toolAvailable('epubcheck'))('Calibre on the AZW3 of 2024-02', () => {
  it('sets body lines 1.5 to 1.9 times the font size apart', async () => {
    const out = await tempDir();
    const book = await buildBook(ROOT, BOOKS[0]!, path.join(out, 'books'), true);
    const rendering = await renderWithCalibre(book.azw3!, await catalogFor('system', book.dir), { root: ROOT, workDir: out, label: 'azw3' });
    const { ratio } = bodyLinePitch(rendering.pages);
    expect(ratio).toBeGreaterThanOrEqual(1.5);
    expect(ratio).toBeLessThanOrEqual(1.9);
  }, 600_000);
});
