// Saves in the issue folder (and its series.yaml) → one call of `onChange`
// per burst: an editor's save is often several events (write, rename,
// attributes), a few milliseconds apart. Node's fs.watch, recursive (Linux
// since Node 20, macOS and Windows natively): no dependency.
import type { FSWatcher } from 'node:fs';
import path from 'node:path';
import { watch } from '../builtins.js';

/** Files whose change can change the pages: sources, YAML, pictures. Editors' swap and backup files are not. */
const RELEVANT = /\.(md|ya?ml|png|jpe?g|gif|svg)$/i;
const QUIET_MS = 15;

export interface Watch {
  close(): void;
}

export function watchIssue(issueDir: string, onChange: () => void): Watch {
  let timer: NodeJS.Timeout | undefined;
  const changed = (file: string | null) => {
    if (file !== null && !RELEVANT.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, QUIET_MS);
  };
  const watchers: FSWatcher[] = [
    watch(issueDir, { recursive: true }, (_event, file) => changed(file)),
    // series.yaml sits in the parent folder, among other issues: only it counts.
    watch(path.dirname(issueDir), (_event, file) => (file === 'series.yaml' ? changed(file) : undefined)),
  ];
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
