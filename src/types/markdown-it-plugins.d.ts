// markdown-it's own reference-definition rule, wrapped in src/markdown/parser.ts.
declare module 'markdown-it/lib/rules_block/reference.mjs' {
  import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
  export default function reference(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean;
}

// markdown-it-footnote: @types/markdown-it-footnote types it against the CommonJS
// markdown-it declarations, which do not match the ES module ones this project uses.
declare module 'markdown-it-footnote' {
  import type MarkdownIt from 'markdown-it';
  const plugin: (md: MarkdownIt) => void;
  export default plugin;
}
