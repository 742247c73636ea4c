// A block's source text, as markdown-it's inline parser will read it: the
// masked text of a block has, line by line, the length of its source.
import type { TextBlock } from './document.js';

export function blockSource(fileText: string, block: TextBlock): string {
  return block.text
    .split('\n')
    .map((line, k) => fileText.slice(block.lineOffset[k]!, block.lineOffset[k]! + line.length))
    .join('\n');
}
