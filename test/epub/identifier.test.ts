import { describe, expect, it } from 'vitest';
import { bookIdentifier, uuidV5 } from '../../src/epub/identifier.js';
import { modifiedTimestamp } from '../../src/epub/modified.js';

describe('bookIdentifier', () => {
  it('computes RFC 9562 version-5 UUIDs (the RFC/Python test vector)', () => {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))"
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('is stable for an issue and different for every other issue or series', () => {
    const id = bookIdentifier('llxx', '2024-02');
    expect(bookIdentifier('llxx', '2024-02')).toBe(id);
    expect(bookIdentifier('llxx', '2024-03')).not.toBe(id);
    expect(bookIdentifier('other', '2024-02')).not.toBe(id);
    expect(id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});

describe('modifiedTimestamp', () => {
  it('prefers SOURCE_DATE_EPOCH, then issue.yaml modified, then the issue date', () => {
    expect(modifiedTimestamp('2024-02', '2024-03-05T08:00:00Z', '1709251200')).toBe('2024-03-01T00:00:00Z');
    expect(modifiedTimestamp('2024-02', '2024-03-05T08:00:00Z', undefined)).toBe('2024-03-05T08:00:00Z');
    expect(modifiedTimestamp('2024-02', undefined, undefined)).toBe('2024-02-01T00:00:00Z');
    expect(modifiedTimestamp('2024-02-08', undefined, '')).toBe('2024-02-08T00:00:00Z');
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => modifiedTimestamp('2024-02', undefined, 'yesterday')).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
