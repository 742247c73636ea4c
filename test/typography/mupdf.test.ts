// MuPDF (mupdf-tools), the engine of many e-ink readers, on 2024-02 and the
// test issue: issue 14's targets (engine-targets.ts).
import { toolAvailable } from '../helpers/tools.js';
import { describeTargets } from './engine-targets.js';
import { renderWithMupdf } from './engines/mupdf.js';

describeTargets('MuPDF', 'mupdf', (book, _fonts, run) => renderWithMupdf(book.epub, run), { pairs: true, headings: true, headingsOnOnePage: false, simplifiedForms: true, rules: true }, toolAvailable('mupdf'));
