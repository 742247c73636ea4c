// WebKit (WebKitGTK through WebKitWebDriver under xvfb-run), standing for
// Apple Books and Foliate, on 2024-02 and the test issue: issue 14's targets
// (engine-targets.ts), punctuation pairs and heading breaks included: WebKit
// meets them, and each fails on a book without compression or <wbr/>s.
import { toolAvailable } from '../helpers/tools.js';
import { describeTargets } from './engine-targets.js';
import { renderWithWebKit } from './engines/webkit.js';

describeTargets('WebKit', 'webkit', (book, fonts, run) => renderWithWebKit(book, fonts, run), { pairs: true, headings: true, headingsOnOnePage: true, simplifiedForms: false, rules: false }, toolAvailable('webkit'));
