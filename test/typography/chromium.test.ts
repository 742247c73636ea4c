// Chromium (playwright-core on Debian's chromium), the engine of many Android
// readers, on 2024-02 and the test issue: issue 14's targets (engine-targets.ts).
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';
import { describeTargets } from './engine-targets.js';
import { renderWithChromium } from './engines/chromium.js';

describeTargets('Chromium', 'chromium', (book, _fonts, run) => renderWithChromium(book, CHROMIUM, run), { pairs: true, headings: true, headingsOnOnePage: true, simplifiedForms: false, rules: false }, toolAvailable('chromium'));
