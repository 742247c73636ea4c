// Input: "２０２４年", "ＡＢＣ公司" — full-width digits and letters (U+FF10–FF5A)
// from Chinese input methods; digits and Latin letters are written half-width.
import { startsBlockSyntax } from '../../markdown/escape.js';
import { blockPatternRule } from '../rule.js';

const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;

// Narrowed, the run would become markup, and the fix would change the text:
// inside an entity (&ｌｔ; → &lt;, shown as <; &aｍｐ; and &#1２; too); after
// [ or [^ a link or note label that a definition may match; after < an
// autolink's scheme.
const MARKUP_BEFORE = /(?:&#?[xX]?[A-Za-z0-9]*|\[\^?|<)$/;

export const cjkFullwidthAlnum = blockPatternRule('cjk/fullwidth-alnum', 'warning', FULLWIDTH_ALNUM, {
  description: 'Full-width digits or Latin letters (２０２４, ＡＢＣ).',
  fix: 'replaces them with half-width ones, unless they would then become Markdown (a list number at a line’s start, an entity, a label)',
  check({ source, block, match, start, end, report }) {
    const wide = match[0];
    const narrow = [...wide].map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const before = source.slice(lineStart, start);
    const lineEnd = source.indexOf('\n', end);
    // The line as the fix would leave it must still be text: １. (or 2０２４., 1１.)
    // at its start would become a list item — in a paragraph, or a setext heading's line.
    const lineAfter = before + narrow + source.slice(end, lineEnd < 0 ? source.length : lineEnd);
    const opensBlock = (block.kind === 'paragraph' || (block.kind === 'heading' && !block.atx)) && startsBlockSyntax(lineAfter.trimStart()) && !startsBlockSyntax(`${before}${wide}${source.slice(end, lineEnd < 0 ? source.length : lineEnd)}`.trimStart());
    const markup = MARKUP_BEFORE.exec(before)?.[0];
    if (!opensBlock && markup === undefined) {
      report(start, end, `full-width "${wide}" — write "${narrow}"`, { text: narrow });
      return;
    }
    // Escaped, the mark stays text: 1\. and \&lt; are shown as written.
    const escaped = opensBlock ? `${before.trimStart()}${narrow}\\${source[end]}` : `\\${markup}${narrow}`;
    report(start, end, `full-width "${wide}" — write "${escaped}" (--fix leaves this one: "${narrow}" alone would be read as Markdown)`);
  },
});
