/**
 * The characters a WOFF2 font file has glyphs for, read from its `cmap` table: what the tests use
 * to prove that every character a chart or its legend draws is in the embedded chart font (a
 * character outside it is drawn in another family, which is what the exports must never do).
 * The Brotli decompressor is passed in (node:zlib in tests), so this file stays free of Node.
 */

/** WOFF2's known-table index 0 is `cmap`; 10 and 11 are `glyf` and `loca` (see the WOFF2 spec, 5.1). */
const CMAP = 0;
const GLYF = 10;
const LOCA = 11;

function base128(bytes: DataView, at: { pos: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const b = bytes.getUint8(at.pos++);
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) return value;
  }
  throw new Error("WOFF2: UIntBase128 longer than 5 bytes");
}

/** The code points `woff2` maps to a glyph other than .notdef. */
export function woff2CodePoints(woff2: Uint8Array, brotli: (data: Uint8Array) => Uint8Array): Set<number> {
  const view = new DataView(woff2.buffer, woff2.byteOffset, woff2.byteLength);
  if (view.getUint32(0) !== 0x774f4632) throw new Error("not a WOFF2 file (no wOF2 signature)");
  const numTables = view.getUint16(12);
  const compressedSize = view.getUint32(20);
  const at = { pos: 48 };
  let offset = 0;
  let cmap: { offset: number; length: number } | null = null;
  for (let i = 0; i < numTables; i++) {
    const flags = view.getUint8(at.pos++);
    const known = flags & 0x3f;
    if (known === 63) at.pos += 4;
    const version = flags >> 6;
    const origLength = base128(view, at);
    // glyf and loca are transformed at version 0; every other table at a non-zero version.
    const transformed = known === GLYF || known === LOCA ? version !== 3 : version !== 0;
    const length = transformed ? base128(view, at) : origLength;
    if (known === CMAP) cmap = { offset, length };
    offset += length;
  }
  if (!cmap) throw new Error("WOFF2: no cmap table");
  if (view.getUint32(4) === 0x74746366) throw new Error("WOFF2: font collections are not read");
  const tables = brotli(woff2.subarray(at.pos, at.pos + compressedSize));
  return cmapCodePoints(new DataView(tables.buffer, tables.byteOffset + cmap.offset, cmap.length));
}

/** Code points of a `cmap` table: its Unicode subtable, format 12 when present, else format 4. */
export function cmapCodePoints(cmap: DataView): Set<number> {
  const count = cmap.getUint16(2);
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0; i < count; i++) {
    const offset = cmap.getUint32(4 + i * 8 + 4);
    subtables.push({
      platform: cmap.getUint16(4 + i * 8),
      encoding: cmap.getUint16(4 + i * 8 + 2),
      offset,
      format: cmap.getUint16(offset),
    });
  }
  const unicode = (s: (typeof subtables)[number]) =>
    s.platform === 0 || (s.platform === 3 && s.encoding !== 0);
  const pick =
    subtables.find((s) => unicode(s) && s.format === 12) ??
    subtables.find((s) => unicode(s) && s.format === 4);
  if (!pick) throw new Error("cmap: no Unicode subtable of format 4 or 12");
  const out = new Set<number>();
  if (pick.format === 12) {
    const groups = cmap.getUint32(pick.offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = pick.offset + 16 + g * 12;
      const start = cmap.getUint32(at);
      const end = cmap.getUint32(at + 4);
      const glyph = cmap.getUint32(at + 8);
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
    }
    return out;
  }
  const base = pick.offset;
  const segs = cmap.getUint16(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  for (let i = 0; i < segs; i++) {
    const end = cmap.getUint16(ends + i * 2);
    const start = cmap.getUint16(starts + i * 2);
    const delta = cmap.getInt16(deltas + i * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + i * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = cmap.getUint16(rangeOffsets + i * 2 + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
  return out;
}
