// A stable book identifier: the same series slug + issue id always give the
// same urn:uuid (RFC 9562 name-based UUID, version 5), so a rebuilt book is
// the same book to every reading system, and each issue is a different one.
import { createHash } from '../builtins.js';

// Our own namespace UUID (generated once, never to change).
const QIKAN_NAMESPACE = '6f1f3c8e-2b7a-4d6e-9c1a-5e0b7d2f4a91';

export function bookIdentifier(seriesSlug: string, issueId: string): string {
  return `urn:uuid:${uuidV5(`${seriesSlug}/${issueId}`, QIKAN_NAMESPACE)}`;
}

export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
