// WebKit (WebKitGTK through WebKitWebDriver under xvfb-run), standing for
// Apple Books and Foliate, on 2024-02 and the test issue: issue 14's targets
// (engine-targets.ts). Punctuation pairs and heading breaks are reported
// (npm run typography) but have no target in WebKit.
import { toolAvailable } from '../helpers/tools.js';
import { describeTargets } from './engine-targets.js';
import { renderWithWebKit } from './engines/webkit.js';

describeTargets('WebKit', 'webkit', (book, fonts, run) => renderWithWebKit(book, fonts, run), { pairs: false, headings: false, headingsOnOnePage: false, simplifiedForms: false, rules: false }, toolAvailable('webkit'));
