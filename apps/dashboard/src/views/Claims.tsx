import { type ClaimView, qualifierWords } from "@tally/dataset";
import { type Column, DataTable, type TableDownload } from "@tally/ui";
import { useEffect, useState } from "react";
import { ClaimEvidence } from "../ClaimEvidence.js";
import { UnknownClaim } from "../ClaimNotice.js";
import { CLAIM_PAST_SHOWN, ClaimPastShown } from "../ClaimPastShown.js";
import { issuedOf, licenceOf, today } from "../citation.js";
import { claimPassesFilters, filtersOfClaim } from "../claimLink.js";
import { useRelease, useSql } from "../data.js";
import { evidenceColumn } from "../evidenceColumn.js";
import { releaseTolerance } from "../exportColumns.js";
import { ErrorBox, WaitingForEngine } from "../Feedback.js";
import { figureCell } from "../figureCell.js";
import { linkValue } from "../linkValue.js";
import { eventPeriod } from "../periodLabel.js";
import { countOf, countText } from "../plural.js";
import {
  CLAIM_EVENT_SQL,
  claimByIdQuery,
  claimCountQuery,
  claimRowQuery,
  claimsQuery,
  EVENT_OPTIONS_LIMIT,
  FILTER_OPTIONS_SQL,
} from "../queries.js";
import { claimSelector, useRevealSelected } from "../revealSelected.js";
import { METRIC_SQL, metricWithoutClaimsWords } from "../trendSelection.js";
import { UnlistedClaims } from "../UnlistedClaims.js";
import { FILTER_WORDS, type OptionName, unknownFilters } from "../unknownFilters.js";
import { type ClaimFilters, NO_FILTERS, SORTABLE, type SortKey } from "../urlState.js";
import { useUrlState } from "../useUrlState.js";
import { useWidth } from "../useWidth.js";

/** Claims the table shows at first, and adds with each "Show more". */
const PAGE = 500;

const COLUMNS: Column<ClaimView>[] = [
  {
    key: "event_date",
    label: "Date",
    sortable: true,
    // The event's whole period, as Trends and the CSV write it ("Jan–Jun 2018", not "2018-01").
    render: (c) => <span className="nowrap">{eventPeriod(c)}</span>,
  },
  {
    key: "event_title",
    label: "Event",
    sortable: true,
    render: (c) => <span className="wrap-cell">{c.event_short_title}</span>,
  },
  {
    key: "metric",
    label: "Metric",
    sortable: true,
    render: (c) => <span className="wrap-cell">{c.metric_label}</span>,
  },
  // A wrap-cell, as Event and Metric: an outlet of one unbreakable word (an outside audit's
  // `=HYPERLINK("http://evil.example","click")`) ran over the next column.
  {
    key: "outlet",
    label: "Outlet",
    sortable: true,
    render: (c) => <span className="wrap-cell">{c.outlet}</span>,
  },
  {
    key: "attributed_to",
    label: "Attributed to",
    render: (c) => (
      <span className="wrap-cell">
        <bdi>{c.attributed_to}</bdi> <span className="muted">({c.attributed_kind_label})</span>
      </span>
    ),
  },
  {
    // One column for qualifier, low and high ("about 200", "between 200 and 300", "at least 39"),
    // sorted by the low bound, so the quote and the evidence button fit on screen. The unit goes
    // with it: the column mixes persons, percent, days and years.
    key: "value_low",
    label: "Figure",
    sortable: true,
    numeric: true,
    render: (c) => <span className="figure-cell">{figureCell(c)}</span>,
  },
  {
    key: "published",
    label: "Published",
    sortable: true,
    // One element: as a card (below 600 px) the cell is a grid of label and value, where the date
    // and "(inferred)" were two grid items with the grid's row gap between them.
    render: (c) => (
      <span>
        <span className="nowrap">{c.published ?? ""}</span>
        {c.published_inferred && (
          <>
            <br />
            <span className="muted">(inferred)</span>
          </>
        )}
      </span>
    ),
  },
  {
    key: "quote",
    label: "Quote",
    // Its own direction, as in the evidence panel: a Hebrew quote starting "70" read backwards.
    render: (c) => (
      <span className="quote-cell" dir="auto">
        {c.quote}
      </span>
    ),
  },
];

function FilterSelect({
  name,
  label,
  value,
  valueLabel,
  onChange,
}: {
  name: keyof typeof FILTER_OPTIONS_SQL;
  label: string;
  value: string | null;
  /** The words for a value no claim has but the release names (a metric of metrics.csv). */
  valueLabel?: string | undefined;
  onChange: (v: string | null) => void;
}) {
  const options = useSql<{ value: string; label: string }>(FILTER_OPTIONS_SQL[name]);
  // A reader picks by words; the id stays the value a link carries.
  const words = (o: { value: string; label: string }) =>
    name === "qualifier" ? qualifierWords(o.value) : o.label;
  return (
    <label className="field">
      {label}{" "}
      <select name={name} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">any</option>
        {value !== null && !options.data?.some((o) => o.value === value) && (
          <option value={value}>
            {name === "qualifier" ? qualifierWords(value) : (valueLabel ?? linkValue(value))}
          </option>
        )}
        {(options.data ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {words(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The release's metric of the link's id when no claim measures it (the metric picker lists what
 * claims measure): its `METRIC_SQL` rows, empty for an id the release does not have; undefined
 * while they are read, and for no metric or one the picker offers.
 */
function useMetricWithoutClaims(metric: string | null): { metric_label: string }[] | undefined {
  const offered = useSql<{ value: string }>(FILTER_OPTIONS_SQL.metric).data;
  const asked = metric !== null && offered !== undefined && !offered.some((o) => o.value === metric);
  return useSql<{ metric_label: string }>(asked ? METRIC_SQL : null, asked ? [metric] : []).data;
}

/**
 * The claims' event of the link's id when the event picker stopped before it (`EVENT_OPTIONS_LIMIT`):
 * its `CLAIM_EVENT_SQL` rows, empty when no claim has it; undefined while they are read, and for
 * no event or one the picker offers.
 */
function useEventPastPicker(event: string | null): { label: string }[] | undefined {
  const offered = useSql<{ value: string }>(FILTER_OPTIONS_SQL.event).data;
  const asked =
    event !== null &&
    offered !== undefined &&
    offered.length >= EVENT_OPTIONS_LIMIT &&
    !offered.some((o) => o.value === event);
  return useSql<{ label: string }>(asked ? CLAIM_EVENT_SQL : null, asked ? [event] : []).data;
}

/**
 * Says which filters name nothing in this release, as Trends and Discrepancies do, with a way out;
 * a metric the release has that no claim measures is named by its label, in their words.
 */
function UnknownFilterNotice({
  filters,
  version,
  metric,
  event,
  onClear,
}: {
  filters: ClaimFilters;
  version: string;
  /** `useMetricWithoutClaims`'s answer for `filters.metric`. */
  metric: readonly { metric_label: string }[] | undefined;
  /** `useEventPastPicker`'s answer for `filters.event`. */
  event: readonly { label: string }[] | undefined;
  onClear: (name: OptionName) => void;
}) {
  // The pickers' own queries: answered from the cache they fill.
  const options = {
    event: useSql<{ value: string }>(FILTER_OPTIONS_SQL.event).data,
    metric: useSql<{ value: string }>(FILTER_OPTIONS_SQL.metric).data,
    outlet: useSql<{ value: string }>(FILTER_OPTIONS_SQL.outlet).data,
    qualifier: useSql<{ value: string }>(FILTER_OPTIONS_SQL.qualifier).data,
    category: useSql<{ value: string }>(FILTER_OPTIONS_SQL.category).data,
    kind: useSql<{ value: string }>(FILTER_OPTIONS_SQL.kind).data,
  };
  const unknown = unknownFilters(filters, options, metric, event);
  if (unknown.length === 0) return null;
  return (
    <div className="error" role="alert" data-testid="unknown-filter">
      {unknown.map(({ name, value, label }) => {
        const empty = label === undefined ? null : metricWithoutClaimsWords(label, version);
        return (
          <p key={name}>
            {empty === null ? (
              <>
                <strong>
                  No {FILTER_WORDS[name]} “{linkValue(value)}” in release {version}.
                </strong>{" "}
                No claim of this release has it: the link may come from another release.
              </>
            ) : (
              <>
                <strong>{empty.heading}.</strong> {empty.why}
              </>
            )}{" "}
            <button type="button" className="tally-link" onClick={() => onClear(name)}>
              Clear this filter
            </button>
          </p>
        );
      })}
    </div>
  );
}

/**
 * The width the table's nine columns need with every cell but a date wrapping (1,081 px on the
 * shipped release). In less, beside an open evidence column or on a tablet, each claim is a card:
 * as a table it was scrolled sideways in its box, its quotes out of sight.
 */
const TABLE_WIDTH = 1100;

/** Sortable, filterable claims; every filter is a bound parameter of one DuckDB-WASM query. */
export function Claims() {
  const { index, version, base, summary } = useRelease();
  const [state, update] = useUrlState();
  const { filters, sort } = state;
  const [text, setText] = useState(filters.q ?? "");
  const [tableRef, tableWidth] = useWidth();
  useEffect(() => setText(filters.q ?? ""), [filters.q]);
  useEffect(() => {
    if ((filters.q ?? "") === text) return;
    // A search begun is a step of its own (Back returns to the filters before it); the words typed
    // after it refine that step in place, rather than one history entry per pause in typing.
    const t = setTimeout(
      // Blanks alone are no search: three spaces matched no quote, in a box that looked empty (an outside audit).
      () =>
        update({ filters: { q: text.trim() === "" ? null : text } }, { replace: (filters.q ?? "") !== "" }),
      300,
    );
    return () => clearTimeout(t);
  }, [text, filters.q, update]);

  // "Show more" raises the limit a page at a time, for these filters and this order only: others
  // start over at one page, from their first render (no query at the old limit first).
  const viewKey = JSON.stringify([filters, sort]);
  const [paged, setPaged] = useState({ viewKey, limit: PAGE });
  const limit = paged.viewKey === viewKey ? paged.limit : PAGE;
  const q = claimsQuery(filters, sort, limit);
  // Re-sorting keeps the rows on screen until the new order arrives: replacing the table with
  // "Querying…" unmounted the heading just pressed, and keyboard focus fell to the page.
  const rows = useSql<ClaimView>(q.sql, q.params, { keepPrevious: true });
  // The row "Show more" is to land on: the button goes while the rows load (and for good with the
  // last of them), and focus fell to the page with it.
  const [landing, setLanding] = useState<{ viewKey: string; row: number } | null>(null);
  useEffect(() => {
    if (!landing || landing.viewKey !== viewKey || rows.isPlaceholderData) return;
    const first = rows.data?.[landing.row];
    if (!first) return;
    setLanding(null);
    const selector = claimSelector('[data-testid="claims-result"]', "data-row-key", first.claim_id);
    const open = selector ? document.querySelector<HTMLElement>(`${selector} button`) : null;
    open?.focus();
  }, [landing, viewKey, rows.data, rows.isPlaceholderData]);
  const cq = claimCountQuery(filters);
  const count = useSql<{ n: number }>(cq.sql, cq.params);
  const byId = state.claim ? claimByIdQuery(state.claim) : null;
  const selected = useSql<ClaimView>(byId?.sql ?? null, byId?.params ?? []);
  const metricWithoutClaims = useMetricWithoutClaims(filters.metric);
  const eventPastPicker = useEventPastPicker(filters.event);
  const setFilter = (key: keyof ClaimFilters) => (v: string | null) =>
    update({ filters: { [key]: v }, claim: null }, { settle: key });
  const total = count.data?.[0]?.n;
  const selectedClaim = selected.data?.[0];
  // A claim the filters keep past the rows shown (a link, or a repeat opened from the evidence):
  // where its row stands in this order.
  const unlisted =
    selectedClaim !== undefined &&
    total !== undefined &&
    rows.data !== undefined &&
    !rows.isPlaceholderData &&
    total > rows.data.length &&
    !rows.data.some((c) => c.claim_id === selectedClaim.claim_id);
  const rq = unlisted ? claimRowQuery(filters, sort, selectedClaim.claim_id) : null;
  const claimRow = useSql<{ claim_row: number }>(rq?.sql ?? null, rq?.params ?? []).data?.[0]?.claim_row;
  const pastShown =
    unlisted && claimRow !== undefined && claimRow > (rows.data?.length ?? 0) ? claimRow : null;
  // The rows that show it: whole pages, as "Show more" adds them.
  const showUpTo =
    pastShown === null || total === undefined ? null : Math.min(total, Math.ceil(pastShown / PAGE) * PAGE);
  const asCards = tableWidth !== null && tableWidth < TABLE_WIDTH;
  useRevealSelected(
    state.claim,
    // Until its row is shown, the notice saying where it is stands in for it (on a phone, above
    // the evidence sheet that covers the lower half of the screen).
    pastShown === null
      ? claimSelector('[data-testid="claims-result"]', "data-row-key", state.claim)
      : CLAIM_PAST_SHOWN,
    `${asCards}`,
  );
  // What the last download did, for the rows it was of: a chart's export says "CSV downloaded.",
  // and these said nothing to a screen reader (an outside audit). Other filters, other rows: gone.
  const [download, setDownload] = useState<{ viewKey: string; text: string; failed: boolean } | null>(null);
  const downloadStatus = download?.viewKey === viewKey ? download : null;
  const downloadRows = (shown: readonly ClaimView[], as: TableDownload) => {
    const what = as === "csv" ? "CSV" : "ZIP";
    setDownload({ viewKey, text: `Preparing ${what}…`, failed: false });
    // Every claim the filters keep, in this order, not the page on screen: at 1,200 claims the file
    // held the first 500 and its metadata said "Every claim" (an outside audit). Asked again only
    // when the count says rows are not shown, or is not known yet.
    const session = rows.engine.data;
    const every = claimsQuery(filters, sort);
    const kept =
      session && (total === undefined || total > shown.length)
        ? (session.query(every.sql, every.params) as Promise<ClaimView[]>)
        : Promise.resolve(shown);
    // The export code (arquero, the zip writer) loads on first click, as a chart's does; a chunk
    // that cannot load (the server gone, a new deployment) is said, as a chart's export says it.
    Promise.all([import("../claimsDownload.js"), kept])
      .then(([m, all]) =>
        m.downloadClaims(
          {
            rows: all,
            filters,
            name: index.name,
            title: index.title,
            version,
            issued: issuedOf(index, version),
            base,
            tolerance: releaseTolerance(summary),
            url: window.location.href,
            today: today(),
            licence: licenceOf(summary),
          },
          as,
        ),
      )
      .then(
        () => setDownload({ viewKey, text: `${what} downloaded.`, failed: false }),
        (e: unknown) =>
          setDownload({
            viewKey,
            text: `${what} failed: ${e instanceof Error ? e.message : String(e)}`,
            failed: true,
          }),
      );
  };

  return (
    <section aria-labelledby="cl-h">
      <h1 id="cl-h">Claims</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter claims">
        <FilterSelect
          name="event"
          label="Event"
          value={filters.event}
          valueLabel={eventPastPicker?.[0]?.label}
          onChange={setFilter("event")}
        />
        <FilterSelect
          name="metric"
          label="Metric"
          value={filters.metric}
          valueLabel={metricWithoutClaims?.[0]?.metric_label}
          onChange={setFilter("metric")}
        />
        <FilterSelect name="outlet" label="Outlet" value={filters.outlet} onChange={setFilter("outlet")} />
        <FilterSelect
          name="qualifier"
          label="Qualifier"
          value={filters.qualifier}
          onChange={setFilter("qualifier")}
        />
        <FilterSelect
          name="category"
          label="Category"
          value={filters.category}
          onChange={setFilter("category")}
        />
        <FilterSelect
          name="kind"
          label="Attributed to (kind)"
          value={filters.kind}
          onChange={setFilter("kind")}
        />
        <label className="field">
          Quote contains{" "}
          <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button
          type="button"
          onClick={() =>
            update({
              filters: NO_FILTERS,
              claim: null,
            })
          }
        >
          Clear filters
        </button>
      </form>
      {rows.engine.error ? (
        <ErrorBox error={rows.engine.error} title="The query engine could not start" />
      ) : rows.error ? (
        <ErrorBox error={rows.error} title="The claims query failed" />
      ) : !rows.data ? (
        <WaitingForEngine label="Querying claims…" />
      ) : (
        <div
          className="stack"
          data-testid="claims-result"
          data-filters={JSON.stringify(filters)}
          data-complete={total !== undefined && !rows.isPlaceholderData}
          aria-busy={rows.isPlaceholderData}
        >
          <aside className="evidence-col" aria-label="Evidence">
            {/* The panel's heading is an h3: this keeps the outline h1 → h2 → h3 (axe heading-order). */}
            <h2 className="visually-hidden">Evidence</h2>
            {selectedClaim ? (
              <ClaimEvidence
                claim={selectedClaim}
                onClose={() => update({ claim: null })}
                onOpenClaim={(id) => update({ claim: id })}
              />
            ) : state.claim && selected.data ? (
              <UnknownClaim id={state.claim} />
            ) : (
              <p className="note">Open a claim to read its quote and source.</p>
            )}
          </aside>
          <div
            ref={tableRef}
            className={asCards ? "chart-col claims-table as-cards" : "chart-col claims-table"}
          >
            <UnknownFilterNotice
              filters={filters}
              version={version}
              metric={metricWithoutClaims}
              event={eventPastPicker}
              onClear={(name) => setFilter(name)(null)}
            />
            <UnlistedClaims />
            {selectedClaim && !claimPassesFilters(selectedClaim, filters) && (
              // A link may carry filters its claim fails (a share opened over a table of counts).
              <p className="note filtered-out" data-testid="claim-filtered-out">
                Claim {selectedClaim.claim_id} ({selectedClaim.metric_label}) is not among these rows: the
                filters leave it out.{" "}
                <button
                  type="button"
                  className="tally-link"
                  onClick={() => update({ filters: filtersOfClaim(selectedClaim) })}
                >
                  Show the claims of its event and metric
                </button>
              </p>
            )}
            {selectedClaim && pastShown !== null && total !== undefined && showUpTo !== null && (
              <ClaimPastShown
                claim={selectedClaim}
                row={pastShown}
                shown={rows.data.length}
                total={total}
                upTo={showUpTo}
                onShow={() => {
                  // Focus goes on to the claim's row, as "Show more" moves it to the first row it shows.
                  setLanding({ viewKey, row: pastShown - 1 });
                  setPaged({ viewKey, limit: showUpTo });
                }}
              />
            )}
            <div className="table-tools">
              <span role="status" className="row-count">
                {total === undefined
                  ? countOf(rows.data.length, "claim")
                  : `${countOf(total, "claim")}${total > rows.data.length ? ` (first ${countText(rows.data.length)} shown)` : ""}`}
              </span>
              {/* No rows, no file: a header alone downloaded as if it were a result (an outside review). */}
              <button
                type="button"
                title={
                  rows.data.length === 0
                    ? "No claim matches these filters"
                    : "Every claim these filters keep, shown or not, as one UTF-8 CSV"
                }
                disabled={rows.data.length === 0}
                onClick={() => downloadRows(rows.data ?? [], "csv")}
              >
                CSV of these rows
              </button>
              <button
                type="button"
                title={
                  rows.data.length === 0
                    ? "No claim matches these filters"
                    : "The CSV, a .metadata.json (citation, licence, sources, columns) and a README, in one ZIP"
                }
                disabled={rows.data.length === 0}
                onClick={() => downloadRows(rows.data ?? [], "zip")}
              >
                These rows + metadata (ZIP)
              </button>
              {/* Progress and success in a region that is always there (a live region added with its text
                  may not be read); a failure is an alert, read as it appears. */}
              <span role="status" className="tally-status" data-testid="download-status">
                {downloadStatus && !downloadStatus.failed ? downloadStatus.text : ""}
              </span>
              {downloadStatus?.failed && (
                <span role="alert" className="tally-status">
                  {downloadStatus.text}
                </span>
              )}
            </div>
            <DataTable
              caption={`Claims in ${index.name}@${version}`}
              columns={[evidenceColumn<ClaimView>((claim) => update({ claim })), ...COLUMNS]}
              rows={rows.data}
              rowKey={(c) => c.claim_id}
              sort={sort}
              onSort={(key, dir) => {
                if ((SORTABLE as readonly string[]).includes(key))
                  update({ sort: { key: key as SortKey, dir } });
              }}
              selectedKey={state.claim}
              empty="No claim matches these filters."
            />
            {total !== undefined && total > rows.data.length && !rows.isPlaceholderData && (
              <button
                type="button"
                className="show-more"
                onClick={() => {
                  setLanding({ viewKey, row: rows.data?.length ?? 0 });
                  setPaged({ viewKey, limit: limit + PAGE });
                }}
              >
                Show {countText(Math.min(PAGE, total - rows.data.length))} more (
                {countText(total - rows.data.length)} not shown)
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
