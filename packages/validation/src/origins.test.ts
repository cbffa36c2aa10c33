import { describe, expect, it } from "vitest";
import { claim, makeDataset, source } from "./__fixtures__/dataset.js";
import { claimOrigins, normaliseName, originTable } from "./origins.js";
import { normaliseQuoteText } from "./quoteText.js";

describe("claimOrigins", () => {
  const ds = makeDataset({
    sources: [
      source("dnk", { outlet: "Daily NK" }),
      source("rfa", { outlet: "RFA" }),
      source("amn", { outlet: "AMN" }),
    ],
    claims: [
      claim("a", "about", "200", "200", { source_id: "dnk", attributed_to: "sources" }),
      claim("b", "about", "200", "200", {
        source_id: "rfa",
        attributed_to: "Sources ",
        first_reported_by: "daily nk",
      }),
      claim("c", "about", "600", "600", { source_id: "amn", attributed_to: "Joo Ok-kyung" }),
      claim("d", "about", "600", "600", {
        source_id: "rfa",
        attributed_to: "NK Insider",
        repeats_claim_id: "c",
      }),
      claim("e", "about", "600", "600", { source_id: "rfa", attributed_to: "x", repeats_claim_id: "d" }),
      claim("f", "exact", "1", "1", { source_id: "rfa", attributed_to: "y", repeats_claim_id: "g" }),
      claim("g", "exact", "1", "1", { source_id: "amn", attributed_to: "z", repeats_claim_id: "f" }),
    ],
  });
  const origins = claimOrigins(ds.tables.claims, ds.tables.sources);

  it("is the attributed party and the first-reporting outlet, else the source's outlet", () => {
    expect(origins[0]!.key).toBe(origins[1]!.key);
    expect(origins[0]).toMatchObject({ attributed_to: "sources", outlet: "Daily NK" });
    expect(origins[2]!.key).not.toBe(origins[0]!.key);
  });

  it("is inherited through chains of repeats", () => {
    expect(origins[3]).toEqual(origins[2]);
    expect(origins[4]).toEqual(origins[2]);
  });

  it("keeps each claim's own origin on a cycle of repeats, which has no first report", () => {
    expect(origins[5]).toMatchObject({ attributed_to: "y", outlet: "RFA" });
    expect(origins[6]).toMatchObject({ attributed_to: "z", outlet: "AMN" });
  });

  it("gives the claims leading into a cycle the origin where they enter it, whatever the row order", () => {
    const rows = [
      claim("in", "exact", "1", "1", { source_id: "rfa", attributed_to: "w", repeats_claim_id: "p" }),
      claim("p", "exact", "1", "1", { source_id: "dnk", attributed_to: "p", repeats_claim_id: "q" }),
      claim("q", "exact", "1", "1", { source_id: "amn", attributed_to: "q", repeats_claim_id: "p" }),
    ];
    const sources = [source("dnk", { outlet: "Daily NK" }), source("rfa"), source("amn", { outlet: "AMN" })];
    for (const order of [rows, [...rows].reverse(), [rows[1]!, rows[0]!, rows[2]!]]) {
      const ds = makeDataset({ sources, claims: order });
      const byId = new Map(
        claimOrigins(ds.tables.claims, ds.tables.sources).map((o, i) => [ds.tables.claims[i]!.claim_id, o]),
      );
      expect(byId.get("p")).toMatchObject({ attributed_to: "p", outlet: "Daily NK" });
      expect(byId.get("q")).toMatchObject({ attributed_to: "q", outlet: "AMN" });
      expect(byId.get("in")).toEqual(byId.get("p"));
    }
  });

  it("ends a chain at the last claim reached when a link names no claim", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "exact", "1", "1", { attributed_to: "first", repeats_claim_id: "gone" }),
        claim("b", "exact", "1", "1", { attributed_to: "second", repeats_claim_id: "a" }),
      ],
    });
    const [a, b] = claimOrigins(ds.tables.claims, ds.tables.sources);
    expect(a).toMatchObject({ attributed_to: "first" });
    expect(b).toEqual(a);
  });

  it("follows a chain of 20,000 repeats to its first claim, and walks a cycle as long, without recursion", () => {
    const n = 20_000;
    // Last first in the file: every walk but the first meets a claim already resolved.
    const ds = makeDataset({
      claims: Array.from({ length: n }, (_, k) => {
        const i = n - 1 - k;
        return claim(`c${i}`, "exact", "1", "1", {
          attributed_to: `party ${i}`,
          repeats_claim_id: i === 0 ? "" : `c${i - 1}`,
        });
      }),
    });
    const chain = originTable(ds.tables.claims, ds.tables.sources);
    expect(new Set(chain.of).size).toBe(1);
    expect(chain.origins[chain.of[0]!]).toMatchObject({ attributed_to: "party 0" });
    // c0 (the last row) now repeats c19999: one cycle of every claim, each its own origin.
    ds.tables.claims[n - 1]!.repeats_claim_id = `c${n - 1}`;
    expect(new Set(originTable(ds.tables.claims, ds.tables.sources).of).size).toBe(n);
  });

  it("takes the outlet of the first source with an id used twice, the row the loader keeps", () => {
    const twice = makeDataset({
      sources: [source("s", { outlet: "First" }), source("s", { outlet: "Second" })],
      claims: [claim("a", "exact", "1", "1", { source_id: "s" })],
    });
    expect(claimOrigins(twice.tables.claims, twice.tables.sources)[0]!.outlet).toBe("First");
  });
});

describe("normaliseName", () => {
  it("drops characters that print as nothing, so a name with one is not another origin", () => {
    // An outside review: "Joo Ok-kyung of Light of Freedom" with a zero-width space at its end
    // counted as a second independent origin, printed the same as the first.
    const name = "Joo Ok-kyung of Light of Freedom";
    // A later one: the combining grapheme joiner, a variation selector and the Hangul filler too.
    for (const unseen of [
      "\u200b",
      "\u00ad",
      "\u0000",
      "\u2066",
      "\u200d",
      "\u061c",
      "\u0007",
      "\u034f",
      "\ufe0f",
      "\u3164",
      "\u{e0041}",
    ])
      expect(normaliseName(`${name}${unseen}`), `U+${unseen.codePointAt(0)!.toString(16)}`).toBe(
        normaliseName(name),
      );
    expect(normaliseName("Light\u200bof Freedom")).toBe("lightof freedom");
  });

  it("keeps white space as a space between words, whichever kind it is", () => {
    expect(normaliseName(" Daily\tNK ")).toBe("daily nk");
    expect(normaliseName("Daily\u00a0NK")).toBe("daily nk");
    expect(normaliseName("Daily\nNK")).toBe("daily nk");
    expect(normaliseName("\ufeffDaily NK")).toBe("daily nk");
  });

  it("reads typographic quotes and dashes as the provenance quote check does, so they make no second origin", () => {
    // An outside review: "South Korea's Unification Ministry" typed with ' and with ’, and
    // "Joo Ok‐kyung" with U+2010 against "-", counted as two independent origins each.
    expect(normaliseName("South Korea\u2019s Unification Ministry")).toBe(
      normaliseName("South Korea's Unification Ministry"),
    );
    expect(normaliseName("Joo Ok\u2010kyung")).toBe(normaliseName("Joo Ok-kyung"));
    // Every character the quote check reads as ' " or -, the name comparison reads as it does.
    let folded = 0;
    for (let cp = 0x80; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = `a${String.fromCharCode(cp)}b`;
      const quote = normaliseQuoteText(text);
      if (!["a'b", 'a"b', "a-b"].includes(quote)) continue;
      folded++;
      expect(normaliseName(text), `U+${cp.toString(16)}`).toBe(quote);
    }
    // The six single quotes, seven double quotes and seven dashes of the tables at least.
    expect(folded).toBeGreaterThanOrEqual(20);
    // NFKC turns ″ into two primes and the small em dash into an em dash: folded all the same.
    expect(normaliseName("\u2033x\u2033")).toBe('"x"');
    expect(normaliseName("a\ufe58b")).toBe("a-b");
  });

  it("makes one origin of two claims whose party differs only in its apostrophe", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "exact", "546", "546", { attributed_to: "South Korea\u2019s Unification Ministry" }),
        claim("b", "exact", "546", "546", { attributed_to: "South Korea's Unification Ministry" }),
      ],
    });
    const { keyOf, of } = originTable(ds.tables.claims, ds.tables.sources);
    expect(keyOf[of[0]!]).toBe(keyOf[of[1]!]);
  });

  it("still tells different names apart", () => {
    expect(normaliseName("Daily NK")).not.toBe(normaliseName("DailyNK"));
  });
});
