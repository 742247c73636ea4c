// SHA256SUMS in the format of GNU coreutils' sha256sum (`<hex>  <name>`, two
// spaces = text mode), so `sha256sum -c SHA256SUMS` run in the release
// folder checks every download.
import { createHash } from '../builtins.js';

export interface FileChecksum {
  /** Base name, as the release asset is called. */
  name: string;
  sha256: string;
}

export function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function checksumsText(checksums: FileChecksum[]): string {
  return checksums.map((c) => `${c.sha256}  ${c.name}\n`).join('');
}
