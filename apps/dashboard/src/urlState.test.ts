import { describe, expect, it } from "vitest";
import {
  DEFAULT_STATE,
  formatUrlState,
  parseUrlState,
  type UrlState,
  unknownViewOf,
  VIEWS,
} from "./urlState.js";

describe("URL state", () => {
  it("round-trips every field through the query string", () => {
    const state: UrlState = {
      view: "claims",
      version: "1.1.0",
      data: "/e2e-data",
      filters: {
        event: "e-2023",
        metric: "persons",
        outlet: "Daily NK",
        qualifier: "about",
        category: "detention",
        kind: "ngo",
        q: "a & b=c",
      },
      claim: "c1",
      sort: { key: "value_low", dir: "desc" },
      compare: "1.0.0",
      sql: "select 1",
      scale: "log",
    };
    // The console's text is the console's: every other view's address leaves it out.
    expect(parseUrlState(formatUrlState(state))).toEqual({ ...state, sql: null });
    expect(parseUrlState(formatUrlState({ ...state, view: "sql" }))).toEqual({ ...state, view: "sql" });
  });

  it("keeps the console's text out of every other view's address (an outside audit: a chart's citation carried it)", () => {
    const state = { ...DEFAULT_STATE, sql: "select 1 -- my private notes" };
    for (const view of VIEWS) {
      const search = formatUrlState({ ...state, view });
      expect(new URLSearchParams(search).has("sql"), view).toBe(view === "sql");
    }
  });

  it("reads a quote search of blanks alone as no search (an outside audit: q=+++ matched nothing)", () => {
    expect(parseUrlState("?view=claims&q=+++").filters.q).toBeNull();
    expect(parseUrlState("?view=claims&q=%09%20").filters.q).toBeNull();
    expect(parseUrlState("?view=claims&q=+200+").filters.q).toBe(" 200 ");
  });

  it("writes nothing for the default state and reads it back from an empty query", () => {
    expect(formatUrlState(DEFAULT_STATE)).toBe("");
    expect(parseUrlState("")).toEqual(DEFAULT_STATE);
  });

  it("names a view the app does not have, and only such a view", () => {
    expect(unknownViewOf("?view=nope")).toBe("nope");
    expect(unknownViewOf("?view=trends")).toBeNull();
    expect(unknownViewOf("?view=")).toBeNull();
    expect(unknownViewOf("")).toBeNull();
  });

  it("falls back to defaults for an unknown view or sort column instead of failing", () => {
    const s = parseUrlState("?view=nope&sort=quote;drop:desc&scale=sqrt");
    expect(s.view).toBe("discrepancies");
    expect(s.scale).toBe("linear");
    expect(s.sort).toEqual({ key: "event_date", dir: "desc" });
    // Columns the table has but does not sort by: no header would say how the rows are ordered.
    expect(parseUrlState("?view=claims&sort=value_high:asc").sort.key).toBe("event_date");
    expect(parseUrlState("?view=claims&sort=qualifier:desc").sort.key).toBe("event_date");
  });

  it("keeps the trends log scale in the link and leaves the linear default out", () => {
    expect(formatUrlState({ ...DEFAULT_STATE, view: "trends", scale: "log" })).toBe("?view=trends&scale=log");
    expect(parseUrlState("?view=trends&scale=log").scale).toBe("log");
    expect(formatUrlState({ ...DEFAULT_STATE, view: "trends" })).toBe("?view=trends");
  });
});
