import type { ClaimView } from "@tally/dataset";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EvidencePanel } from "./EvidencePanel.js";

const claim: ClaimView = {
  claim_id: "c1",
  event_id: "e1",
  event_title: "Repatriation",
  event_short_title: "Repatriation",
  event_date: "2023-10-09",
  event_date_precision: "day",
  event_date_inferred: false,
  event_date_end: null,
  category: "forced_repatriation",
  category_label: "Forced repatriation",
  metric: "persons_repatriated",
  metric_label: "Persons repatriated",
  unit: "persons",
  unit_label: "persons",
  metric_kind: "count",
  qualifier: "about",
  value_low: 600,
  value_high: 600,
  figure_text: "about 600",
  attributed_to: "<b>Activists</b>",
  attributed_kind: "ngo",
  attributed_kind_label: "Non-governmental organisation",
  first_reported_by: null,
  repeats_claim_id: null,
  base_claim_id: null,
  as_of: null,
  as_of_inferred: false,
  quote: '<img src=x onerror="alert(1)"> about 600 people',
  vague: false,
  source_id: "s1",
  outlet: "Outlet",
  via: null,
  source_title: "Title",
  author: null,
  published: "2023-10-11",
  published_precision: "day",
  published_inferred: true,
  url: "https://example.org/a",
  source_kind: "news",
  source_kind_label: "News outlet",
};

afterEach(cleanup);

describe("EvidencePanel", () => {
  it("shows the quote and names as text, never as HTML", () => {
    const { container } = render(<EvidencePanel claim={claim} verdict="conflict" />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText(claim.quote)).toBeTruthy();
    expect(container.textContent).toContain("<b>Activists</b>");
  });

  // The app's link to the claim's group: under the heading, so a phone's sheet shows it as the
  // panel opens (placed above the panel, it was scrolled out of sight).
  it("puts its lead inside the panel, after the heading and before the quote", () => {
    render(<EvidencePanel claim={claim} lead={<a href="#group">the claim's group</a>} />);
    const panel = screen.getByRole("region");
    const lead = screen.getByRole("link", { name: "the claim's group" });
    expect(panel.contains(lead)).toBe(true);
    const heading = screen.getByRole("heading", { level: 3 });
    const quote = panel.querySelector("blockquote")!;
    expect(heading.compareDocumentPosition(lead) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(lead.compareDocumentPosition(quote) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("names the attributed kind by its vocabulary label, not its id", () => {
    render(<EvidencePanel claim={claim} />);
    const attributed = screen.getByText("Attributed to", { selector: "dt" }).nextElementSibling?.textContent;
    expect(attributed).toContain("(Non-governmental organisation)");
    expect(attributed).not.toContain("ngo");
  });

  it("names the figure's unit and metric: a share reads as a share, not a count", () => {
    const share = { ...claim, metric_label: "Share who were civilians", unit: "percent", unit_label: "%" };
    render(<EvidencePanel claim={{ ...share, qualifier: "more_than", value_low: 50, value_high: null }} />);
    expect(screen.getByRole("heading").textContent).toBe("Outlet: more than 50%");
    const metric = screen.getByText("Metric", { selector: "dt" }).nextElementSibling?.textContent;
    expect(metric).toBe("Share who were civilians (%)");
  });

  it("marks an inferred published date", () => {
    render(<EvidencePanel claim={claim} />);
    expect(screen.getByText("2023-10-11").parentElement?.textContent).toContain("(inferred)");
  });

  it("names the event's whole period, in the words the app gives it", () => {
    // An outside review: a half-year of arrivals read "(2018-01)", its end left out.
    const half = { ...claim, event_title: "Arrivals", event_date: "2018-01", event_date_end: "2018-06" };
    const event = () => screen.getByText("Event", { selector: "dt" }).nextElementSibling?.textContent;
    const { unmount } = render(<EvidencePanel claim={half} />);
    expect(event()).toBe("Arrivals (2018-01 to 2018-06)");
    unmount();
    render(<EvidencePanel claim={half} period={(d, e) => `${d}…${e}`} />);
    expect(event()).toBe("Arrivals (2018-01…2018-06)");
  });

  it("marks a title the text does not print, and only then", () => {
    const titled = { ...claim, source_title: "Small-scale repatriations continue" };
    const title = () => screen.getByText("Title", { selector: "dt" }).nextElementSibling?.textContent;
    const { unmount } = render(<EvidencePanel claim={{ ...titled, source_title_inferred: true }} />);
    expect(title()).toBe("Small-scale repatriations continue (not printed in the text)");
    unmount();
    render(<EvidencePanel claim={titled} />);
    expect(title()).toBe("Small-scale repatriations continue");
  });

  it("links an https url with noopener noreferrer", () => {
    render(<EvidencePanel claim={claim} />);
    const a = screen.getByRole("link");
    expect(a.getAttribute("href")).toBe("https://example.org/a");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("names the source's address as such, and says when the source has none", () => {
    const { container } = render(<EvidencePanel claim={{ ...claim, url: "" }} />);
    const terms = [...container.querySelectorAll("dt")].map((dt) => dt.textContent);
    expect(terms).toContain("Source URL");
    expect(terms).not.toContain("Link");
    const dd = [...container.querySelectorAll("dt")].find((dt) => dt.textContent === "Source URL")!
      .nextElementSibling!;
    expect(dd.textContent).toBe("none recorded");
  });

  it("does not link a javascript: url", () => {
    const { container } = render(<EvidencePanel claim={{ ...claim, url: "javascript:alert(1)" }} />);
    expect(container.querySelector("a")).toBeNull();
    expect(container.textContent).toContain("not a web address");
  });

  it("shows the notes, the repeated claim as a button that opens it, and who first reported it", () => {
    const onOpenClaim = vi.fn();
    render(
      <EvidencePanel
        claim={{
          ...claim,
          notes: "Restates c001; “detectors” [sic].",
          repeats_claim_id: "c001",
          first_reported_by: "Chosun Ilbo",
        }}
        onOpenClaim={onOpenClaim}
      />,
    );
    expect(screen.getByText("Notes").nextElementSibling?.textContent).toBe(
      "Restates c001; “detectors” [sic].",
    );
    expect(screen.getByText("First reported by").nextElementSibling?.textContent).toBe("Chosun Ilbo");
    expect(screen.getByText("Reporting chain").nextElementSibling?.textContent).toBe("Chosun Ilbo → Outlet");
    expect(screen.getByText("Repeats").nextElementSibling?.textContent).toContain(
      "not an independent figure",
    );
    fireEvent.click(screen.getByRole("button", { name: "claim c001" }));
    expect(onOpenClaim).toHaveBeenCalledWith("c001");
  });

  it("names the whole reporting chain: first reporter, the outlets between, the source and its reprint", () => {
    render(
      <EvidencePanel
        claim={{
          ...claim,
          first_reported_by: "Chosun Ilbo",
          reported_via: "Yonhap; <i>Wire</i>",
          outlet: "Radio Free Asia",
          via: "American Military News",
        }}
      />,
    );
    expect(screen.getByText("Reporting chain").nextElementSibling?.textContent).toBe(
      "Chosun Ilbo → Yonhap → <i>Wire</i> → Radio Free Asia → American Military News",
    );
  });

  it("leaves out notes, repeats and first reported by when the claim has none", () => {
    const { container } = render(<EvidencePanel claim={claim} />);
    const terms = Array.from(container.querySelectorAll("dt"), (dt) => dt.textContent);
    for (const t of ["Notes", "Repeats", "Based on", "First reported by", "Reporting chain", "Vague"])
      expect(terms).not.toContain(t);
  });

  it("explains a vague word's bound", () => {
    render(
      <EvidencePanel
        claim={{
          ...claim,
          qualifier: "at_least",
          value_low: 100,
          value_high: null,
          figure_text: "Hundreds",
          vague: true,
        }}
      />,
    );
    expect(screen.getByText("Vague").nextElementSibling?.textContent).toBe(
      "“Hundreds” → at least 100, the conservative reading: the least “hundreds” can mean.",
    );
  });

  it("moves focus into the panel when it opens and gives it back on Escape", () => {
    const onClose = vi.fn();
    const opener = document.createElement("button");
    document.body.append(opener);
    opener.focus();
    const { container } = render(<EvidencePanel claim={claim} onClose={onClose} />);
    const panel = container.querySelector("section.tally-evidence");
    expect(document.activeElement).toBe(panel);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it("opened by a link, Escape gives focus to the claim's own mark, not the page's heading", () => {
    // A shared link or Back opens the panel with nothing focused; the heading sat 2,500 px above
    // the claim a link scrolled to, at 390 px (an outside review).
    const page = document.createElement("main");
    page.innerHTML = `<h1>Claims</h1><svg><g role="button" tabindex="-1" data-claim-id="c2"></g><g role="button" tabindex="-1" data-claim-id="c1"></g></svg><button data-opens-claim="c1">Open</button>`;
    document.body.append(page);
    const { container } = render(<EvidencePanel claim={claim} onClose={() => undefined} />);
    expect(document.activeElement).toBe(container.querySelector("section.tally-evidence"));
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(document.activeElement).toBe(page.querySelector('[data-claim-id="c1"]'));
    page.remove();
  });

  it("gives focus to a control that opens the claim when its opener is gone, else to the heading", () => {
    const page = document.createElement("main");
    page.innerHTML = `<h1>Claims</h1><button id="opener">Open</button><button data-opens-claim="c1">Open</button>`;
    document.body.append(page);
    page.querySelector<HTMLElement>("#opener")!.focus();
    render(<EvidencePanel claim={claim} onClose={() => undefined} />);
    // The table's rows drawn again under other filters: the button that opened the panel is gone.
    page.querySelector("#opener")!.remove();
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(document.activeElement).toBe(page.querySelector('[data-opens-claim="c1"]'));
    cleanup();
    page.querySelector("[data-opens-claim]")!.remove();
    render(<EvidencePanel claim={claim} onClose={() => undefined} />);
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(document.activeElement).toBe(page.querySelector("h1"));
    page.remove();
  });

  it("Close gives focus back too; without onClose, Escape does nothing", () => {
    const onClose = vi.fn();
    const opener = document.createElement("button");
    document.body.append(opener);
    opener.focus();
    render(<EvidencePanel claim={claim} onClose={onClose} />);
    fireEvent.click(screen.getByRole("button", { name: "Close evidence" }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(opener);
    cleanup();
    render(<EvidencePanel claim={claim} />);
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(1);
    opener.remove();
  });
});
