// The browsers' half of the typography harness, plain JavaScript evaluated in
// the harness page of Chromium (playwright-core) and WebKit (WebDriver) alike.
// The book's XHTML is shown in an iframe of the page's size; this script
// paginates it the way Foliate and Readium do (CSS columns of the page on the
// root element), then measures every character with Range.getClientRects.
// Evaluating this file defines window.__qikan.
(() => {
  const XHTML = 'http://www.w3.org/1999/xhtml';

  /** Shows `src` in the iframe; resolves once it, its fonts and its images are loaded. */
  async function load(src, page) {
    const frame = document.getElementById('book');
    await new Promise((resolve) => {
      frame.onload = resolve;
      frame.src = src;
    });
    const doc = frame.contentDocument;
    const style = doc.createElementNS(XHTML, 'style');
    // Foliate's paginator: columns of the page's width less the side margins, a gap of two margins.
    style.textContent = `html { box-sizing: border-box !important; width: ${page.width}px !important; height: ${page.height}px !important;
      max-width: none !important; margin: 0 !important; padding: ${page.marginTop}px ${page.marginSide}px !important;
      column-width: ${page.width - 2 * page.marginSide}px !important; column-gap: ${2 * page.marginSide}px !important;
      column-fill: auto !important; overflow: hidden !important; }`;
    (doc.head || doc.documentElement).appendChild(style);
    await doc.fonts.ready;
    await Promise.all([...doc.images].map((img) => (img.complete ? null : new Promise((r) => (img.onload = img.onerror = r)))));
    return true;
  }

  /** Every character of the document with its box, and every picture. */
  function measure(roles, page) {
    const doc = document.getElementById('book').contentDocument;
    const win = doc.defaultView;
    const blocks = new Map();
    const blockOf = (element) => {
      let e = element;
      while (e.parentElement && win.getComputedStyle(e).display.startsWith('inline')) e = e.parentElement;
      if (!blocks.has(e)) blocks.set(e, blocks.size);
      return blocks.get(e);
    };
    const roleOf = (element) => (roles.find(([, selector]) => element.closest(selector)) || ['other'])[0];
    const nodes = [];
    const glyphs = [];
    const range = doc.createRange();
    window.__qikanNodes = [];
    const walker = doc.createTreeWalker(doc.body || doc.documentElement, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, title') || !/\S/.test(node.data)) continue;
      const cs = win.getComputedStyle(parent);
      const index = nodes.length;
      nodes.push({ size: parseFloat(cs.fontSize), family: cs.fontFamily, weight: cs.fontWeight, style: cs.fontStyle, role: roleOf(parent), block: blockOf(parent) });
      let offset = 0;
      for (const character of node.data) {
        if (!/\s/u.test(character)) {
          range.setStart(node, offset);
          range.setEnd(node, offset + character.length);
          // WebKit gives the first character after a soft wrap a zero-width rect at the end of
          // the line before as well: the character is where its widest rect is.
          const rect = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).sort((x, y) => y.width - x.width)[0];
          if (rect) glyphs.push([character, index, rect.left + win.scrollX, rect.top + win.scrollY, rect.width, rect.height]);
        }
        offset += character.length;
      }
      window.__qikanNodes[index] = node;
    }
    const images = [];
    for (const element of doc.querySelectorAll('img, svg, video, canvas, object, embed')) {
      if (element.parentElement && element.parentElement.closest('svg')) continue;
      for (const r of element.getClientRects()) if (r.width > 0 && r.height > 0) images.push([r.left + win.scrollX, r.top + win.scrollY, r.width, r.height]);
    }
    const width = Math.max(doc.documentElement.scrollWidth, doc.body ? doc.body.scrollWidth : 0);
    return { nodes, glyphs, images, pages: Math.max(1, Math.round(width / page.width)) };
  }

  /** Turns the page to `index` (for a screenshot), once the turned page has been painted. */
  async function turnTo(index, page) {
    const win = document.getElementById('book').contentWindow;
    win.scrollTo(index * page.width, 0);
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    return true;
  }

  /**
   * Chromium: wraps text node `index` (measured before) in a span of its own,
   * or each of its characters in one, so the inspector can name its fonts.
   */
  function wrapNode(index, perCharacter) {
    const node = window.__qikanNodes[index];
    const doc = node.ownerDocument;
    const pieces = perCharacter ? [...node.data] : [node.data];
    const spans = pieces.map((text) => {
      const span = doc.createElementNS(XHTML, 'span');
      span.textContent = text;
      return span;
    });
    node.replaceWith(...spans);
    // The inspector reads fonts off the layout, which a DOM change leaves stale until something asks for it.
    void spans[0].getBoundingClientRect();
    window.__qikanSpans = spans;
    window.__qikanNodes[index] = spans.length === 1 ? spans[0].firstChild : null;
    return pieces;
  }

  /**
   * WebKit, which has no inspector protocol here: the font of a character is
   * the candidate family whose drawing of it on a canvas is identical, pixel
   * for pixel, to the drawing in the element's own font; a drawing identical
   * to that of a character no font has (U+10FFFD) is a missing glyph.
   */
  function identifyFonts(requests) {
    const doc = document.getElementById('book').contentDocument;
    const canvas = doc.createElementNS(XHTML, 'canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const draw = (character, font) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.font = font;
      ctx.fillText(character, 8, 48);
      return ctx.getImageData(0, 0, 64, 64).data.join(',');
    };
    return requests.map(({ character, style, weight, family, candidates }) => {
      const font = (f) => `${style} ${weight} 40px ${f}`;
      const own = draw(character, font(family));
      if (own === draw('\u{10FFFD}', font(family))) return 'missing';
      return candidates.find((candidate) => draw(character, font(`"${candidate}"`)) === own) || '';
    });
  }

  window.__qikan = { load, measure, turnTo, wrapNode, identifyFonts };
})();
