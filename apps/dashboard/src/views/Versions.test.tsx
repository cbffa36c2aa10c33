import type { Claim, ReleaseIndex } from "@tally/dataset";
import type { DescriptorChange, ReleaseDiff } from "@tally/dataset/diff";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { diffSummary } from "../diffSummary.js";
import type { Session } from "../duckdb/session.js";
import { renderView } from "../testing/renderView.js";
import { Versions } from "./Versions.js";

/** Each release's tables as read for a comparison: which releases a comparison downloaded. */
const readTables = vi.hoisted(() => vi.fn());
vi.mock("../releaseTables.js", () => ({ readReleaseTables: readTables }));
/** The releases whose descriptor a comparison fetched, after their tables. */
const readDescriptor = vi.hoisted(() =>
  vi.fn(async (_base: string, _version: string) => {
    throw new Error("no descriptor in this test");
  }),
);
vi.mock("../dataSource.js", async (original) => ({
  ...(await original<typeof import("../dataSource.js")>()),
  fetchDescriptor: readDescriptor,
}));

const FSI = "\u2068";
const PDI = "\u2069";

const release = (version: string, created: string) => ({
  version,
  created,
  counts: { sources: 1, events: 1, claims: 1 },
  sha256: {},
});
const INDEX = {
  name: "t",
  title: "T",
  latest: "1.1.0",
  releases: [release("1.0.0", "2024-01-01T00:00:00Z"), release("1.1.0", "2024-02-01T00:00:00Z")],
} as unknown as ReleaseIndex;

const none = { added: [], removed: [], changed: [] };
const claim = (i: number) =>
  ({
    claim_id: `c-${i}`,
    event_id: "e-1",
    metric: "persons",
    figure_text: String(i),
    attributed_to: i === 0 ? "משטרה" : "a resident",
  }) as unknown as Claim;

/** Versions comparing 1.1.0 with 1.0.0, the diff already in the cache. */
function renderDiff(
  diff: ReleaseDiff,
  descriptor: { lines: string[]; changes?: DescriptorChange[] } = { lines: [] },
) {
  const session = { query: async () => [], claims: async () => [], bundle: {} } as unknown as Session;
  return renderView(<Versions base="/data" index={INDEX} version="1.1.0" />, session, (client) =>
    client.setQueryData(["diff", "/data", "1.0.0", "1.1.0"], {
      diff,
      summary: diffSummary(diff),
      descriptor,
    }),
  );
}

beforeEach(() => window.history.replaceState(null, "", "/?view=versions&v=1.1.0&compare=1.0.0"));
afterEach(cleanup);

describe("Versions' comparison (an outside audit)", () => {
  it("quotes and isolates each side of a change, so a right-to-left name changed into another reads in order", async () => {
    renderDiff({
      sources: none,
      events: none,
      metrics: none,
      claims: {
        ...none,
        changed: [
          {
            id: "c-rtl",
            changes: [
              { field: "attributed_to", before: "شرطة الحدود", after: "משטרת הגבול" },
              {
                field: "quote",
                before: "They said 120.",
                after: "They said 120; value_low 100 → 120 was wrong.",
              },
              { field: "value_low", before: 100, after: 120 },
            ],
          },
        ],
      },
    } as unknown as ReleaseDiff);
    await screen.findByRole("heading", { name: "Claims changed (1)" });
    const item = document.querySelector("ul.diff-changed li")!;
    expect(item.textContent).toBe(
      `c-rtl: attributed_to "${FSI}شرطة الحدود${PDI}" → "${FSI}משטרת הגבול${PDI}"; quote "They said 120." → "They said 120; value_low 100 → 120 was wrong."; value_low 100 → 120`,
    );
  });

  it("lists the rows other tables changed, which the counts alone did not name", async () => {
    renderDiff({
      sources: none,
      events: {
        ...none,
        changed: [{ id: "e-1", changes: [{ field: "date", before: "2023-10-09", after: "2023-10-07" }] }],
      },
      metrics: none,
      claims: none,
    } as unknown as ReleaseDiff);
    const events = (await screen.findByRole("heading", { name: "Other tables' rows" })).nextElementSibling!;
    expect(events.textContent).toBe('events: 1 changed (e-1: date "2023-10-09" → "2023-10-07")');
  });

  it("gives an added claim's group and shows a long list a page at a time", async () => {
    const added = Array.from({ length: 250 }, (_, i) => claim(i));
    renderDiff({
      sources: none,
      events: none,
      metrics: none,
      claims: { ...none, added },
    } as unknown as ReleaseDiff);
    await screen.findByRole("heading", { name: "Claims added (250)" });
    const items = () => document.querySelectorAll("ul.diff-added li");
    expect(items()).toHaveLength(100);
    expect(items()[0]!.textContent).toBe(`c-0: 0 — ${FSI}משטרה${PDI} (e-1 / persons)`);
    fireEvent.click(screen.getByRole("button", { name: "Show 100 more (150 not shown)" }));
    expect(items()).toHaveLength(200);
    expect(document.activeElement?.textContent).toBe("c-100");
  });

  it("says when a removed and an added claim differ by id alone", async () => {
    const renamed = { ...claim(7), claim_id: "c-renamed" };
    renderDiff({
      sources: none,
      events: none,
      metrics: none,
      claims: { ...none, added: [renamed, claim(8)], removed: [claim(7)] },
    } as unknown as ReleaseDiff);
    await screen.findByRole("heading", { name: "Claims added (2)" });
    const added = [...document.querySelectorAll("ul.diff-added li")].map((li) => li.textContent);
    expect(added).toEqual([
      "c-renamed: 7 — a resident (e-1 / persons) — all else as removed c-7: renamed?",
      "c-8: 8 — a resident (e-1 / persons)",
    ]);
    expect(document.querySelector("ul.diff-removed li")?.textContent).toBe(
      "c-7: 7 — a resident (e-1 / persons) — all else as added c-renamed: renamed?",
    );
  });

  it("says so when nothing changed, rather than a table of zeros alone", async () => {
    renderDiff({ sources: none, events: none, metrics: none, claims: none } as unknown as ReleaseDiff);
    expect((await screen.findByTestId("no-changes")).textContent).toMatch(
      /^Nothing changed from 1\.0\.0 to 1\.1\.0/,
    );
  });

  it("names the releases when only the descriptor changed", async () => {
    renderDiff({ sources: none, events: none, metrics: none, claims: none } as unknown as ReleaseDiff, {
      lines: ["title: “A” → “B”"],
    });
    expect((await screen.findByTestId("descriptor-only")).textContent).toMatch(
      /^No row changed from 1\.0\.0 to 1\.1\.0: only the descriptor did/,
    );
    expect(screen.queryByTestId("no-changes")).toBeNull();
  });

  it("offers the comparison's CSV when only the descriptor changed, as 1.1.0 → 1.1.1 did", async () => {
    renderDiff({ sources: none, events: none, metrics: none, claims: none } as unknown as ReleaseDiff, {
      lines: ['datapackage.json: title "A" → "B"'],
      changes: [{ resource: null, property: "title", before: "A", after: "B" }],
    });
    await screen.findByTestId("descriptor-only");
    expect(screen.getByRole("button", { name: "Download this comparison (CSV)" })).toBeTruthy();
  });

  it("isolates a right-to-left value of the descriptor, so a title changed from one name to another reads in order", async () => {
    renderDiff({ sources: none, events: none, metrics: none, claims: none } as unknown as ReleaseDiff, {
      lines: ['datapackage.json: title "משטרת הגבול" → "شرطة الحدود"'],
    });
    await screen.findByTestId("descriptor-only");
    expect(document.querySelector("ul.diff-descriptor li")?.textContent).toBe(
      `datapackage.json: title "${FSI}משטרת הגבול${PDI}" → "${FSI}شرطة الحدود${PDI}"`,
    );
  });
});

/** Five releases, 1.4.0 in use: four to compare it with. */
const FIVE = {
  ...INDEX,
  latest: "1.4.0",
  releases: ["1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0"].map((v, i) =>
    release(v, `2024-0${i + 1}-01T00:00:00Z`),
  ),
} as unknown as ReleaseIndex;

const NO_TABLES = { tables: { sources: [], events: [], metrics: [], claims: [] }, absent: {} };

/** The releases read for comparisons so far, in the order read. */
const versionsRead = () => readTables.mock.calls.map((call) => call[1] as string);

describe("Versions' compare picker, stepped through with the arrow keys (an outside audit)", () => {
  beforeEach(() => {
    window.history.replaceState(null, "", "/?view=versions&v=1.4.0");
    readTables.mockReset();
    readTables.mockImplementation(async () => NO_TABLES);
    readDescriptor.mockClear();
  });

  const renderPicker = () => {
    const session = { query: async () => [], claims: async () => [], bundle: {} } as unknown as Session;
    renderView(<Versions base="/data" index={FIVE} version="1.4.0" />, session);
    return screen.getByRole("combobox", { name: /^Compare 1\.4\.0 with/ }) as HTMLSelectElement;
  };

  /** What a closed <select> does on ArrowDown: the key, then the next option chosen, then the key up. */
  const arrowTo = (select: HTMLSelectElement, version: string) => {
    fireEvent.keyDown(select, { key: "ArrowDown" });
    fireEvent.change(select, { target: { value: version } });
    fireEvent.keyUp(select, { key: "ArrowDown" });
  };

  it("compares only the release the keys stop on, not each one passed on the way", async () => {
    const select = renderPicker();
    select.focus();
    for (const v of ["1.0.0", "1.1.0", "1.2.0", "1.3.0"]) arrowTo(select, v);
    await act(async () => {});
    // Each step read two releases' tables and diffed them: four comparisons for one choice.
    expect(versionsRead()).toEqual([]);
    expect(select.value).toBe("1.3.0");
    expect(
      (await screen.findByRole("heading", { name: "Changes from 1.3.0 to 1.4.0" }, { timeout: 3000 })).id,
    ).toBe("diff-h");
    expect(versionsRead().sort()).toEqual(["1.3.0", "1.4.0"]);
    expect(new URLSearchParams(window.location.search).get("compare")).toBe("1.3.0");
  });

  it("compares at once on Enter, or when the picker is left, without waiting for the keys to pause", async () => {
    const select = renderPicker();
    select.focus();
    arrowTo(select, "1.0.0");
    arrowTo(select, "1.1.0");
    fireEvent.keyDown(select, { key: "Enter" });
    await act(async () => {});
    expect(versionsRead().sort()).toEqual(["1.1.0", "1.4.0"]);
    arrowTo(select, "1.2.0");
    fireEvent.blur(select);
    await act(async () => {});
    expect(versionsRead().sort()).toEqual(["1.1.0", "1.2.0", "1.4.0", "1.4.0"]);
  });

  it("compares a release chosen with the mouse at once", async () => {
    const select = renderPicker();
    fireEvent.change(select, { target: { value: "1.1.0" } });
    await act(async () => {});
    expect(versionsRead().sort()).toEqual(["1.1.0", "1.4.0"]);
    expect(await screen.findByRole("heading", { name: "Changes from 1.1.0 to 1.4.0" })).toBeTruthy();
  });

  it("compares at once a choice made in a list the keyboard opened, which takes the keys itself", async () => {
    const select = renderPicker();
    select.focus();
    // Space (or Alt+Down) opens the list; the keys then go to the list, not to the picker, and the
    // choice made there comes well after the key that opened it: a step waited 500 ms for it before.
    fireEvent.keyDown(select, { key: " " });
    await new Promise((resolve) => setTimeout(resolve, 150));
    fireEvent.change(select, { target: { value: "1.2.0" } });
    await act(async () => {});
    expect(versionsRead().sort()).toEqual(["1.2.0", "1.4.0"]);
  });
});

describe("Versions with a release the index does not list (an outside audit)", () => {
  it("says the comparison the address asks for cannot be made, where compare= went unmentioned", async () => {
    const session = { query: async () => [], claims: async () => [], bundle: {} } as unknown as Session;
    window.history.replaceState(null, "", "/?view=versions&v=9.9.9&compare=1.0.0");
    renderView(<Versions base="/data" index={INDEX} version="9.9.9" />, session);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Release 9.9.9 is not in this dataset's index.So there is nothing to compare with release 1.0.0, which the address asks for.Pick one of the releases below.",
    );
  });

  it("names a crafted release in the address as other views do: its direction controls as escapes, cut at 200 characters", async () => {
    const session = { query: async () => [], claims: async () => [], bundle: {} } as unknown as Session;
    for (const [asked, named] of [
      ["\u202e1.1.2", "\\u202e1.1.2"],
      ["9".repeat(3000), `${"9".repeat(200)}…`],
    ]) {
      window.history.replaceState(null, "", "/?view=versions");
      renderView(<Versions base="/data" index={INDEX} version={asked!} />, session);
      expect((await screen.findByRole("alert")).querySelector("strong")?.textContent).toBe(
        `Release ${named} is not in this dataset's index.`,
      );
      cleanup();
    }
  });
});
