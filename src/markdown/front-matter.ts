// An article file is YAML front matter between two lines of three dashes,
// then the Markdown body. Only a line that is exactly `---` (trailing blanks
// allowed) closes the front matter: a value ending in dashes
// (`title: 学习心得---`) stays part of the YAML.

export interface FrontMatterSplit {
  /** The YAML between the fences. */
  yaml: string;
  /** Everything after the closing fence's line. */
  body: string;
  /** 1-based line, in the file, of the body's first line. */
  bodyLine: number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/m;

/** undefined when the text does not start with a front-matter block. */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  const yaml = rest.slice(0, closing.index).replace(/\r?\n$/, '');
  let bodyStart = opening[0].length + closing.index + closing[0].length;
  if (text[bodyStart] === '\n') bodyStart++;
  const bodyLine = lineCount(text, bodyStart) + 1;
  return { yaml, body: text.slice(bodyStart), bodyLine };
}

function lineCount(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
