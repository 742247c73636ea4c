// PLACEHOLDER (lead): the cover helper replaces this file; keep the exported signature.
import type { CoverContent, RenderedCover } from './content.js';
import type { CoverStyle } from './style.js';

export async function renderCover(
  _content: CoverContent,
  _style: CoverStyle,
  _options: { cacheDir?: string } = {},
): Promise<RenderedCover> {
  throw new Error('renderCover: not implemented yet');
}
