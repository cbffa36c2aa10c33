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

withNodeDuckDB((opened) => {
  conn = opened;
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

  it("keeps BIGINT as a number within 2^53 and exact text beyond, NULL as null, text and doubles as they are", () => {
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
        dbl: 1.5,
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

  it("REAL as the shortest decimal that reads back as the same float, as DuckDB prints it", () => {
    // Before: Arrow's Float32 value widened to a double, 0.10000000149011612.
    const { rows, csv } = result(
      "select 0.1::real as tenth, (1/3)::real as third, 1.5::real as half, -2.75::real as neg, " +
        "16777217::real as big, 0::real as zero, [0.1::real] as list, 0.1::double as dbl",
    );
    expect(rows).toEqual([
      {
        tenth: 0.1,
        third: 0.33333334,
        half: 1.5,
        neg: -2.75,
        big: 16777216,
        zero: 0,
        list: "[0.1]",
        dbl: 0.1,
      },
    ]);
    expect(csv).toBe("0.1,0.33333334,1.5,-2.75,16777216,0,[0.1],0.1\n");
    expect(rowsOf(conn.query("select 'nan'::real as n, '-inf'::real as i"), 1)).toEqual([
      [Number.NaN, -Infinity],
    ]);
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
