// Input: "# 一、总体要求" in the body. The article title (front matter `title`)
// is the page's only level-1 heading; sections start at ##.
import { blockRule } from '../rule.js';

export const structureBodyH1 = blockRule('structure/body-h1', 'error', {
  description: 'A level-1 heading in the body: the title is the only level-1 heading.',
  kinds: ['heading'],
  check({ block, reportLine }) {
    if (block.level === 1) reportLine(0, 'level-1 heading in the body — the title in the front matter is the only level-1 heading; use ## for a section');
  },
});
