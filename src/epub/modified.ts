// dcterms:modified and the zip entry times come from the sources, never from
// the clock: SOURCE_DATE_EPOCH when set (reproducible-builds.org convention),
// else issue.yaml `modified`, else midnight UTC of the issue date.

/** 2107-12-31T23:59:59Z: the last time a ZIP (DOS) time stamp can hold. */
const LAST_ZIP_SECOND = 4354819199;

export function modifiedTimestamp(issueDate: string, modified: string | undefined, sourceDateEpoch: string | undefined): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not “${sourceDateEpoch}”`);
    if (Number(sourceDateEpoch) > LAST_ZIP_SECOND) {
      throw new Error(`SOURCE_DATE_EPOCH ${sourceDateEpoch} is after 2107, where ZIP time stamps end — use the time of the last commit: git log -1 --format=%ct`);
    }
    return new Date(Number(sourceDateEpoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  if (modified) return modified;
  const [y, m, d] = issueDate.split('-');
  return `${y}-${m}-${d ?? '01'}T00:00:00Z`;
}
