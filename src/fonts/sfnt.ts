// opentype.js stamps the `head` table with the time it wrote the font, so two
// builds of one book would differ. The OpenType spec (`head`): created and
// modified are LONGDATETIME (seconds since 1904); checkSumAdjustment makes the
// whole font sum to 0xB1B0AFBA. Both stamps are set to 0 here and the checksums
// recomputed, so the same glyphs always give the same bytes.

/** The font with `head.created` and `head.modified` zeroed and its checksums recomputed. */
export function normaliseFontTimes(font: Buffer): Buffer {
  const out = Buffer.from(font);
  const tables = out.readUInt16BE(4);
  let head: { record: number; offset: number; length: number } | undefined;
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (out.toString('latin1', record, record + 4) === 'head') head = { record, offset: out.readUInt32BE(record + 8), length: out.readUInt32BE(record + 12) };
  }
  if (!head) throw new Error('internal: a font without a head table');
  out.fill(0, head.offset + 20, head.offset + 36); // created, modified
  out.writeUInt32BE(0, head.offset + 8); // checkSumAdjustment, summed as 0
  out.writeUInt32BE(checksum(out, head.offset, head.length), head.record + 4);
  out.writeUInt32BE((0xb1b0afba - checksum(out, 0, out.length)) >>> 0, head.offset + 8);
  return out;
}

/** OpenType table checksum: the sum of big-endian uint32 words, the last one padded with zeros. */
export function checksum(data: Buffer, offset: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i += 4) {
    const word = i + 4 <= length ? data.readUInt32BE(offset + i) : Buffer.concat([data.subarray(offset + i, offset + length), Buffer.alloc(4)]).readUInt32BE(0);
    sum = (sum + word) >>> 0;
  }
  return sum;
}

/**
 * Face `index` of a TrueType/OpenType collection (.ttc, e.g. Debian's Noto
 * CJK) as a standalone font: its table directory and the tables it names,
 * with offsets rewritten. A plain font comes back as it is.
 */
export function collectionFace(data: Buffer, index = 0): Buffer {
  if (data.toString('latin1', 0, 4) !== 'ttcf') return data;
  const faceOffset = data.readUInt32BE(12 + 4 * index);
  const tables = data.readUInt16BE(faceOffset + 4);
  const records = Array.from({ length: tables }, (_, i) => {
    const at = faceOffset + 12 + 16 * i;
    return { header: data.subarray(at, at + 16), offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) };
  });
  const directory = Buffer.from(data.subarray(faceOffset, faceOffset + 12 + 16 * tables));
  const parts: Buffer[] = [directory];
  let offset = directory.length;
  for (const [i, record] of records.entries()) {
    const padded = (record.length + 3) & ~3;
    directory.writeUInt32BE(offset, 12 + 16 * i + 8);
    parts.push(data.subarray(record.offset, record.offset + record.length), Buffer.alloc(padded - record.length));
    offset += padded;
  }
  return Buffer.concat(parts);
}
