import { afterEach, describe, expect, it, vi } from "vitest";
import { DECODE_WAIT_MS, svgToPng } from "./exportPng.js";

/** An <img> that loads at once and whose decode() never settles, as on a page given no frames. */
class StalledImage {
  width = 0;
  height = 0;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  set src(_url: string) {
    queueMicrotask(() => this.onload?.());
  }
  decode(): Promise<void> {
    return new Promise(() => undefined);
  }
}

describe("svgToPng", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("goes on to draw when the image's decoding never settles, instead of waiting for ever", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("Image", StalledImage);
    // The canvas step is where it would go next: here, a canvas with no 2D context, which says so.
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    const settled = vi.fn();
    const png = svgToPng("<svg xmlns='http://www.w3.org/2000/svg'/>", 10, 10).then(
      () => settled("drawn"),
      (e: Error) => settled(e.message),
    );
    await vi.advanceTimersByTimeAsync(DECODE_WAIT_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(settled).toHaveBeenCalledWith("this browser has no 2D canvas"), {
      timeout: 1000,
    });
    await png;
  });
});
