// The ZIP format's record signatures, as the little-endian 32-bit words that
// open each record (APPNOTE.TXT: §4.3.7 local file header, §4.3.12 central
// directory header, §4.3.16 end of central directory record). The book's
// writer (epub/zip.ts) writes them; the .docx import (import/docx/zip-bounds.ts)
// looks for them before it lets a Word file be unpacked.
export const ZIP_SIGNATURE = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
} as const;
