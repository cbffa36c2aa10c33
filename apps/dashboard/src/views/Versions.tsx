import type { ReleaseIndex } from "@tally/dataset";
import {
  type DescriptorChange,
  descriptorChanges,
  descriptorDiff,
  diffedTables,
  diffReleases,
  type FieldChange,
  fieldChangeText,
  type ReleaseDiff,
  tableChangesText,
} from "@tally/dataset/diff";
import { downloadBlob, isolateName, isolateRuns } from "@tally/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { BreakableId } from "../BreakableId.js";
import { ChangelogEntry } from "../ChangelogEntry.js";
import { renamedClaims } from "../claimRenames.js";
import { fetchDescriptor } from "../dataSource.js";
import { type DescriptorOutcome, diffCsv } from "../diffExport.js";
import { type DiffSummaryRow, diffSummary } from "../diffSummary.js";
import { ErrorBox, Loading } from "../Feedback.js";
import { Link } from "../Link.js";
import { linkValue } from "../linkValue.js";
import { PagedList } from "../PagedList.js";
import { countOf, countText } from "../plural.js";
import { compareReleases, olderAndNewer } from "../releaseOrder.js";
import { readReleaseTables } from "../releaseTables.js";
import { Timestamp } from "../Timestamp.js";
import { useUrlState } from "../useUrlState.js";

/**
 * A changed claim's fields as the CHANGELOG words them (`fieldChangeText`: texts in quotes, so
 * "; value_low 100 → 120" inside a quote reads as the quote's), each quoted value isolated: a
 * change from one right-to-left name to another read backwards, Hebrew → Arabic for Arabic →
 * Hebrew (an outside audit).
 */
const changesText = (changes: readonly FieldChange[]) => isolateRuns(changes.map(fieldChangeText).join("; "));

/** Claims per page of an added, removed or changed list. */
const PAGE = 100;

const rowsText = (n: number) => countOf(n, "row");

const SOFT_HYPHEN = "\u00AD";

/** What a field's line adds when one release has no such column (`DiffSummaryRow.fields`). */
const NEW_OR_DROPPED = { before: "; a new column", after: "; a column dropped", none: "" } as const;

/**
 * What the descriptor says changed (`descriptorChanges`, as the CHANGELOG and `pnpm dataset diff`
 * word it), or why it could not be told: release 1.1.1 changed its descriptor alone, and Versions
 * showed a table of zeros.
 */
type DescriptorComparison = { lines: string[]; changes: DescriptorChange[] } | { error: string };

function DescriptorChanges({
  descriptor,
  rowsChanged,
  from,
  to,
}: {
  descriptor: DescriptorComparison;
  rowsChanged: boolean;
  from: string;
  to: string;
}) {
  return (
    <>
      <h3>Descriptor (datapackage.json)</h3>
      {"error" in descriptor ? (
        <p className="note" data-testid="descriptor-unknown">
          The two descriptors could not be compared: {descriptor.error}
        </p>
      ) : descriptor.lines.length === 0 ? (
        <p className="note">The descriptor did not change.</p>
      ) : (
        <>
          {/* Named: "this release" read as the release in use, which may be the older one. */}
          {!rowsChanged && (
            <p className="note" data-testid="descriptor-only">
              No row changed from {from} to {to}: only the descriptor did, the words and settings a reader of
              the CSV files goes by.
            </p>
          )}
          <ul className="diff-descriptor">
            {/* Isolated as the rows' changes are: a title changed from a Hebrew name to an Arabic
                one read Arabic → Hebrew. */}
            {descriptor.lines.map((line) => (
              <li key={line}>{isolateRuns(line)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The comparison's CSV (`diffCsv`), and "CSV downloaded." in a status region, as other downloads say. */
function DiffDownload({
  diff,
  descriptor,
  dataset,
  from,
  to,
}: {
  diff: ReleaseDiff;
  descriptor: DescriptorOutcome;
  dataset: string;
  from: string;
  to: string;
}) {
  const [said, setSaid] = useState("");
  return (
    <p className="diff-download">
      <button
        type="button"
        onClick={() => {
          const file = diffCsv(diff, descriptor, dataset, from, to);
          downloadBlob(new Blob([file.text], { type: "text/csv;charset=utf-8" }), file.name);
          setSaid("CSV downloaded.");
        }}
      >
        Download this comparison (CSV)
      </button>{" "}
      <span className="muted">
        every row added or removed, every field changed and every change to the descriptor, one line each.
      </span>{" "}
      <span role="status" className="tally-status" data-testid="diff-download-status">
        {said}
      </span>
    </p>
  );
}

function DiffView({
  diff,
  summary,
  descriptor,
  dataset,
  from,
  to,
}: {
  diff: ReleaseDiff;
  summary: DiffSummaryRow[];
  descriptor: DescriptorComparison;
  dataset: string;
  from: string;
  to: string;
}) {
  const claims = diff.claims;
  const renamed = useMemo(() => renamedClaims(diff), [diff]);
  const rowsChanged = summary.some((t) => t.added + t.removed + t.changed > 0);
  const descriptorChanged = !("lines" in descriptor) || descriptor.lines.length > 0;
  const descriptorEdits = "changes" in descriptor ? descriptor.changes : [];
  const descriptorOutcome = "error" in descriptor ? { error: descriptor.error } : descriptorEdits;
  // Every other table's rows, by id: the counts said "events changed 1" and nothing said which
  // event, or that its date moved (an outside audit).
  const otherTables = diffedTables(diff)
    .filter((table) => table !== "claims")
    .map((table) => ({ table, text: tableChangesText(table, diff[table]!) }))
    .filter((t) => t.text !== "");
  return (
    <section aria-labelledby="diff-h">
      <h2 id="diff-h">
        Changes from {from} to {to}
      </h2>
      {!rowsChanged && !descriptorChanged && (
        <p className="note" data-testid="no-changes">
          Nothing changed from {from} to {to}: no row of any table and no word of the descriptor. The release
          notes below may say what else did.
        </p>
      )}
      {/* Keyed by the pair: "CSV downloaded." is of one comparison, not of the next one picked.
          Offered for a change of the descriptor alone too, which 1.1.0 → 1.1.1 is. */}
      {(rowsChanged || descriptorEdits.length > 0) && (
        <DiffDownload
          key={`${from} ${to}`}
          diff={diff}
          descriptor={descriptorOutcome}
          dataset={dataset}
          from={from}
          to={to}
        />
      )}
      {/* Numbers and their headings both right-aligned: a left heading over a right-aligned number
          in a wide column put each number under the next heading (claims "Removed 5"). */}
      <table className="tally-table">
        <caption>Rows added, removed and changed per table</caption>
        <thead>
          <tr>
            <th scope="col">Table</th>
            {/* May break, with a hyphen, only where the screen is too narrow for them whole: at
                WCAG's 320 px the table was 364 px wide (an outside audit). */}
            <NumberHeadings labels={["Added", `Re${SOFT_HYPHEN}moved`, `Chan${SOFT_HYPHEN}ged`]} />
          </tr>
        </thead>
        <tbody>
          {summary.map((t) => (
            <tr key={t.table} data-table={t.table}>
              <th scope="row">
                <BreakableId id={t.table} />
              </th>
              <td className="num">{t.added}</td>
              <td className="num">{t.removed}</td>
              <td className="num">{t.changed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* A list, not a fifth column: field names are long, and the table must fit a phone. */}
      <h3>Fields changed</h3>
      {summary.some((t) => t.fields.length > 0) ? (
        <ul className="diff-fields">
          {summary
            .filter((t) => t.fields.length > 0)
            .map((t) => (
              <li key={t.table} data-table={t.table}>
                {t.table}:{" "}
                {t.fields
                  .map((f) => `${f.field} (${rowsText(f.rows)}${NEW_OR_DROPPED[f.absent ?? "none"]})`)
                  .join(", ")}
              </li>
            ))}
        </ul>
      ) : (
        <p className="note">No field changed in a row both releases have.</p>
      )}
      <DescriptorChanges descriptor={descriptor} rowsChanged={rowsChanged} from={from} to={to} />
      <h3>Claims added ({countText(claims.added.length)})</h3>
      <PagedList
        items={claims.added}
        page={PAGE}
        className="diff-added"
        item={(c) => (
          <li key={c.claim_id}>
            <Link to={{ view: "claims", version: to, claim: c.claim_id, compare: null }}>{c.claim_id}</Link>:{" "}
            <ClaimInBrief claim={c} />
            {renamed.has(c.claim_id) && <> — all else as removed {renamed.get(c.claim_id)}: renamed?</>}
          </li>
        )}
      />
      <h3>Claims removed ({countText(claims.removed.length)})</h3>
      <PagedList
        items={claims.removed}
        page={PAGE}
        className="diff-removed"
        item={(c) => (
          <li key={c.claim_id}>
            {/* To the older release, the one that has it. */}
            <Link to={{ view: "claims", version: from, claim: c.claim_id, compare: null }}>{c.claim_id}</Link>
            : <ClaimInBrief claim={c} />
            {renamed.has(c.claim_id) && <> — all else as added {renamed.get(c.claim_id)}: renamed?</>}
          </li>
        )}
      />
      <h3>Claims changed ({countText(claims.changed.length)})</h3>
      <PagedList
        items={claims.changed}
        page={PAGE}
        className="diff-changed"
        item={(c) => (
          <li key={c.id}>
            <Link to={{ view: "claims", version: to, claim: c.id, compare: null }}>{c.id}</Link>:{" "}
            {changesText(c.changes)}
          </li>
        )}
      />
      {otherTables.length > 0 && (
        <>
          <h3>Other tables' rows</h3>
          <ul className="diff-other">
            {otherTables.map((t) => (
              <li key={t.table} data-table={t.table}>
                {t.table}: {isolateRuns(t.text)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * An added or removed claim in brief: its figure, who gave it, and its group, which the id alone
 * did not say (an outside audit read "c-bulk-0001: 11 — משטרה" and could not place it).
 */
function ClaimInBrief({ claim }: { claim: ReleaseDiff["claims"]["added"][number] }) {
  return (
    <>
      {isolateName(claim.figure_text)} — {isolateName(claim.attributed_to)}{" "}
      <span className="muted">
        ({claim.event_id} / {claim.metric})
      </span>
    </>
  );
}

/** Pick the release every view uses, and compare two releases with the dataset package's diff. */
export function Versions({
  base,
  index,
  version,
}: {
  base: string;
  index: ReleaseIndex;
  version: string | null;
}) {
  const [state, update] = useUrlState();
  const compare = state.compare;
  const compareKnown = index.releases.some((r) => r.version === compare);
  const known = index.releases.some((r) => r.version === version);
  // A release compared with itself is no comparison: it drew a table of zeros under a picker that
  // said "choose a release".
  const compareSelf = compare !== null && compare === version;
  // The change is told from the older release to the newer whichever is in use: comparing 1.0.0
  // with 1.1.0 read "Changes from 1.1.0 to 1.0.0", the claims 1.1.0 added listed as removed.
  const [from, to] =
    compare !== null && version !== null ? olderAndNewer(index, compare, version) : [compare, version];
  // Oldest first by version, as the caption says, whatever order the index lists them in.
  const releases = [...index.releases].sort((a, b) => compareReleases(index, a.version, b.version));
  const diff = useQuery({
    queryKey: ["diff", base, from, to],
    queryFn: async () => {
      const filesOf = (v: string) => index.releases.find((r) => r.version === v)?.sha256 ?? {};
      const [a, b] = await Promise.all([
        readReleaseTables(base, from!, filesOf(from!)),
        readReleaseTables(base, to!, filesOf(to!)),
      ]);
      const diff = diffReleases(a.tables, b.tables, { before: a.absent, after: b.absent });
      // Not worth failing the rows' comparison over: a build from before descriptors were
      // published, or one that lost the file, still shows what the rows say.
      const descriptor: DescriptorComparison = await Promise.all([
        fetchDescriptor(base, from!),
        fetchDescriptor(base, to!),
      ]).then(
        ([was, now]) => ({ lines: descriptorChanges(was, now), changes: descriptorDiff(was, now) }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      );
      return { diff, summary: diffSummary(diff), descriptor };
    },
    enabled: compare !== null && version !== null && compareKnown && known && !compareSelf,
    staleTime: Infinity,
    retry: false,
  });
  return (
    <section aria-labelledby="ve-h">
      <h1 id="ve-h">Versions of {index.title ?? index.name}</h1>
      {version && !known && (
        <div className="error" role="alert">
          {/* Through linkValue, as the other views' notice: `v=%E2%80%AE1.1.2` drew the sentence
              backwards, "Release siht ni ton si 2.1.1", and 3,000 digits ran on whole. */}
          <strong>Release {linkValue(version)} is not in this dataset's index.</strong>
          {/* The address's compare= said too: dropped without a word, an outside audit took the
              comparison it asked for to have nothing to show. */}
          {compare && (
            <p>
              So there is nothing to compare with release {linkValue(compare)}, which the address asks for.
            </p>
          )}
          <p className="hint">Pick one of the releases below.</p>
        </div>
      )}
      <table className="tally-table">
        {/* By version, as releases are numbered: "newest last" sat over dates out of that order when a
            lower version was cut later (an outside audit). */}
        <caption>Releases by version, lowest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col" className="wide-only">
              Created
            </th>
            <NumberHeadings labels={["Sources", "Events", "Claims"]} />
            <th scope="col" className="not-narrowest">
              Use
            </th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.version} aria-current={r.version === version ? "true" : undefined}>
              <th scope="row">
                {r.version}
                {r.version === index.latest && <span className="muted"> (latest)</span>}
                {/* Below 600 px the time goes under the version: six columns did not fit 390 px. */}
                <span className="narrow-only muted">
                  <Timestamp at={r.created} />
                </span>
                <span className="narrowest-only">
                  <ReleaseUse release={r.version} inUse={r.version === version} />
                </span>
              </th>
              <td className="nowrap wide-only">
                <Timestamp at={r.created} />
              </td>
              <td className="num">{r.counts.sources}</td>
              <td className="num">{r.counts.events}</td>
              <td className="num">{r.counts.claims}</td>
              <td className="not-narrowest">
                <ReleaseUse release={r.version} inUse={r.version === version} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {version && known && index.releases.length > 1 && (
        <ComparePicker
          version={version}
          compare={compare}
          others={releases.filter((r) => r.version !== version).map((r) => r.version)}
          choose={(v) => update({ compare: v }, { settle: "compare" })}
        />
      )}
      {version && known && index.releases.length === 1 && (
        <p className="note" data-testid="single-release">
          This dataset has one release, {version}, so there is no other release to compare it with yet.
        </p>
      )}
      {compare && !compareKnown && (
        <div className="error" role="alert" data-testid="unknown-compare">
          <strong>
            Release {linkValue(compare)} is not in this dataset's index, so there is nothing to compare.
          </strong>
          <p className="hint">Pick a release to compare with above.</p>
        </div>
      )}
      {compareSelf && known && (
        <p className="note" data-testid="same-compare">
          Release {compare} is the release in use, so there is nothing to compare: pick another release to
          compare it with above.
        </p>
      )}
      {compare &&
        compareKnown &&
        known &&
        !compareSelf &&
        (diff.error ? (
          <ErrorBox error={diff.error} title={`Could not compare ${from} with ${to}`} />
        ) : diff.data ? (
          <DiffView
            diff={diff.data.diff}
            summary={diff.data.summary}
            descriptor={diff.data.descriptor}
            dataset={index.name}
            from={from!}
            to={to!}
          />
        ) : (
          <Loading label={`Reading releases ${from} and ${to}…`} />
        ))}
      {version && known && <ChangelogEntry base={base} index={index} version={version} />}
    </section>
  );
}

/**
 * How long the keys must rest on a release before it is compared. The arrow keys step a closed
 * <select> through its options, one change each, and each step read both releases' files, checked
 * their SHA-256 and diffed them: four comparisons to reach the fourth release (an outside audit).
 */
export const COMPARE_SETTLE_MS = 500;

/** How soon after a key goes down a change is that key's step of the closed picker. */
const KEY_STEP_MS = 100;

/**
 * The release to compare with. A choice made with the mouse, or in the open list, is compared at
 * once; one the keys step to on the closed picker waits until they rest on it (`COMPARE_SETTLE_MS`),
 * or Enter is pressed, or the picker is left, so the releases passed on the way are never compared.
 */
function ComparePicker({
  version,
  compare,
  others,
  choose,
}: {
  version: string;
  compare: string | null;
  others: readonly string[];
  choose: (release: string | null) => void;
}) {
  // The release the keys stepped to, shown in the picker, not yet compared ("" for none).
  const [stepped, setStepped] = useState<string | null>(null);
  // When a key last went down on the picker. The closed picker steps in the key's default action,
  // so its change comes at once; a list the keyboard opened (Space, Alt+Down, or any arrow on macOS)
  // takes the keys itself, and a choice made there, by Enter or the mouse, comes much later.
  const keyAt = useRef(Number.NEGATIVE_INFINITY);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settle = (release: string) => {
    clearTimeout(timer.current);
    setStepped(null);
    if (release !== (compare ?? "")) choose(release || null);
  };
  // A comparison picked elsewhere (Back, a link) drops a step still waiting; so does leaving the view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run when the comparison in the address changes.
  useEffect(() => {
    setStepped(null);
    return () => clearTimeout(timer.current);
  }, [compare, version]);
  return (
    <label className="field">
      Compare {version} with{" "}
      <select
        name="compare"
        value={stepped ?? compare ?? ""}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            if (stepped !== null) settle(stepped);
          } else keyAt.current = performance.now();
        }}
        onBlur={() => {
          keyAt.current = Number.NEGATIVE_INFINITY;
          if (stepped !== null) settle(stepped);
        }}
        onChange={(e) => {
          const release = e.target.value;
          if (performance.now() - keyAt.current > KEY_STEP_MS) return settle(release);
          setStepped(release);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => settle(release), COMPARE_SETTLE_MS);
        }}
      >
        <option value="">choose a release</option>
        {others.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "in use" for the release on screen, else the link that switches to it. */
function ReleaseUse({ release, inUse }: { release: string; inUse: boolean }) {
  if (inUse) return "in use";
  return (
    // The row's heading names the version; at 390 px "use 1.0.0" broke inside the number.
    <Link to={{ version: release, view: "overview", compare: null }} label={`use release ${release}`}>
      use
    </Link>
  );
}

/** Column headings over numbers, right-aligned as the numbers are. */
function NumberHeadings({ labels }: { labels: readonly string[] }) {
  return labels.map((label) => (
    <th key={label} scope="col" className="num">
      {label}
    </th>
  ));
}
