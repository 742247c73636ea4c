// release.json: what the release workflow publishes, written by `qikan
// release` beside the files it names. The workflow reads it with jq and
// hands it to gh unchanged, so the tag, the title and the asset list are
// decided here, in tested code, and never rebuilt in shell. Pure.
//
//   { "tag": "2024-02", "title": "《…》2024年第2次", "notes": "release-notes.md",
//     "assets": ["llxx-2024-02.epub", "llxx-2024-02.azw3", "llxx-2024-02.mobi", "SHA256SUMS"] }
import path from 'node:path';

export interface ReleaseManifest {
  /** The release's tag: the issue id (2024-02) or the year of a volume (2024). */
  tag: string;
  /** The release's title, plain text (no Markdown escapes). */
  title: string;
  /** The notes file (the release's body), relative to the manifest's folder. */
  notes: string;
  /** The files to upload, relative to the manifest's folder, in the order the release lists them. */
  assets: string[];
}

/** The manifest of a release whose files (absolute paths) all lie in `folder`. */
export function releaseManifest(folder: string, release: { tag: string; title: string; notes: string; assets: readonly string[] }): ReleaseManifest {
  const relative = (file: string) => {
    if (path.dirname(file) !== folder) throw new Error(`release file ${file} is not in ${folder}`);
    return path.basename(file);
  };
  return { tag: release.tag, title: release.title, notes: relative(release.notes), assets: release.assets.map(relative) };
}

export function manifestText(manifest: ReleaseManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
