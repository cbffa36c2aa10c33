/**
 * What a row thread (`rowThreads.ts`) sends back for one piece of a plain CSV file: the records
 * `readChunk` would read from the same text, each cell either a number standing for a value the
 * thread has seen before in that column, or where the cell lies in `text`. Repeated values (event
 * ids in claims, dates, parties, qualifiers) cross once, as `fresh` strings, and the main thread
 * turns each into a row value once; the other cells it slices from `text`, which holds only them.
 */
export interface CodedChunk {
  /**
   * The cells not coded, one after another: the rows' values are slices of it and keep it alive,
   * and it holds nothing the rows do not (the piece's whole text would keep every coded cell's
   * characters too: about 100 MB more at a million claims).
   */
  text: string;
  /** Records read. */
  rows: number;
  /** Per record: the line it starts on and the line it ends on, counted from the piece's first line (0). */
  lines: Int32Array;
  /** Per record: where its cells start in `cells`. */
  at: Int32Array;
  /** Per record: how many fields it has. */
  counts: Int32Array;
  /**
   * Two numbers per cell. `a < 0`: the value the column's dictionary holds at `-a - 1`. Otherwise
   * the cell is `text.slice(a, b)`.
   */
  cells: Int32Array;
  /** Per column: the values its dictionary gained in this piece, in the order of their numbers. */
  fresh: string[][];
  /** The text of a record that the piece's end cuts (a quoted field across the cut), else null. */
  tail: string | null;
  /** Line breaks in the piece: where the next piece's lines start. */
  lineCount: number;
}

/** A thread's dictionaries, one per column (field position), kept from piece to piece of one file. */
export interface ColumnDictionaries {
  pools: (Map<string, number> | null)[];
  seen: number[];
  /** Per column, its values by number. */
  keys: string[][];
  /** Per column, the number of the last value coded (-1 before any). */
  lastId: number[];
  /** Values held in every column's dictionary, and their characters. */
  entries: number;
  chars: number;
}

/** When a column stops being coded (see `codeChunk`). */
export interface CodingLimits {
  /** Cells a column is coded for before it must show that it repeats (a quarter of them new at most). */
  trial: number;
  /** Values and characters the dictionaries of one file may hold, all columns together. */
  entries: number;
  chars: number;
}

/**
 * Reads the records of one piece as `readChunk` (plainCsv.ts) does, which the tests hold it to,
 * and codes each cell (see `CodedChunk`). A column stops being coded once it is clearly made of
 * distinct values (`trial` cells seen and a quarter of them new), as the loader's interning does,
 * or once a new value would take the dictionaries past their limits, which bound the thread's
 * memory whatever the file holds.
 *
 * Self-contained (no outer names): the row threads run its source text, as the file-check thread
 * runs `layoutScan`'s.
 */
export function codeChunk(
  text: string,
  final: boolean,
  crlf: boolean,
  dictionaries: ColumnDictionaries,
  limits: CodingLimits,
): CodedChunk {
  const n = text.length;
  const eolChar = crlf ? "\r" : "\n";
  const eolLength = crlf ? 2 : 1;
  let capacity = 1024;
  let lines = new Int32Array(capacity * 2);
  let at = new Int32Array(capacity);
  let counts = new Int32Array(capacity);
  let cells = new Int32Array(capacity * 48);
  let used = 0;
  let rows = 0;
  const parts: string[] = [];
  let length = 0;
  const fresh: string[][] = [];
  const { pools, seen, keys, lastId } = dictionaries;
  // A column no longer coded gives back what its dictionary held.
  const stop = (column: number) => {
    for (const key of keys[column]!) dictionaries.chars -= key.length;
    dictionaries.entries -= keys[column]!.length;
    pools[column] = null;
    keys[column] = [];
    lastId[column] = -1;
  };
  const push = (a: number, b: number, value: string | null, column: number) => {
    if (used + 2 > cells.length) {
      const larger = new Int32Array(cells.length * 2);
      larger.set(cells);
      cells = larger;
    }
    if (column >= pools.length) {
      for (let c = pools.length; c <= column; c++) {
        pools.push(new Map());
        seen.push(0);
        keys.push([]);
        lastId.push(-1);
      }
    }
    while (fresh.length < pools.length) fresh.push([]);
    const pool = pools[column];
    let v = value;
    if (pool) {
      seen[column]!++;
      // The value of the cell above, compared in place: rows about one event or from one source
      // follow each other, and most cells then need no string made and hashed.
      const lastAt = lastId[column]!;
      if (value === null && lastAt >= 0) {
        const last = keys[column]![lastAt]!;
        if (b - a === last.length && (a === b || text.startsWith(last, a))) {
          cells[used++] = -lastAt - 1;
          cells[used++] = 0;
          return;
        }
      }
      v ??= text.slice(a, b);
      let id = pool.get(v);
      // A new value the dictionaries have no room for ends the column's coding: the cell, and the
      // column's cells after it, go into the text.
      if (
        id === undefined &&
        (dictionaries.entries >= limits.entries || dictionaries.chars + v.length > limits.chars)
      )
        stop(column);
      else {
        if (id === undefined) {
          id = pool.size;
          dictionaries.entries++;
          dictionaries.chars += v.length;
          // A key of its own: a slice of the piece's text would keep all of that text alive in
          // the dictionary (330 MB at a million claims). Joining a character makes V8 copy the
          // value flat, and the slice of that copy holds nothing else.
          const key = v.length < 13 ? v : `${v} `.slice(0, -1);
          pool.set(key, id);
          keys[column]!.push(key);
          fresh[column]!.push(v);
        }
        if (seen[column]! > limits.trial && pool.size * 4 > seen[column]!) stop(column);
        else lastId[column] = id;
        cells[used++] = -id - 1;
        cells[used++] = 0;
        return;
      }
    }
    v ??= text.slice(a, b);
    parts.push(v);
    cells[used++] = length;
    length += v.length;
    cells[used++] = length;
  };
  let line = 0;
  let eol = -1;
  let p = 0;
  let tail: string | null = null;
  while (p < n) {
    const first = text.charCodeAt(p);
    // 10 and 13: line feed and carriage return; csv-parse skips empty lines.
    if (first === 10 || first === 13) {
      p += eolLength;
      line++;
      continue;
    }
    const recordStart = p;
    const cellsStart = used;
    const partsStart = parts.length;
    const lengthStart = length;
    let breaks = 0;
    let count = 0;
    let complete = false;
    for (;;) {
      // 34: a quotation mark.
      if (text.charCodeAt(p) === 34) {
        let close = text.indexOf('"', p + 1);
        let escaped = false;
        while (close !== -1 && text.charCodeAt(close + 1) === 34) {
          close = text.indexOf('"', close + 2);
          escaped = true;
        }
        if (close === -1) break;
        for (let x = text.indexOf("\n", p + 1); x !== -1 && x < close; x = text.indexOf("\n", x + 1))
          breaks++;
        push(p + 1, close, escaped ? text.slice(p + 1, close).replaceAll('""', '"') : null, count);
        p = close + 1;
      } else {
        if (eol < p) {
          eol = text.indexOf(eolChar, p);
          if (eol === -1) eol = n;
        }
        const comma = text.indexOf(",", p);
        const end = comma !== -1 && comma < eol ? comma : eol;
        push(p, end, null, count);
        p = end;
      }
      count++;
      // 44: a comma.
      if (p < n && text.charCodeAt(p) === 44) {
        p++;
        continue;
      }
      if (p < n) {
        p += eolLength;
        complete = true;
      } else complete = final;
      break;
    }
    if (!complete) {
      tail = text.slice(recordStart);
      used = cellsStart;
      parts.length = partsStart;
      length = lengthStart;
      break;
    }
    if (rows === capacity) {
      capacity *= 2;
      const grow = (from: Int32Array, size: number) => {
        const larger = new Int32Array(size);
        larger.set(from);
        return larger;
      };
      lines = grow(lines, capacity * 2);
      at = grow(at, capacity);
      counts = grow(counts, capacity);
    }
    lines[rows * 2] = line;
    lines[rows * 2 + 1] = line + breaks;
    at[rows] = cellsStart;
    counts[rows] = count;
    rows++;
    line += breaks + 1;
  }
  return {
    text: parts.join(""),
    rows,
    lines: lines.subarray(0, rows * 2),
    at: at.subarray(0, rows),
    counts: counts.subarray(0, rows),
    cells: cells.subarray(0, used),
    fresh,
    tail,
    // The line a cut record starts on, as the reader that takes it over counts on from there.
    lineCount: line,
  };
}
