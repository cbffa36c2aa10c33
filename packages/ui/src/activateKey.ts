import type { KeyboardEvent } from "react";

/**
 * A key handler that makes an SVG group act as a button: Enter or Space calls `activate`, and the
 * page does not scroll on Space. The charts' marks cannot be <button>s, which would do this.
 */
export const onActivateKey =
  (activate: () => void) =>
  (e: KeyboardEvent): void => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      activate();
    }
  };
