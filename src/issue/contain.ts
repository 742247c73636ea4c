// Nothing a source names may come from outside its issue folder: not by
// `../`, not by an absolute path, not through a symlink pointing out, not
// from the network. E-books are self-contained, and the release job publishes
// whatever the build embeds.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { hasScheme } from '../markdown/links.js';

export type Containment =
  | { ok: true; file: string }
  | { ok: false; ruleId: 'structure/remote-image' | 'structure/image-outside-issue' | 'structure/image-missing'; message: string };

export async function resolveInside(folder: string, reference: string): Promise<Containment> {
  if (hasScheme(reference) || reference.startsWith('//')) {
    return { ok: false, ruleId: 'structure/remote-image', message: 'is not a file in the issue folder — e-books are self-contained: download it into the issue folder and link the file' };
  }
  let decoded: string;
  try {
    decoded = decodeURI(reference);
  } catch {
    decoded = reference;
  }
  if (path.isAbsolute(decoded)) {
    return { ok: false, ruleId: 'structure/image-outside-issue', message: 'is an absolute path — copy the image into the issue folder and give its path relative to it' };
  }
  const root = await realpath(folder);
  let real: string;
  try {
    real = await realpath(path.resolve(folder, decoded));
  } catch {
    return { ok: false, ruleId: 'structure/image-missing', message: 'not found in the issue folder — check the name or add the file' };
  }
  if (real !== root && !real.startsWith(root + path.sep)) {
    return { ok: false, ruleId: 'structure/image-outside-issue', message: 'is outside the issue folder (through ../ or a symbolic link) — copy the image into the issue folder' };
  }
  return { ok: true, file: real };
}
