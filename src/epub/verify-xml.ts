// Every generated XHTML, OPF and NCX is checked for XML well-formedness in
// process before the book is written: a malformed file never reaches a reader.
import { XMLValidator } from 'fast-xml-parser';
import { xmlForbiddenCharacter } from '../issue/xml-text.js';

export interface XmlProblem {
  fileName: string;
  line: number;
  message: string;
}

export function xmlProblems(files: ReadonlyArray<{ fileName: string; xml: string }>): XmlProblem[] {
  const problems: XmlProblem[] = [];
  for (const { fileName, xml } of files) {
    const result = XMLValidator.validate(xml);
    if (result !== true) {
      problems.push({ fileName, line: result.err.line, message: result.err.msg });
      continue;
    }
    // The validator checks the syntax only, not XML's character set (§2.2).
    const forbidden = xmlForbiddenCharacter(xml);
    if (forbidden) {
      const line = xml.slice(0, forbidden.index).split('\n').length;
      problems.push({ fileName, line, message: `character ${forbidden.name} is not allowed in XML` });
    }
  }
  return problems;
}
