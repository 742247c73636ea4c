// SVGs a hostile review sent, each refused with its reason; and the SVGs that
// charting tools and editors write, accepted.
import { describe, expect, it } from 'vitest';
import { svgProblem } from '../../src/issue/svg-safety.js';

const SVG = 'xmlns="http://www.w3.org/2000/svg"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
const problem = (text: string) => svgProblem(Buffer.from(text));

describe('svgProblem refuses', () => {
  it.each([
    ['script', `<svg ${SVG}><script>alert(1)</script></svg>`, 'contains <script>, which an SVG in a book may not hold (script, links, HTML, animation, other namespaces) — export it again as a plain SVG (or PNG)'],
    ['a namespace-prefixed script', `<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>`, 'contains <s:script>, which an SVG in a book may not hold (script, links, HTML, animation, other namespaces) — export it again as a plain SVG (or PNG)'],
    ['javascript: behind a character reference', `<svg ${SVG} ${XLINK}><use xlink:href="jav&#x61;script:alert(1)"/></svg>`, 'refers to "javascript:alert(1)" from <use>: an SVG in a book may refer only to a part of itself (#id) — embed the picture by exporting a PNG'],
    ['a link', `<svg ${SVG} ${XLINK}><a xlink:href="https://example.com/"><rect width="1" height="1"/></a></svg>`, 'contains <a>, which an SVG in a book may not hold (script, links, HTML, animation, other namespaces) — export it again as a plain SVG (or PNG)'],
    ['an event handler', `<svg ${SVG}><rect width="1" height="1" onclick="alert(1)"/></svg>`, 'has the attribute onclick on <rect>, which an SVG in a book may not hold (event handlers, editor data) — export it again as a plain SVG (or PNG)'],
    ['an XHTML document that starts with <?xml', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><script>alert(1)</script></body></html>', 'is not an SVG image: its root element is not <svg> of the SVG namespace'],
    ['an <svg> outside the SVG namespace', '<svg><rect width="1" height="1"/></svg>', 'is not an SVG image: its root element is not <svg> of the SVG namespace'],
    ['an external entity', `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<svg ${SVG}><text>&x;</text></svg>`, 'has a DOCTYPE (entities, external files) — export it again as a plain SVG without one'],
    ['a billion laughs', `<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg ${SVG}><text>&b;</text></svg>`, 'has a DOCTYPE (entities, external files) — export it again as a plain SVG without one'],
    ['an undefined entity', `<svg ${SVG}><rect width="1" height="1" fill="&red;"/></svg>`, 'uses an entity in fill on <rect> — write the character itself'],
    ['a remote image', `<svg ${SVG}><image href="http://example.com/a.png" width="10" height="10"/></svg>`, 'embeds another file (<image>) — export the picture as one PNG or JPEG'],
    ['@import in a style element', `<svg ${SVG}><style>@import url(http://example.com/a.css);</style></svg>`, 'imports a style sheet (@import) — export it again with its styles inline'],
    ['@import written with a CSS escape', `<svg ${SVG}><style>@\\69mport "http://example.com/a.css";</style></svg>`, 'imports a style sheet (@import) — export it again with its styles inline'],
    ['url() to another host in a style attribute', `<svg ${SVG}><rect width="1" height="1" style="fill: url('http://example.com/p.svg#g')"/></svg>`, 'refers to "http://example.com/p.svg#g" in url(): an SVG in a book may refer only to a part of itself (#id) — export it again with nothing outside it'],
    ['a file: url() in a presentation attribute', `<svg ${SVG}><rect width="1" height="1" fill="url(file:///etc/passwd)"/></svg>`, 'refers to "file:///etc/passwd" in url(): an SVG in a book may refer only to a part of itself (#id) — export it again with nothing outside it'],
    ['foreignObject', `<svg ${SVG}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>`, 'contains <foreignObject>, which an SVG in a book may not hold (script, links, HTML, animation, other namespaces) — export it again as a plain SVG (or PNG)'],
    ['an animation that sets href', `<svg ${SVG}><use href="#a"><set attributeName="href" to="javascript:alert(1)"/></use></svg>`, 'contains <set>, which an SVG in a book may not hold (script, links, HTML, animation, other namespaces) — export it again as a plain SVG (or PNG)'],
    ['a processing instruction', `<svg ${SVG}><?xml-stylesheet href="http://example.com/a.css"?></svg>`, 'contains the processing instruction <?xml-stylesheet> — export it again as a plain SVG'],
    [
      'a <use> bomb (uses of uses)',
      `<svg ${SVG}><defs><g id="a"><rect width="1" height="1"/></g><g id="b"><use href="#a"/><use href="#a"/></g><g id="c"><use href="#b"/><use href="#b"/></g></defs><use href="#c"/></svg>`,
      'repeats <use> of a <use> (a picture that draws itself over and over) — export it again as a plain SVG',
    ],
    ['UTF-16', Buffer.from(`\uFEFF<svg ${SVG}/>`, 'utf16le').toString('latin1'), 'is not UTF-8 — save the SVG as UTF-8'],
  ])('%s', (_name, text, message) => {
    const data = _name === 'UTF-16' ? Buffer.from(text, 'latin1') : Buffer.from(text);
    expect(svgProblem(data)).toBe(message);
  });
});

describe('svgProblem accepts', () => {
  it.each([
    ['a chart', `<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by a charting tool -->\n<svg ${SVG} ${XLINK} viewBox="0 0 100 50" width="100" height="50"><title>图一</title><defs><linearGradient id="g"><stop offset="0" stop-color="#a31a1e"/></linearGradient></defs><g transform="translate(1 1)"><rect width="40" height="20" fill="url(#g)" style="stroke: #000; fill: url(&quot;#g&quot;)"/><text x="1" y="30" font-family="Noto Serif SC" xml:space="preserve">增长 &amp; 发展</text><use xlink:href="#g"/></g></svg>`],
    ['one level of <use>', `<svg ${SVG}><defs><circle id="dot" r="1"/></defs><use href="#dot" x="2"/><use href="#dot" x="4"/></svg>`],
    ['a style sheet of its own', `<svg ${SVG}><style><![CDATA[ .a { fill: url(#g); } ]]></style><circle class="a" cx="5" cy="5" r="4" aria-label="圆"/></svg>`],
  ])('%s', (_name, text) => {
    expect(problem(text)).toBeUndefined();
  });
});
