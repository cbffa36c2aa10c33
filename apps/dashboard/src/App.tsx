import { focusHeading } from "@tally/ui";
import { lazy, Suspense, useEffect, useRef } from "react";
import { type Release, ReleaseContext, useIndex, useSession, useSummary } from "./data.js";
import { dataBase } from "./dataSource.js";
import { EngineAnnouncement, EngineStatus, ErrorBox, LinkNotice, Loading } from "./Feedback.js";
import { focusAfterRemoval } from "./focusAfterRemoval.js";
import { elementOfMark, focusMarkOfEntry } from "./focusMark.js";
import { Link } from "./Link.js";
import { linkValue } from "./linkValue.js";
import { OriginBanner, versionTag } from "./OriginBanner.js";
import { unknownViewOf, type View } from "./urlState.js";
import { hrefFor, useUrlState } from "./useUrlState.js";
import { Claims } from "./views/Claims.js";
import { Discrepancies } from "./views/Discrepancies.js";
import { Findings } from "./views/Findings.js";
import { Overview } from "./views/Overview.js";

// Views that pull in large code (Arrow readers, a second engine, arquero's 77 KB gzip) load only
// when opened. Trends waits for DuckDB-WASM anyway, so its chunk arrives well before its data.
/** How long a new view's heading is followed with focus while the view loads its data. */
const HEADING_SETTLES_MS = 15_000;

const Trends = lazy(() => import("./views/Trends.js").then((m) => ({ default: m.Trends })));
const Versions = lazy(() => import("./views/Versions.js").then((m) => ({ default: m.Versions })));
const SqlConsole = lazy(() => import("./views/SqlConsole.js").then((m) => ({ default: m.SqlConsole })));

const NAV: { view: View; label: string }[] = [
  { view: "overview", label: "Overview" },
  { view: "trends", label: "Trends" },
  { view: "discrepancies", label: "Discrepancies" },
  { view: "claims", label: "Claims" },
  { view: "findings", label: "Findings" },
  { view: "versions", label: "Versions" },
  { view: "sql", label: "SQL console" },
];

function safeBase(data: string | null): { base: string; error: unknown } {
  try {
    return { base: dataBase(data), error: null };
  } catch (error) {
    return { base: "", error };
  }
}

export function App() {
  const [state, update] = useUrlState();
  const { base, error: baseError } = safeBase(state.data);
  const index = useIndex(base);
  const version = state.version ?? index.data?.latest ?? index.data?.releases.at(-1)?.version ?? null;
  // A link to a release the index does not list: said so, rather than fetched as if a build had
  // lost its files (an outside review got HTTP 404 and "run pnpm build:data").
  const known = index.data?.releases.some((r) => r.version === version) ?? false;
  const summary = useSummary(base, index.data && known ? version : null);
  // The engine starts once the first view can paint from summary.json, never before; findings.json
  // (hundreds of MB on a large release) is fetched only by the Findings view.
  const session = useSession(base, summary.data ? version : null, summary.data?.files);

  // A control that went with the notice it cleared leaves focus nowhere: the heading takes it.
  useEffect(() => focusAfterRemoval(), []);
  // A view replaced by another (a nav link, "See all findings", Back): its heading takes focus, so
  // a screen reader says where the reader now is (an outside review heard nothing), once the view
  // has drawn it.
  // A view may draw its heading twice, loading and then loaded (Trends on its first visit): focus
  // follows the heading until the view settles, unless the reader has moved it (an outside review
  // found it on the body after the first move to Trends).
  const shownView = useRef(state.view);
  useEffect(() => {
    if (shownView.current === state.view) return;
    shownView.current = state.view;
    let frame = 0;
    const until = performance.now() + HEADING_SETTLES_MS;
    let focused: Element | null = null;
    // Back (or Forward) to an entry left by a link: focus goes back where it was, once drawn.
    const back = focusMarkOfEntry();
    const attempt = () => {
      const active = document.activeElement;
      const lost = active === null || active === document.body;
      if (focused === null || (lost && !focused.isConnected)) {
        // Brought into sight: the page kept the last view's scroll, and at 390 px a link from far
        // down Overview opened Discrepancies 1,567 px down, its chart and heading (with focus)
        // out of sight above (an outside audit). Loaded directly, a view opens at its top. Not on
        // Back, where the browser puts the scroll back where it was.
        if (focusHeading({ reveal: back === null })) focused = document.activeElement;
      } else if (active !== focused) return;
      const again = back === null ? null : elementOfMark(back);
      if (again !== null) {
        again.focus();
        return;
      }
      if (performance.now() < until) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [state.view]);

  const title = summary.data?.title ?? index.data?.title ?? index.data?.name ?? "Tally";
  // "?view=nope" falls back to the default view in the state; the tab and the menu must not say
  // that view is shown when the page says "Unknown view" (an outside review).
  const unknownView = unknownViewOf(window.location.search);
  // Likewise a release the index does not list: the page says so, not the view (Versions, which
  // lists the releases, is shown as ever).
  const unknownRelease = Boolean(version && index.data && !known && state.view !== "versions");
  const current = unknownView === null && !unknownRelease ? state.view : null;
  useEffect(() => {
    const label =
      unknownView !== null
        ? "Unknown view"
        : unknownRelease
          ? "No such release"
          : (NAV.find((n) => n.view === current)?.label ?? "");
    document.title = `${label} · ${title}${version && known ? ` ${versionTag(version, base)}` : ""}`;
  }, [current, title, version, known, base, unknownView, unknownRelease]);

  const release: Release | null =
    index.data && version && summary.data
      ? { base, index: index.data, version, summary: summary.data }
      : null;

  let body: React.ReactNode;
  if (baseError) body = <ErrorBox error={baseError} title="Cannot read the data address" pageHeading />;
  else if (unknownView !== null)
    body = (
      <LinkNotice testId="unknown-view" title="Unknown view" pageHeading>
        This dashboard has no view called “{linkValue(unknownView)}”. Pick one of the views above.
      </LinkNotice>
    );
  else if (index.error) body = <ErrorBox error={index.error} title="No release index" pageHeading />;
  else if (!index.data) body = <Loading label="Loading the release index…" />;
  else if (state.view === "versions")
    body = (
      <Suspense fallback={<Loading label="Loading the versions view…" />}>
        <Versions base={base} index={index.data} version={version} />
      </Suspense>
    );
  else if (version && !known)
    body = (
      <LinkNotice
        testId="unknown-release"
        title={`No release “${linkValue(version)}” in this dataset`}
        pageHeading
      >
        Its releases are {index.data.releases.map((r) => r.version).join(", ")}: the link may come from
        another copy of the data. <Link to={{ version: null }}>Open the latest release</Link> or pick one
        under <Link to={{ view: "versions", version: null, claim: null }}>Versions</Link>.
      </LinkNotice>
    );
  else if (summary.error)
    body = (
      <ErrorBox
        error={summary.error}
        title={`Release ${version ?? "(none)"} could not be loaded`}
        pageHeading
      />
    );
  else if (!version)
    body = <ErrorBox error={new Error("This dataset has no releases yet.")} title="No release" pageHeading />;
  else if (!release) body = <Loading label={`Loading release ${version}…`} />;
  else
    body = (
      <ReleaseContext.Provider value={release}>
        {state.view === "overview" && <Overview />}
        {state.view === "trends" && (
          <Suspense fallback={<Loading label="Loading the trends view…" />}>
            <Trends />
          </Suspense>
        )}
        {state.view === "discrepancies" && <Discrepancies />}
        {state.view === "claims" && <Claims />}
        {state.view === "findings" && <Findings />}
        {state.view === "sql" && (
          <Suspense fallback={<Loading label="Loading the SQL console…" />}>
            <SqlConsole />
          </Suspense>
        )}
      </ReleaseContext.Provider>
    );

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <div className="brand">
          <strong>{title}</strong>
          {version && known && (
            <span className="release-tag">
              {index.data?.name ?? "dataset"}@{versionTag(version, base)}
            </span>
          )}
        </div>
        <nav aria-label="Views">
          <ul>
            {NAV.map((n) => (
              <li key={n.view}>
                <a
                  href={hrefFor(state, { view: n.view, claim: null })}
                  aria-current={current === n.view ? "page" : undefined}
                  onClick={(e) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                    e.preventDefault();
                    update({ view: n.view, claim: null });
                  }}
                >
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <EngineStatus />
        <EngineAnnouncement readyVersion={session.isSuccess ? version : null} />
        <OriginBanner base={base} />
      </header>
      <main id="main" tabIndex={-1}>
        {body}
      </main>
    </>
  );
}
