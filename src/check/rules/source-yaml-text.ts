// Input, in an article's front matter:
//   title: 微博热议 #两会# 代表委员谈发展     (YAML: a comment from " #" on)
//   title: &两会 代表委员谈发展               (YAML: an anchor named 两会)
//   title: 全省学习贯彻……社会主义思想
//     主题教育总结会议召开                     (YAML: the lines joined by a space)
// Each reads as valid YAML, and the headline, the 目录 and the book's metadata
// would say something else than the line seems to: cut short, or with a space
// between two Chinese characters.
import { hanAt } from '../cjk.js';
import { lineText } from '../document.js';
import { fileRule } from '../rule.js';

const TEXT_FIELD = /^(title|toc_title|byline|source)[ \t]*:[ \t]*/;

export const sourceYamlText = fileRule('source/yaml-text', 'warning', {
  description: 'A title, toc_title, byline or source that YAML reads otherwise than it looks: cut at " #" (a comment), taken for an anchor (&) or alias (*), or joined from two lines with a space.',
  check({ doc, report }) {
    for (let line0 = 1; line0 < doc.bodyLine - 2; line0++) {
      const line = lineText(doc, line0);
      const key = TEXT_FIELD.exec(line);
      if (!key) continue;
      const at = doc.lineStarts[line0]! + key[0].length;
      const value = line.slice(key[0].length);
      const quote = `quote the value: ${key[1]}: "${value.trim().replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
      if (/^["']/.test(value)) continue;
      if (/^[&*]/.test(value)) {
        report(at, at + 1, `YAML reads a value that starts with ${value[0]} as ${value[0] === '&' ? 'an anchor' : 'an alias'}, not as text — ${quote}`);
        continue;
      }
      const comment = /[ \t]#/.exec(value);
      if (comment) {
        const from = at + comment.index + 1;
        report(from, at + value.trimEnd().length, `YAML reads everything from " #" on as a comment: it is not in the ${key[1]} — ${quote}`);
        continue;
      }
      // A value that goes on over the next lines (a plain or folded scalar): YAML joins them with a
      // space. A literal one (|) keeps its line breaks; a comment line is no part of the value.
      const indicator = /^[>|][+-]?$/.test(value.trim()) ? value.trim()[0] : undefined;
      if (indicator === '|') continue;
      const lines = value.trim() === '' || indicator ? [] : [value.trimEnd()];
      let last = line0;
      for (let k = line0 + 1; k < doc.bodyLine - 2; k++) {
        const next = lineText(doc, k);
        if (!/^[ \t]+\S/.test(next) || /^[ \t]*-[ \t]/.test(next)) break;
        if (/^[ \t]*#/.test(next)) continue;
        lines.push(next.trim());
        last = k;
      }
      const joins = lines.slice(1).some((line, k) => hanAt(lines[k]!, lines[k]!.length - 1) || hanAt(line, 0));
      if (!joins) continue;
      report(doc.lineStarts[line0]!, doc.lineStarts[last]! + lineText(doc, last).length, `the ${key[1]} goes on over the next line, and YAML joins its lines with a space (between Chinese characters) — write it on one line`);
    }
  },
});
