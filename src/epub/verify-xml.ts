// Every generated XHTML, OPF and NCX is checked for XML well-formedness in
// process before the book is written: a malformed file never reaches a reader.
import { XMLValidator } from 'fast-xml-parser';

export interface XmlProblem {
  fileName: string;
  line: number;
  message: string;
}

export function xmlProblems(files: ReadonlyArray<{ fileName: string; xml: string }>): XmlProblem[] {
  const problems: XmlProblem[] = [];
  for (const { fileName, xml } of files) {
    const result = XMLValidator.validate(xml);
    if (result !== true) problems.push({ fileName, line: result.err.line, message: result.err.msg });
  }
  return problems;
}
