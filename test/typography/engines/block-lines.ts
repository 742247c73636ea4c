// A script for the browsers (Chromium through playwright-core, WebKit through
// WebDriver): every block of the page's #column at each type size and width,
// as the characters of each line joined and the lines split by |. A character
// at a break may have an empty box at the end of the line before: its widest
// box is where it is drawn. A new line starts half an em or more below the
// last character, so a raised note mark stays on its line.

/** The script's body: it takes the widths and the sizes as its two arguments and resolves to one row of blocks per size and width. */
export function blockLinesScript(selector: string): string {
  return `return (async (widths, sizes) => {
  await document.fonts.ready;
  const column = document.getElementById('column');
  const layouts = [];
  for (const size of sizes) for (const width of widths) {
    column.style.fontSize = size + 'px';
    column.style.width = width + 'px';
    const row = [];
    for (const block of column.querySelectorAll(${JSON.stringify(selector)})) {
      const lines = [];
      let top = null;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        for (let i = 0; i < text.length; ) {
          const length = text.codePointAt(i) > 0xffff ? 2 : 1;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + length);
          const box = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
          if (box && box.width > 0) {
            if (top === null || box.top - top > size * 0.5) { lines.push(''); top = box.top; }
            lines[lines.length - 1] += text.slice(i, i + length);
          }
          i += length;
        }
      }
      row.push(lines.join('|'));
    }
    layouts.push(row);
  }
  return layouts;
})(arguments[0], arguments[1]);`;
}

/** The same script as a function of one argument, [widths, sizes], for playwright's evaluate. */
export function blockLinesFunction(selector: string): (both: number[][]) => Promise<string[][]> {
  return new Function('both', blockLinesScript(selector).replace('(arguments[0], arguments[1])', '(both[0], both[1])')) as (both: number[][]) => Promise<string[][]>;
}
