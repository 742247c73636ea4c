// Word (.docx, often saved by WPS) → HTML with mammoth → blocks. Mammoth keeps
// headings, bold, tables, images and line breaks but drops alignment, and an
// article title is often just a centred bold line; the document transform
// below marks centred paragraphs with a style of our own before conversion.
import mammoth from 'mammoth';
import { fileProblem, UserError } from '../../diagnostic.js';
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

export async function readDocx(bytes: Buffer, display: string): Promise<{ blocks: SourceBlock[]; images: SourceImage[] }> {
  // Bounded before mammoth unpacks anything: a ZIP bomb stops here, in one line.
  const bounds = docxBoundsProblem(bytes);
  if (bounds === 'is not a readable ZIP archive') {
    throw new UserError(fileProblem(display, 'import/not-docx', 'is not a readable Word .docx document (not a ZIP archive) — open it in Word or WPS and save it again as .docx'));
  }
  if (bounds) throw new UserError(fileProblem(display, 'import/too-large', bounds));
  const images: SourceImage[] = [];
  let html: string;
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
  } catch (error) {
    throw new UserError(
      fileProblem(display, 'import/not-docx', `is not a readable Word .docx document (${(error as Error).message.split('\n')[0]}) — open it in Word or WPS and save it again as .docx`),
    );
  }
  return { blocks: htmlBlocks(html), images };
}
