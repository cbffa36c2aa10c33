import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_STATE } from "./urlState.js";
import { navigate, SETTLE_MS } from "./useUrlState.js";

const metric = (m: string) => ({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, metric: m } });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("navigate", () => {
  it("makes one history entry of a picker's quick changes, the last choice's (an outside review)", () => {
    let now = 1_000_000;
    vi.spyOn(Date, "now").mockImplementation(() => now);
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");
    // Arrow keys through a closed <select>: three changes within moments.
    navigate(metric("a"), { settle: "metric" });
    now += 200;
    navigate(metric("b"), { settle: "metric" });
    now += 200;
    navigate(metric("c"), { settle: "metric" });
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(window.location.search).toContain("metric=c");
    // A pause settles the choice: the next change is an entry of its own.
    now += SETTLE_MS + 1;
    navigate(metric("d"), { settle: "metric" });
    expect(push).toHaveBeenCalledTimes(2);
    // Another picker, or a change of no picker, never replaces the picker's entry.
    navigate(metric("e"), { settle: "event" });
    navigate(metric("f"));
    navigate(metric("g"), { settle: "metric" });
    expect(push).toHaveBeenCalledTimes(5);
  });

  it("keeps in the entry it leaves where focus was in the view, and nothing when left from the menu", () => {
    document.body.innerHTML = `<nav><a href="?view=claims">Claims</a></nav><main><h1>Findings</h1>
      <a href="?claim=c1">claim c1</a></main>`;
    window.history.replaceState(null, "", "/?view=findings");
    const replace = vi.spyOn(window.history, "replaceState");
    document.querySelector<HTMLElement>("main a")!.focus();
    navigate(metric("a"));
    expect(replace).toHaveBeenCalledWith(
      { focus: { tag: "a", text: "claim c1", href: "?claim=c1", nth: 0 } },
      "",
    );
    // The entry left by the menu after an earlier visit left it by a link keeps no mark.
    replace.mockClear();
    window.history.replaceState({ focus: { tag: "a", text: "claim c1", href: "?claim=c1", nth: 0 } }, "");
    document.querySelector<HTMLElement>("nav a")!.focus();
    navigate(metric("b"));
    expect(replace).toHaveBeenLastCalledWith({ focus: undefined }, "");
    document.body.innerHTML = "";
  });
});
