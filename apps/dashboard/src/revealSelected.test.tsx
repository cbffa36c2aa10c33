import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { inView, useRevealSelected } from "./revealSelected.js";

/** A row far down the page, and the evidence panel of the open claim. */
function Page({ claim, layout }: { claim: string | null; layout: string }) {
  useRevealSelected(claim, claim === null ? null : `#row-${claim}`, layout);
  return (
    <div>
      {claim !== null && <section className="tally-evidence" data-claim-id={claim} />}
      <div id="row-c1" />
      <button type="button" id="open-c1">
        Open
      </button>
    </div>
  );
}

/** Frames pass only when the test draws them, as on a machine too busy to draw. */
function frameClock() {
  let frames: FrameRequestCallback[] = [];
  vi.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => frames.push(cb));
  return {
    drawFrames(n: number) {
      for (let i = 0; i < n; i++) {
        const due = frames;
        frames = [];
        for (const cb of due) cb(0);
      }
    },
    pending: () => frames.length,
  };
}

/** Every element 2,000 px down the page; returns the spy its scrollIntoView calls. */
function everythingFarBelow() {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({
    top: 2000,
    bottom: 2050,
    height: 50,
  } as DOMRect);
  const scrolled = vi.fn();
  HTMLElement.prototype.scrollIntoView = scrolled;
  return scrolled;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("useRevealSelected", () => {
  it("tells a box in view from one out of it, the sheet's padding taken off", () => {
    expect(inView({ top: 10, bottom: 60 }, 800, 0)).toBe(true);
    expect(inView({ top: 10, bottom: 60 }, 800, 760)).toBe(false);
    expect(inView({ top: -5, bottom: 60 }, 800, 0)).toBe(false);
  });

  it("keeps the opened row in sight through the layout changes of opening and closing, then lets go", () => {
    const scrolled = everythingFarBelow();
    const { drawFrames, pending } = frameClock();
    const view = render(<Page claim="c1" layout="table" />);
    view.rerender(<Page claim="c1" layout="cards" />);
    expect(scrolled).toHaveBeenCalledTimes(2);
    // Closed: the layout changes back two frames later, however long they took, and the row is
    // kept in sight once more.
    view.rerender(<Page claim={null} layout="cards" />);
    drawFrames(2);
    view.rerender(<Page claim={null} layout="table" />);
    expect(scrolled).toHaveBeenCalledTimes(4);
    // Many frames after, the window resized past a breakpoint: the reader is left where they are.
    drawFrames(60);
    view.rerender(<Page claim={null} layout="cards" />);
    view.rerender(<Page claim={null} layout="table" />);
    expect(scrolled).toHaveBeenCalledTimes(4);
    expect(pending()).toBe(0);
  });

  it("counts the frames afresh when a claim is opened again and closed", () => {
    const scrolled = everythingFarBelow();
    const { drawFrames } = frameClock();
    const view = render(<Page claim="c1" layout="table" />);
    view.rerender(<Page claim={null} layout="table" />);
    drawFrames(60);
    view.rerender(<Page claim="c1" layout="table" />);
    view.rerender(<Page claim={null} layout="table" />);
    const before = scrolled.mock.calls.length;
    drawFrames(3);
    view.rerender(<Page claim={null} layout="cards" />);
    expect(scrolled).toHaveBeenCalledTimes(before + 1);
  });

  it("once closed, keeps in sight the control the focus went back to, not the claim's mark", () => {
    const boxes: Record<string, Partial<DOMRect>> = {
      "row-c1": { top: 100, bottom: 150, height: 50 },
      "open-c1": { top: 2600, bottom: 2640, height: 40 },
    };
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
      return boxes[this.id] as DOMRect;
    });
    const scrolled: string[] = [];
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this.id);
    };
    const view = render(<Page claim="c1" layout="table" />);
    // Opened from the table's Open button; Escape gives the focus back to it.
    (document.getElementById("open-c1") as HTMLButtonElement).focus();
    view.rerender(<Page claim={null} layout="table" />);
    // Before: the mark (here in view) was revealed and the focused button left 2,500 px below.
    expect(scrolled).toEqual(["open-c1"]);
  });
});
