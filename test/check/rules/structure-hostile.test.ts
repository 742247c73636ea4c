// Structure rules for inputs a hostile review found: text the parser would
// drop. Plain texts are article bodies: body line 1 is file line 4.
import { structureNestingTooDeep } from '../../../src/check/rules/structure-nesting-too-deep.js';
import { testRule } from '../rule-tester.js';

/** A list whose item k (0-based) is indented 2k spaces: "第k层". */
const deepList = (levels: number, after = '') => Array.from({ length: levels }, (_, k) => `${'  '.repeat(k)}- 第${k}层`).join('\n') + after;

testRule(structureNestingTooDeep, {
  valid: [deepList(9), `${'> '.repeat(9)}引用。`, '正文。'],
  invalid: [
    {
      // The renderer showed 第0层 … 第8层 and an empty item for 第9层: each list level is two (list, item).
      text: deepList(12, '\n\n之后的段落。'),
      errors: [
        {
          line: 13,
          column: 19,
          message:
            'lists or block quotes are nested too deep here (20 levels): this text and what follows in the same list or quote would be lost — use fewer levels',
        },
      ],
    },
    { text: `${'> '.repeat(25)}深引用。\n\n之后。`, errors: [{ line: 4, column: 1 }] },
  ],
});
