// markdown-it-footnote's last core rule (footnote_tail), made linear. The
// plugin's own appends each note's tokens to the document with
// `state.tokens = state.tokens.concat(…)`, copying the whole token list once
// for every note: an article with 4,000 notes took 15 s to render, 8,000 a
// minute. This is the same walk — the same tokens in the same order (a test
// renders hostile notes with both and compares) — appending in place.
import type { StateCore, Token } from 'markdown-it';

/** What markdown-it-footnote keeps of each note in env.footnotes.list. */
interface NoteEntry {
  label?: string;
  /** Set for inline notes (^[…], which qikan turns off): their parsed text. */
  tokens?: Token[];
  content?: string;
  /** How many marks refer to the note. */
  count: number;
}

export function noteTail(state: StateCore): void {
  const footnotes = (state.env as { footnotes?: { list?: NoteEntry[] } }).footnotes;
  if (!footnotes) return;

  // Take each definition's block tokens out of the text, by label.
  const definitions = new Map<string, Token[]>();
  const text: Token[] = [];
  let current: Token[] = [];
  let currentLabel = '';
  let insideDefinition = false;
  for (const token of state.tokens) {
    if (token.type === 'footnote_reference_open') {
      insideDefinition = true;
      current = [];
      currentLabel = (token.meta as { label: string }).label;
    } else if (token.type === 'footnote_reference_close') {
      insideDefinition = false;
      definitions.set(currentLabel, current);
    } else if (insideDefinition) {
      current.push(token);
    } else {
      text.push(token);
    }
  }
  state.tokens = text;

  const list = footnotes.list;
  if (!list) return;
  const out = state.tokens;
  const append = (tokens: readonly Token[]) => {
    for (const token of tokens) out.push(token);
  };
  out.push(new state.Token('footnote_block_open', '', 1));
  // As in the plugin, a note with neither tokens nor label reuses the previous one's.
  let tokens: Token[] | undefined;
  for (const [id, entry] of list.entries()) {
    const open = new state.Token('footnote_open', '', 1);
    open.meta = { id, label: entry.label };
    out.push(open);

    if (entry.tokens) {
      const paragraphOpen = new state.Token('paragraph_open', 'p', 1);
      paragraphOpen.block = true;
      const inline = new state.Token('inline', '', 0);
      inline.children = entry.tokens;
      inline.content = entry.content ?? '';
      const paragraphClose = new state.Token('paragraph_close', 'p', -1);
      paragraphClose.block = true;
      tokens = [paragraphOpen, inline, paragraphClose];
    } else if (entry.label) {
      tokens = definitions.get(entry.label);
    }
    if (tokens) append(tokens);

    // The back links go inside the note's last paragraph.
    const lastParagraph = out[out.length - 1]!.type === 'paragraph_close' ? out.pop()! : null;
    const marks = entry.count > 0 ? entry.count : 1;
    for (let subId = 0; subId < marks; subId++) {
      const anchor = new state.Token('footnote_anchor', '', 0);
      anchor.meta = { id, subId, label: entry.label };
      out.push(anchor);
    }
    if (lastParagraph) out.push(lastParagraph);
    out.push(new state.Token('footnote_close', '', -1));
  }
  out.push(new state.Token('footnote_block_close', '', -1));
}
