import { Fragment } from "react";

/**
 * An id such as `attributed_kinds` that may break after each underscore and nowhere else: a
 * table heading does not break inside a word, and whole, at 320 px, it pushed Versions' summary
 * of changes 68 px past the screen's edge (an outside audit).
 */
export function BreakableId({ id }: { id: string }) {
  const parts = id.split("_");
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one id, in its order
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </Fragment>
  ));
}
