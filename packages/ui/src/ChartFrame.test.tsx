import { cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChartFrame } from "./ChartFrame.js";

afterEach(cleanup);

const META = {
  title: "Reported counts over time",
  attribution: "Sources: Daily NK (2023-10, inferred)",
  dataset: "tally",
  version: "1.1.0",
  licence: "CC BY 4.0",
  exportedAt: "2026-11-29",
};
const CITATION = { text: "", bibtex: "", cslJson: "", licence: { title: "CC BY 4.0", path: "LICENSE" } };

/** Counts its renders. */
const rendered = vi.fn();
function Table() {
  rendered();
  return <table data-testid="table" />;
}

describe("the chart's data table", () => {
  it("is built only once its fold is opened, and dropped when it is closed", () => {
    // An outside review at 10k claims: every Trends render built a table of 5,819 rows nobody opened.
    const { container, queryByTestId } = render(
      <ChartFrame
        meta={META}
        csv={{ rows: [], columns: [] }}
        citation={CITATION}
        legend={[]}
        table={<Table />}
      >
        <svg width={100} height={50} />
      </ChartFrame>,
    );
    const fold = container.querySelector("details.tally-table-alt") as HTMLDetailsElement;
    expect(queryByTestId("table")).toBeNull();
    expect(rendered).not.toHaveBeenCalled();
    fold.open = true;
    fireEvent(fold, new Event("toggle"));
    expect(queryByTestId("table")).not.toBeNull();
    fold.open = false;
    fireEvent(fold, new Event("toggle"));
    expect(queryByTestId("table")).toBeNull();
  });
});

describe("Cite this", () => {
  const frame = () =>
    render(
      <ChartFrame
        meta={META}
        csv={{ rows: [], columns: [] }}
        citation={{ ...CITATION, text: "Tally (tally), version 1.1.0. Accessed 2026-11-29." }}
        legend={[]}
        table={<Table />}
      >
        <svg width={100} height={50} />
      </ChartFrame>,
    );

  it("copies the citation in the format shown, and says so", async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { getByRole, findByText } = frame();
    fireEvent.click(getByRole("button", { name: "Cite this" }));
    fireEvent.click(getByRole("button", { name: "Copy citation" }));
    await findByText("Citation copied.");
    expect(writeText).toHaveBeenCalledWith("Tally (tally), version 1.1.0. Accessed 2026-11-29.");
  });

  it("closes on Escape, focus back on its button, and lets no other Escape handler see the key", () => {
    const { getByRole, queryByRole } = frame();
    const outside = vi.fn();
    document.addEventListener("keydown", outside);
    try {
      fireEvent.click(getByRole("button", { name: "Cite this" }));
      fireEvent.keyDown(getByRole("textbox"), { key: "Escape" });
      expect(queryByRole("textbox")).toBeNull();
      expect(document.activeElement).toBe(getByRole("button", { name: "Cite this" }));
      expect(getByRole("button", { name: "Cite this" }).getAttribute("aria-expanded")).toBe("false");
      expect(outside).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener("keydown", outside);
    }
  });

  it("closes on Escape from its button too, where focus is once it is opened (an outside audit)", () => {
    const { getByRole, queryByRole } = frame();
    const outside = vi.fn();
    document.addEventListener("keydown", outside);
    try {
      const button = getByRole("button", { name: "Cite this" });
      fireEvent.click(button);
      expect(queryByRole("textbox")).not.toBeNull();
      fireEvent.keyDown(button, { key: "Escape" });
      expect(queryByRole("textbox")).toBeNull();
      expect(button.getAttribute("aria-expanded")).toBe("false");
      expect(outside).not.toHaveBeenCalled();
      // Closed, Escape is left to whatever else it closes (the evidence panel).
      fireEvent.keyDown(button, { key: "Escape" });
      expect(outside).toHaveBeenCalledTimes(1);
    } finally {
      document.removeEventListener("keydown", outside);
    }
  });

  it("selects the text for the reader to copy where the page may not use the clipboard", async () => {
    const writeText = vi.fn(async () => {
      throw new DOMException("not allowed", "NotAllowedError");
    });
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { getByRole, findByText } = frame();
    fireEvent.click(getByRole("button", { name: "Cite this" }));
    fireEvent.click(getByRole("button", { name: "Copy citation" }));
    await findByText("Citation selected: copy it with Ctrl+C or ⌘C.");
    const box = getByRole("textbox") as HTMLTextAreaElement;
    expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
  });
});

describe("export file names", () => {
  it("keep a `fileTitle`'s ending whole: 1.0.0's long event title is cut, its metric is not", async () => {
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const { getByRole, findByText } = render(
      <ChartFrame
        meta={{ ...META, dataset: "tally-nk-detentions-repatriations", version: "1.0.0" }}
        csv={{ rows: [], columns: [] }}
        // The table export reads the CSL-JSON for its metadata.
        citation={{ ...CITATION, cslJson: "[]" }}
        fileTitle={{
          title: "China forcibly repatriates detained North Koreans through Dandong and Tumen",
          keep: "pretrial_classification_days",
        }}
        table={null}
      >
        <svg width={100} height={50} />
      </ChartFrame>,
    );
    fireEvent.click(getByRole("button", { name: "CSV" }));
    // The file is made asynchronously: with other test runs on two cores it took over findBy's 1 s.
    await findByText("CSV downloaded.", {}, { timeout: 10_000 });
    click.mockRestore();
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(
      /^china-forcibly-repatriates-[0-9a-f]{6}-pretrial-classification-days-tally-nk-detentions-repatriations-1\.0\.0\.csv$/,
    );
  });
});
