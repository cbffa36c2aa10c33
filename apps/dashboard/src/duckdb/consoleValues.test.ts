// @vitest-environment node
import type * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { describe, expect, it } from "vitest";
import { withNodeDuckDB } from "../testing/nodeDuckDB.js";
import { csvLines } from "./consoleCsv.js";
import {
  columnTypes,
  decimalText,
  intervalText,
  isoDay,
  numberColumns,
  numericTextColumns,
  rowsOf,
} from "./consoleValues.js";

let conn: duckdb.DuckDBConnection;
let db: duckdb.DuckDBBindings;

withNodeDuckDB((opened, database) => {
  conn = opened;
  db = database;
});

/**
 * A query's result as the console shows it, each row given as an object by column name to read
 * easily (the queries here name each column once), and as its CSV writes it (without the header).
 */
function result(sql: string) {
  const table = conn.query(sql);
  const values = rowsOf(table, Number.POSITIVE_INFINITY);
  const columns = table.schema.fields.map((f) => f.name);
  const rows = values.map((row) => Object.fromEntries(columns.map((c, k) => [c, row[k]])));
  return { rows, csv: csvLines(values, numericTextColumns(columnTypes(table))) };
}

describe("console values, by the Arrow type DuckDB-WASM sends", () => {
  it("names the columns of numbers, which the result table right-aligns", () => {
    const table = conn.query(
      "select 1 as i, 1.5::double as f, 2.50::decimal(10,2) as d, 9007199254740993::bigint as big, " +
        "1::tinyint as tiny, 'x' as s, '7' as digits, date '2024-01-01' as day, true as b, [1] as l",
    );
    expect(numberColumns(columnTypes(table))).toEqual([0, 1, 2, 3, 4]);
  });

  it("an infinite DATE or TIMESTAMP as DuckDB prints it, not as the day its integer would be", () => {
    // An outside audit: date 'infinity' showed "+5881580-07-11", and its CSV wrote that.
    const sql =
      "select date 'infinity' as d, date '-infinity' as nd, timestamp 'infinity' as t, " +
      "timestamp '-infinity' as nt, [date 'infinity', date '2024-01-01'] as l, date '2024-01-01' as day";
    const printed = conn.query(
      `select d::varchar as d, nd::varchar as nd, t::varchar as t, nt::varchar as nt from (${sql})`,
    );
    const { rows } = result(sql);
    expect(rows).toEqual([
      {
        d: "infinity",
        nd: "-infinity",
        t: "infinity",
        nt: "-infinity",
        l: "[infinity, 2024-01-01]",
        day: "2024-01-01",
      },
    ]);
    expect(printed.toArray()[0]!.toJSON()).toEqual({
      d: "infinity",
      nd: "-infinity",
      t: "infinity",
      nt: "-infinity",
    });
  });

  it("LIST, STRUCT and MAP as DuckDB prints them, each value inside read by its own type", () => {
    const sql =
      "select [1, 2, NULL] as l, ['a', 'b'] as ls, {'a': 1.5, 'b': 'x'} as s, [[1], [2, 3]] as nested, " +
      "[1.50::decimal(4,2)] as ld, map {'k': 2} as m, [date '2024-01-01'] as dl";
    const printed = conn.query(
      `select ${"l, ls, s, nested, ld, m, dl"
        .split(", ")
        .map((c) => `${c}::varchar as ${c}`)
        .join(", ")} from (${sql})`,
    );
    // DuckDB's own text for each, to compare with.
    const duckdbText = printed.toArray()[0]!.toJSON() as Record<string, string>;
    const { rows, csv } = result(sql);
    // Before: a decimal in a struct showed "15", in a list 150, a date in a list epoch milliseconds.
    expect(rows).toEqual([
      {
        l: "[1, 2, NULL]",
        ls: "[a, b]",
        s: "{'a': 1.5, 'b': x}",
        nested: "[[1], [2, 3]]",
        ld: "[1.50]",
        m: "{k=2}",
        dl: "[2024-01-01]",
      },
    ]);
    expect(rows[0]).toEqual(duckdbText);
    // Past DuckDB's 2048-row batches, each chunk's entries and fields are found where they are.
    const many = conn.query(
      "select map {'k': i} as m, {'a': i, 'd': (i / 100)::decimal(8,2)} as s, [i, i + 1] as l from range(5000) t(i)",
    );
    expect(many.batches.length).toBeGreaterThan(1);
    const read = rowsOf(many, Number.POSITIVE_INFINITY);
    for (const i of [0, 2047, 2048, 4999])
      expect(read[i]).toEqual([`{k=${i}}`, `{'a': ${i}, 'd': ${(i / 100).toFixed(2)}}`, `[${i}, ${i + 1}]`]);
    expect(csv).toBe(
      `"[1, 2, NULL]","[a, b]","{'a': 1.5, 'b': x}","[[1], [2, 3]]",[1.50],{k=2},[2024-01-01]\n`,
    );
  });

  it("DECIMAL as its exact text with its scale, on screen and in the CSV", () => {
    // The audit's query: these showed as "\"15\"", "\"25\"", "\"250\"" and wrote 15,25,250.
    const { rows, csv } = result(
      "select 1.5 as lit, 0.25 as quarter, 2.50::decimal(10,2) as price, -2.50::decimal(10,2) as neg, " +
        "0.05::decimal(3,2) as small, -0.05::decimal(3,2) as small_neg, 7::decimal(4,0) as whole",
    );
    expect(rows).toEqual([
      {
        lit: "1.5",
        quarter: "0.25",
        price: "2.50",
        neg: "-2.50",
        small: "0.05",
        small_neg: "-0.05",
        whole: "7",
      },
    ]);
    // A negative decimal is a number, not text to escape as a formula ("'-2.50").
    expect(csv).toBe("1.5,0.25,2.50,-2.50,0.05,-0.05,7\n");
  });

  it("a DECIMAL(38) beyond a double's 15-17 digits keeps every digit", () => {
    const { rows, csv } = result(
      "select 123456789012345678901234567.891::decimal(38,3) as big, " +
        "-99999999999999999999999999999999999.999::decimal(38,3) as low, " +
        "170141183460469231731687303715884105727::hugeint as huge",
    );
    expect(rows).toEqual([
      {
        big: "123456789012345678901234567.891",
        low: "-99999999999999999999999999999999999.999",
        huge: "170141183460469231731687303715884105727",
      },
    ]);
    expect(csv).toBe(
      "123456789012345678901234567.891,-99999999999999999999999999999999999.999,170141183460469231731687303715884105727\n",
    );
  });

  it("DATE as an ISO day and TIMESTAMP as an ISO date-time, before 1970 too", () => {
    const { rows, csv } = result(
      "select date '2024-01-01' as day, date '1969-12-31' as before, " +
        "timestamp '2024-01-01 12:34:56.789012' as ts, timestamp '2024-01-01 00:00:00' as midnight, " +
        "timestamp '1969-12-31 23:59:59.5' as ts_before, timestamptz '2024-01-01 12:34:56+02' as tstz, " +
        "timestamp_ns '2024-01-01 00:00:00.123456789' as ns, timestamp_s '2024-01-01 00:00:01' as s",
    );
    expect(rows).toEqual([
      {
        day: "2024-01-01",
        before: "1969-12-31",
        ts: "2024-01-01T12:34:56.789012",
        midnight: "2024-01-01T00:00:00",
        ts_before: "1969-12-31T23:59:59.5",
        // WITH TIME ZONE is an instant: written in UTC, marked Z.
        tstz: "2024-01-01T10:34:56Z",
        ns: "2024-01-01T00:00:00.123456789",
        s: "2024-01-01T00:00:01",
      },
    ]);
    expect(csv).toBe(
      "2024-01-01,1969-12-31,2024-01-01T12:34:56.789012,2024-01-01T00:00:00,1969-12-31T23:59:59.5," +
        "2024-01-01T10:34:56Z,2024-01-01T00:00:00.123456789,2024-01-01T00:00:01\n",
    );
  });

  it("TIME as hh:mm:ss and INTERVAL in DuckDB's words", () => {
    const { rows } = result(
      "select time '12:34:56.5' as t, time '00:00:00' as t0, interval '1 month 2 days 3 hours' as iv, " +
        "interval '14 months' as months, interval '-1 day 1 hour' as mixed, interval '0 seconds' as zero",
    );
    expect(rows).toEqual([
      {
        t: "12:34:56.5",
        t0: "00:00:00",
        iv: "1 month 2 days 03:00:00",
        months: "1 year 2 months",
        mixed: "-1 day 01:00:00",
        zero: "00:00:00",
      },
    ]);
  });

  it("keeps BIGINT as a number within 2^53 and exact text beyond, NULL as null, text as it is", () => {
    const { rows, csv } = result(
      "select 42::bigint as small, 9007199254740993::bigint as huge, -9007199254740993::bigint as huge_neg, " +
        "null::decimal(10,2) as none, null::date as no_day, 1.5::double as dbl, '-x, y' as txt, true as yes",
    );
    expect(rows).toEqual([
      {
        small: 42,
        huge: "9007199254740993",
        huge_neg: "-9007199254740993",
        none: null,
        no_day: null,
        dbl: "1.5",
        txt: "-x, y",
        yes: true,
      },
    ]);
    // Text that starts with "-" is still escaped against formulas, and quoted for its comma.
    expect(csv).toBe('42,9007199254740993,-9007199254740993,,,1.5,"\'-x, y",true\n');
  });

  it("keeps each column's own value when names repeat or are ones an object reserves", () => {
    // Before: rows were keyed by name, so `select 1 as a, 2 as a, 3` read 2, 2, 3 and a column
    // named __proto__ set the row's prototype instead of a value.
    const table = conn.query(`select 1 as a, 2 as a, 3, 'x' as "__proto__", '-y' as a`);
    expect(table.schema.fields.map((f) => f.name)).toEqual(["a", "a", "3", "__proto__", "a"]);
    const rows = rowsOf(table, Number.POSITIVE_INFINITY);
    expect(rows).toEqual([[1, 2, 3, "x", "-y"]]);
    expect(csvLines(rows, numericTextColumns(columnTypes(table)))).toBe("1,2,3,x,'-y\n");
    const decimals = conn.query("select 'a' as d, 1.50::decimal(4,2) as d, -2.5::decimal(4,1) as d");
    // Only the decimal columns are numbers written as they are, not the text one of the same name:
    // the batch's schema says DECIMAL for all three.
    expect(numericTextColumns(columnTypes(decimals))).toEqual(new Set([1, 2]));
    expect(numberColumns(columnTypes(decimals))).toEqual([1, 2]);
    expect(rowsOf(decimals, 1)).toEqual([["a", "1.50", "-2.5"]]);
  });

  it("REAL and DOUBLE as DuckDB prints them, far from 1 too, on screen and in the CSV", () => {
    // Before: JavaScript's text, 100000000000000000000 for 1e+20 (REAL or DOUBLE),
    // 123456789012345680000, 1e-7 for 1e-07, 2 for 2.0, NaN and -Infinity.
    const sql =
      "select 1e20::real as r_big, 1e-20::real as r_tiny, 0.1::real as tenth, (1/3)::real as third, " +
      "16777217::real as r_whole, -2.75::real as neg, 1e20::double as d_big, 1e-7::double as d_tiny, " +
      "123456789012345680000::double as d_digits, 2::double as d_whole, -1e20::double as d_neg, " +
      "0.1::double as dbl, 1e15::double as d_fixed, 1e16::double as d_exp, 0.0001::double as d_small, " +
      "-0.0::double as d_negzero, 'nan'::double as d_nan, '-inf'::real as r_ninf, " +
      "356636.625::real as r_tie, 88541424::real as r_edge, [1e20::real, 0.1::real] as list, " +
      "{'a': 1e-20::double} as s";
    const duckdbText = conn
      .query(`select columns(*)::varchar from (${sql})`)
      .toArray()[0]!
      .toJSON() as Record<string, string>;
    const { rows, csv } = result(sql);
    expect(rows).toEqual([
      {
        r_big: "1e+20",
        r_tiny: "1e-20",
        tenth: "0.1",
        third: "0.33333334",
        r_whole: "16777216.0",
        neg: "-2.75",
        d_big: "1e+20",
        d_tiny: "1e-07",
        d_digits: "1.2345678901234568e+20",
        d_whole: "2.0",
        d_neg: "-1e+20",
        dbl: "0.1",
        d_fixed: "1000000000000000.0",
        d_exp: "1e+16",
        d_small: "0.0001",
        d_negzero: "-0.0",
        d_nan: "nan",
        r_ninf: "-inf",
        // 356636.62 and .63 lie equally near, and 88541420 halfway to the next float: DuckDB then
        // prints the float as a double.
        r_tie: "356636.625",
        r_edge: "88541424.0",
        list: "[1e+20, 0.1]",
        s: "{'a': 1e-20}",
      },
    ]);
    expect(rows[0]).toEqual(duckdbText);
    // The CSV holds what DuckDB's own COPY … TO CSV writes, "-1e+20" unescaped as the number it is.
    // An in-memory file (a COPY to a path of its own would write on disk, past a temporary file).
    db.registerFileBuffer("floats.csv", new Uint8Array());
    conn.query(`copy (${sql}) to 'floats.csv' (use_tmp_file false)`);
    const copied = new TextDecoder().decode(db.copyFileToBuffer("floats.csv"));
    expect(csv).toBe(copied.slice(copied.indexOf("\n") + 1));
  });

  it("REAL and DOUBLE agree with DuckDB's text over their whole range", () => {
    // Floats of random bits (a seeded generator), random mantissas at every power of ten, and every
    // power of ten and of two (below which the floats lie twice as close as above), each with the
    // REAL nearest it: read as the console reads them, and as DuckDB's VARCHAR.
    let seed = 20_240_601;
    const random32 = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed;
    };
    const bits = new DataView(new ArrayBuffer(8));
    const randomFloats: number[] = [];
    while (randomFloats.length < 10_000) {
      bits.setUint32(0, random32());
      bits.setUint32(4, random32());
      const wide = bits.getFloat64(0);
      const narrow = bits.getFloat32(4);
      if (Number.isFinite(wide) && Number.isFinite(narrow)) randomFloats.push(wide, narrow);
    }
    const values =
      `select unnest([${randomFloats.map((v) => `'${v}'`).join(",")}]::double[]) as d union all ` +
      "select (pow(10, (i % 800) / 10.0 - 40) * (1 + (hash(i) % 1000000007) / 1000000007.0)" +
      " * (case when i % 2 = 0 then 1 else -1 end))::double from range(10000) t(i) " +
      "union all select pow(10, i - 330) from range(640) t(i) " +
      "union all select pow(2, i - 1074) from range(2098) t(i) " +
      "union all select (pow(2, i - 149)::real)::double from range(277) t(i)";
    const table = conn.query(
      `select d, d::varchar, r, r::varchar from (select d, try_cast(d as real) as r from (${values}))`,
    );
    const shown = rowsOf(table, Number.POSITIVE_INFINITY);
    expect(shown.length).toBe(randomFloats.length + 10000 + 640 + 2098 + 277);
    const differ: unknown[] = [];
    const misprinted: number[] = [];
    for (const [column, single] of [
      [0, false],
      [2, true],
    ] as const) {
      const numbers = table.getChildAt(column)!.toArray() as Float64Array | Float32Array;
      const duckdbText = table.getChildAt(column + 1)!.toArray() as (string | null)[];
      const readBack = (text: string) => (single ? Math.fround(Number(text)) : Number(text));
      numbers.forEach((value, row) => {
        const text = duckdbText[row];
        // Past the largest REAL (try_cast gives inf or NULL): the first test has inf and nan.
        if (text === null || text === undefined || !Number.isFinite(value)) return;
        const ours = shown[row]![column] as string;
        if (readBack(ours) !== value) differ.push([value, ours, "reads back otherwise"]);
        if (readBack(text) !== value) misprinted.push(value);
        else if (ours !== text) differ.push([value, ours, text]);
      });
    }
    expect(differ.slice(0, 5)).toEqual([]);
    // DuckDB 1.4.3 (and 1.5.6) print a few powers of two as another number: 2^81 as
    // 4.835703278458517e+24, 2^807 as "A.070116948172427e+242". The console prints the value.
    for (const value of misprinted) expect(Math.log2(Math.abs(value)) % 1).toBe(0);
  });

  it("BLOB as DuckDB prints it: printable ASCII as is, other bytes as \\xHH", () => {
    // Before: Arrow's Uint8Array, shown as {"0":0,"1":65,"2":66}.
    const sql =
      "select '\\x00AB'::blob as b, 'a b~'::blob as plain, '\\x5C\\x27\\x22\\x7F\\xFF\\x0A\\x1f'::blob as odd, " +
      "''::blob as empty, ['\\x01z'::blob] as list";
    const printed = conn.query(
      `select b::varchar as b, plain::varchar as plain, odd::varchar as odd, empty::varchar as empty, list::varchar as list from (${sql})`,
    );
    const duckdbText = printed.toArray()[0]!.toJSON() as Record<string, string>;
    const { rows, csv } = result(sql);
    expect(rows[0]!.b).toBe("\\x00AB");
    expect(rows[0]).toEqual(duckdbText);
    expect(csv.split(",")[0]).toBe("\\x00AB");
  });

  it("reads rows across several record batches in order, and stops at the limit", () => {
    const one = conn.query("select (i * 0.5)::decimal(6,1) as v, null::int as n from range(3) t(i)");
    const two = one.concat(conn.query("select (i * 0.5 + 10)::decimal(6,1) as v, 1 as n from range(3) t(i)"));
    expect(two.data.length).toBe(2);
    expect(rowsOf(two, Number.POSITIVE_INFINITY).map((r) => r[0])).toEqual([
      "0.0",
      "0.5",
      "1.0",
      "10.0",
      "10.5",
      "11.0",
    ]);
    expect(rowsOf(two, 4)).toHaveLength(4);
    expect(rowsOf(two, 4)[3]).toEqual(["10.0", 1]);
  });
});

describe("the text forms", () => {
  it("decimalText pads with zeros and places the point by the scale", () => {
    expect(decimalText(250n, 2)).toBe("2.50");
    expect(decimalText(-5n, 3)).toBe("-0.005");
    expect(decimalText(0n, 2)).toBe("0.00");
    expect(decimalText(12n, 0)).toBe("12");
    expect(decimalText(12n, -2)).toBe("1200");
  });

  it("isoDay agrees with Date#toISOString over ±100,000 years of days", () => {
    for (let days = -36_500_000; days <= 36_500_000; days += 9_973)
      expect(isoDay(days)).toBe(new Date(days * 86_400_000).toISOString().slice(0, -14));
    expect(isoDay(0)).toBe("1970-01-01");
    expect(isoDay(2_932_897)).toBe("+010000-01-01");
  });

  it("intervalText counts years, months and days in words and the time on a clock", () => {
    expect(intervalText(25, 1, 90_500_000_000n)).toBe("2 years 1 month 1 day 00:01:30.5");
    expect(intervalText(0, 0, -3_600_000_000_000n)).toBe("-01:00:00");
    expect(intervalText(0, 0, 0n)).toBe("00:00:00");
  });
});
