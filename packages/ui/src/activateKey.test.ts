import type { KeyboardEvent } from "react";
import { describe, expect, it, vi } from "vitest";
import { onActivateKey } from "./activateKey.js";

const press = (key: string) => {
  const preventDefault = vi.fn();
  return { event: { key, preventDefault } as unknown as KeyboardEvent, preventDefault };
};

describe("onActivateKey", () => {
  it("activates on Enter and Space, keeping Space from scrolling the page", () => {
    for (const key of ["Enter", " "]) {
      const activate = vi.fn();
      const { event, preventDefault } = press(key);
      onActivateKey(activate)(event);
      expect(activate, JSON.stringify(key)).toHaveBeenCalledOnce();
      expect(preventDefault).toHaveBeenCalledOnce();
    }
  });

  it("leaves every other key, Tab included, to the browser", () => {
    for (const key of ["Tab", "Escape", "a", "ArrowDown"]) {
      const activate = vi.fn();
      const { event, preventDefault } = press(key);
      onActivateKey(activate)(event);
      expect(activate, key).not.toHaveBeenCalled();
      expect(preventDefault).not.toHaveBeenCalled();
    }
  });
});
