// How an import report quotes a piece of the input: its first twenty
// characters, enough to find it in the file, short enough for one line.

export function preview(text: string): string {
  const chars = [...text.trim()];
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : chars.join('');
}
