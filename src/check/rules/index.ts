// Every rule, in the order they are listed in documentation: how the issue's
// files fit together, source hygiene, structure, Chinese text. To add a
// rule, add its module here.
import type { Rule } from '../rule.js';
import { cjkAsteriskPair } from './cjk-asterisk-pair.js';
import { cjkDash } from './cjk-dash.js';
import { cjkDuplicatePunctuation } from './cjk-duplicate-punctuation.js';
import { cjkEllipsis } from './cjk-ellipsis.js';
import { cjkFullwidthAlnum } from './cjk-fullwidth-alnum.js';
import { cjkHalfwidthPunctuation } from './cjk-halfwidth-punctuation.js';
import { cjkLatinWord } from './cjk-latin-word.js';
import { cjkPageBreakSplit } from './cjk-page-break-split.js';
import { cjkSpaceAroundDigitLatin } from './cjk-space-around-digit-latin.js';
import { cjkStraySpace } from './cjk-stray-space.js';
import { cjkTocRemnant } from './cjk-toc-remnant.js';
import { cjkUnbalancedPair } from './cjk-unbalanced-pair.js';
import { noteDuplicateLabel } from './note-duplicate-label.js';
import { noteInHeading } from './note-in-heading.js';
import { noteEmpty } from './note-empty.js';
import { noteMisplaced } from './note-misplaced.js';
import { noteMissing } from './note-missing.js';
import { noteUnused } from './note-unused.js';
import { schemaDuplicateArticle, schemaMissingArticle, schemaUnlistedArticle } from './schema-article-list.js';
import { schemaDateYear, schemaFolderName } from './schema-issue-folder.js';
import { sourceBidiControl } from './source-bidi-control.js';
import { sourceBom } from './source-bom.js';
import { sourceControlCharacter } from './source-control-character.js';
import { sourceReplacementCharacter } from './source-replacement-character.js';
import { sourceCrlf } from './source-crlf.js';
import { sourceFullwidthIndent } from './source-fullwidth-indent.js';
import { sourceNotNfc } from './source-not-nfc.js';
import { sourceIndentedProse } from './source-indented-prose.js';
import { sourceKindleAuthor } from './source-kindle-author.js';
import { sourceC1Control } from './source-c1-control.js';
import { sourceTab } from './source-tab.js';
import { sourceYamlText } from './source-yaml-text.js';
import { sourceTrailingSpace } from './source-trailing-space.js';
import { sourceZeroWidth } from './source-zero-width.js';
import { structureBodyH1 } from './structure-body-h1.js';
import { structureCoverText } from './structure-cover-text.js';
import { structureCoverSize } from './structure-cover-size.js';
import { structureDuplicateTitle } from './structure-duplicate-title.js';
import { structureEmptyHeading } from './structure-empty-heading.js';
import { structureEmptyArticle } from './structure-empty-article.js';
import { structureHeadingSkip } from './structure-heading-skip.js';
import { structureImageFormat } from './structure-image-format.js';
import { structureImageMissing } from './structure-image-missing.js';
import { structureImageOutside } from './structure-image-outside.js';
import { structureImageTooLarge } from './structure-image-too-large.js';
import { structureNestedLink } from './structure-nested-link.js';
import { structureNestingTooDeep } from './structure-nesting-too-deep.js';
import { structureLinkAddress } from './structure-link-address.js';
import { structureListNumber } from './structure-list-number.js';
import { structureLocalLink } from './structure-local-link.js';
import { structurePageInImage } from './structure-page-in-image.js';
import { structurePageOrder } from './structure-page-order.js';
import { structureRawHtml } from './structure-raw-html.js';
import { structureRemoteImage } from './structure-remote-image.js';
import { structureTableExtraCells } from './structure-table-extra-cells.js';
import { structureUnusedDefinition } from './structure-unused-definition.js';

export const RULES: readonly Rule[] = [
  schemaFolderName,
  schemaDateYear,
  schemaDuplicateArticle,
  schemaMissingArticle,
  schemaUnlistedArticle,
  sourceBom,
  sourceCrlf,
  sourceControlCharacter,
  sourceReplacementCharacter,
  sourceZeroWidth,
  sourceC1Control,
  sourceBidiControl,
  sourceNotNfc,
  sourceTab,
  sourceTrailingSpace,
  sourceFullwidthIndent,
  sourceIndentedProse,
  sourceKindleAuthor,
  sourceYamlText,
  structureBodyH1,
  structureHeadingSkip,
  structureEmptyArticle,
  structureEmptyHeading,
  structureNestingTooDeep,
  structureTableExtraCells,
  structureListNumber,
  structureDuplicateTitle,
  structureRawHtml,
  structureRemoteImage,
  structureImageOutside,
  structureImageFormat,
  structureLocalLink,
  structureUnusedDefinition,
  structureLinkAddress,
  structureNestedLink,
  structurePageInImage,
  structurePageOrder,
  noteMissing,
  noteUnused,
  noteDuplicateLabel,
  noteInHeading,
  noteMisplaced,
  noteEmpty,
  cjkPageBreakSplit,
  cjkStraySpace,
  cjkSpaceAroundDigitLatin,
  cjkLatinWord,
  cjkHalfwidthPunctuation,
  cjkUnbalancedPair,
  cjkEllipsis,
  cjkDash,
  cjkDuplicatePunctuation,
  cjkFullwidthAlnum,
  cjkTocRemnant,
  cjkAsteriskPair,
  structureImageMissing,
  structureImageTooLarge,
  structureCoverSize,
  structureCoverText,
];

/** Reported by the check itself: a disable comment or ignore that names no rule, or one that cannot be silenced. */
const CHECK_IDS: readonly string[] = ['check/unknown-rule', 'check/unsilenceable'];

/** Rules whose findings no disable comment or ignore silences (RuleInfo.unsilenceable). */
export const UNSILENCEABLE: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.unsilenceable).map((rule) => rule.id));

export const RULE_IDS: ReadonlySet<string> = new Set([...RULES.map((rule) => rule.id), ...CHECK_IDS]);
