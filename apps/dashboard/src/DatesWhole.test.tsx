import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DatesWhole } from "./DatesWhole.js";

afterEach(cleanup);

describe("DatesWhole", () => {
  it("keeps each ISO day or month whole and the text as written", () => {
    const text = "published (2019-05-02), by 2023-10; not 12019-05-021 or 2019-5-2";
    const { container } = render(<DatesWhole text={text} />);
    expect(container.textContent).toBe(text);
    expect([...container.querySelectorAll(".date-whole")].map((s) => s.textContent)).toEqual([
      "2019-05-02",
      "2023-10",
    ]);
  });

  it("leaves text without a date as it is", () => {
    const { container } = render(<DatesWhole text="4 conflicting pairs" />);
    expect(container.innerHTML).toBe("4 conflicting pairs");
  });
});
