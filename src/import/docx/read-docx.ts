// Word (.docx, often saved by WPS) → HTML with mammoth → blocks. Mammoth keeps
// headings, bold, tables, images and line breaks but drops alignment, and an
// article title is often just a centred bold line; the document transform
// below marks centred paragraphs with a style of our own before conversion.
import mammoth from 'mammoth';
import { fileProblem, UserError, type Diagnostic } from '../../diagnostic.js';
import type { SourceBlock, SourceImage } from '../model.js';
import { htmlBlocks, CENTRED_CLASS } from './html-blocks.js';
import { docxBoundsProblem } from './zip-bounds.js';

const CENTRED_STYLE = 'QikanCentred';

// Mammoth's default map knows Heading 1–6 (and heading 1–6); WPS and Chinese Word add these names.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
  `p[style-name='${CENTRED_STYLE}'] => p.${CENTRED_CLASS}:fresh`,
];

/** The part of mammoth's (unstable, untyped) document model that the transform touches. */
interface DocumentElement {
  type: string;
  children?: DocumentElement[];
  alignment?: string | null;
  styleId?: string | null;
  styleName?: string | null;
}

const HEADING_STYLE = /heading|title|标题/i;

/** Centred paragraphs without a heading style get our style, so the HTML keeps the fact. */
function markCentred(element: DocumentElement): DocumentElement {
  const children = element.children?.map(markCentred);
  const copy = children ? { ...element, children } : element;
  if (copy.type === 'paragraph' && copy.alignment === 'center' && !HEADING_STYLE.test(`${copy.styleId ?? ''} ${copy.styleName ?? ''}`)) {
    return { ...copy, styleId: CENTRED_STYLE, styleName: CENTRED_STYLE };
  }
  return copy;
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/bmp': 'bmp', 'image/svg+xml': 'svg' };

function extensionOf(contentType: string): string {
  return EXTENSIONS[contentType] ?? (contentType.split('/').pop() ?? 'bin').replace(/[^a-z0-9]/gi, '').toLowerCase();
}

// What a Word element mammoth does not read holds, by its local name (mammoth
// names some w:fldSimple, others {namespace}oMath): its text is not imported.
const IGNORED_ELEMENTS: Record<string, string> = {
  fldSimple: 'fields (a date, a page number, a hyperlink) and the text they show',
  ruby: 'text with a phonetic guide (拼音指南), the characters with it',
  oMath: 'equations',
  oMathPara: 'equations',
};

/**
 * mammoth's warnings that text or a picture was left out (an element it
 * does not read, a symbol in a font it does not know, a picture it cannot
 * find), one import warning per kind — mammoth reports each kind once — for
 * the maintainer to add by hand. Style warnings are left aside: the text of
 * such a paragraph is kept.
 */
export function ignoredContent(messages: readonly { type: string; message: string }[], display: string): Diagnostic[] {
  const kinds = new Set<string>();
  for (const { message } of messages) {
    const element = /^An unrecognised element was ignored: (\S+)/.exec(message)?.[1];
    const local = element?.replace(/^\{[^}]*\}/, '').replace(/^[\w-]+:/, '');
    // Markers of a range (editing permission, a moved or tracked span) hold no text.
    if (local && /^(?:perm(?:Start|End)|\w*Range(?:Start|End))$/.test(local)) continue;
    const what = local
      ? (IGNORED_ELEMENTS[local] ?? `Word content it cannot read (${element})`)
      : /^A w:sym element with an unsupported character was ignored/.test(message)
        ? 'symbols in a font it does not know (Insert › Symbol)'
        : /^(?:Could not find image file|A v:imagedata element without a relationship ID was ignored)/.test(message)
          ? 'pictures it cannot find in the document'
          : undefined;
    if (what) kinds.add(what);
  }
  return [...kinds].map((what) => ({
    ...fileProblem(display, 'import/docx-content-left-out', `the document has ${what}, which the import cannot read and left out — compare the imported text with the document and add it by hand`),
    severity: 'warning' as const,
  }));
}

export async function readDocx(bytes: Buffer, display: string): Promise<{ blocks: SourceBlock[]; images: SourceImage[]; notes: Diagnostic[] }> {
  // Bounded before mammoth unpacks anything: a ZIP bomb stops here, in one line.
  const bounds = docxBoundsProblem(bytes);
  if (bounds === 'is not a readable ZIP archive') {
    throw new UserError(fileProblem(display, 'import/not-docx', 'is not a readable Word .docx document (not a ZIP archive) — open it in Word or WPS and save it again as .docx'));
  }
  if (bounds) throw new UserError(fileProblem(display, 'import/too-large', bounds));
  const images: SourceImage[] = [];
  let html: string;
  let notes: Diagnostic[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        transformDocument: (document: DocumentElement) => markCentred(document),
        // Images are kept aside and referenced by index; their file names depend on the article they land in.
        convertImage: mammoth.images.imgElement(async (image) => {
          const index = images.push({ data: await image.readAsBuffer(), extension: extensionOf(image.contentType) }) - 1;
          return { src: `qikan-image:${index}` };
        }),
      },
    );
    html = result.value;
    notes = ignoredContent(result.messages, display);
  } catch (error) {
    throw new UserError(
      fileProblem(display, 'import/not-docx', `is not a readable Word .docx document (${(error as Error).message.split('\n')[0]}) — open it in Word or WPS and save it again as .docx`),
    );
  }
  return { blocks: htmlBlocks(html), images, notes };
}
