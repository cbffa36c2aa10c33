import { isolateName, isolateRuns } from "@tally/ui";
import type { Finding } from "@tally/validation";
import { Fragment, useId, useState } from "react";
import { DatesWhole } from "../DatesWhole.js";
import { useFindings, useRelease, useSql } from "../data.js";
import { ErrorBox, Loading, WaitingForEngine } from "../Feedback.js";
import { Link } from "../Link.js";
import { PagedList } from "../PagedList.js";
import { countOf, countText } from "../plural.js";
import { NO_FILTERS } from "../urlState.js";
import { type Fold, foldKey, foldOf, keepFold } from "./findingFolds.js";

const SEVERITIES = ["error", "warning", "info"] as const;
/** In the words of the counts above them ("2 warnings, 47 notes"), where they read "info (47)". */
const SEVERITY_HEADINGS = { error: "Errors", warning: "Warnings", info: "Notes" } as const;

function location(f: Finding): string {
  const parts = [
    f.file,
    f.row !== undefined && `row ${f.row}`,
    f.line !== undefined && `line ${f.line}`,
    f.column && `column ${f.column}`,
  ];
  return parts.filter(Boolean).join(", ");
}

/** Each event's short title and each metric's label, for the words a finding's message starts with. */
const WORDS_SQL =
  "SELECT DISTINCT event_id, event_short_title, metric, metric_label FROM claim_view ORDER BY event_id, metric";

/**
 * A group finding's message reads "<event id> / <metric id>: …" as the CLI prints it; on screen
 * the ids become the event's short title and the metric's label once the engine has them. The
 * names the message quotes from the data are isolated (`isolateRuns`): the CLI's text formats show
 * a direction control as an escape, and the JSON this view reads keeps the text as written.
 */
function inWords(f: Finding, words: Words): string {
  const prefix = `${f.event_id} / ${f.metric}: `;
  if (!f.event_id || !f.metric || !f.message.startsWith(prefix)) return isolateRuns(f.message);
  return `${groupWords(f, words)}: ${isolateRuns(f.message.slice(prefix.length))}`;
}

type Words = Map<string, { event: string; metric: string }> | undefined;

/** "Liaoning, 2019 — North Koreans detained": the finding's group in words, or its ids until then. */
function groupWords(f: Finding, words: Words): string {
  const w = words?.get(`${f.event_id}\u0000${f.metric}`);
  // Isolated: an Arabic metric label took the ": 2 readings" after it into its right-to-left run.
  return w ? `${isolateName(w.event)} — ${isolateName(w.metric)}` : `${f.event_id} / ${f.metric}`;
}

/** One finding: its message, where it is, and links to its group and its claims. */
function FindingItem({ f, words }: { f: Finding; words: Words }) {
  return (
    <li>
      <span>
        <DatesWhole text={inWords(f, words)} />
      </span>
      {location(f) && <span className="muted"> — {location(f)}</span>}
      {f.event_id && f.metric && (
        <>
          {" "}
          {f.rule === "implied-counts" && f.claim_ids?.[0] ? (
            // A share's implied count is of another metric than its base's group: that group's
            // chart drew neither the share nor its range (an outside audit). The event's claims,
            // the share open, hold both the share and the counts it is set against.
            <Link
              to={{ view: "claims", claim: f.claim_ids[0], filters: { ...NO_FILTERS, event: f.event_id } }}
              label={`compare share ${f.claim_ids[0]} with the counts of ${groupWords(f, words)}`}
            >
              compare
            </Link>
          ) : (
            <Link
              to={{
                view: "discrepancies",
                // Just this group, as a claim link sets just its event: merged, a leftover outlet
                // or quote search narrowed the claims it opens over.
                filters: { ...NO_FILTERS, event: f.event_id, metric: f.metric },
                claim: null,
              }}
              // Read as a list of links, 37 "compare"s said nothing of where each goes.
              label={`compare the claims of ${groupWords(f, words)}`}
            >
              compare
            </Link>
          )}
        </>
      )}
      {f.claim_ids && f.claim_ids.length > 0 && (
        <span className="claim-links">
          {" "}
          claims:{" "}
          {f.claim_ids.map((id, i) => (
            // A space between the ids: links side by side with none ran on as one unbreakable
            // word ("c001c002…c024"), 50 px past a 320 px window.
            <Fragment key={id}>
              {i > 0 && " "}
              <Link
                // The event only: a finding's claims may be of several metrics (a
                // share and the count it implies), and a metric filter would leave
                // the share out of the table it opens over.
                to={{
                  view: "claims",
                  claim: id,
                  filters: { ...NO_FILTERS, event: f.event_id ?? null },
                }}
                label={`claim ${id}`}
              >
                {id}
              </Link>
            </Fragment>
          ))}
        </span>
      )}
    </li>
  );
}

/** Findings shown at first, and added by each "Show more", in one rule's list. */
const PAGE = 200;

/**
 * One rule's findings, folded when there are more than 20. A folded list renders nothing until it
 * is opened, and an open one renders `PAGE` findings at a time (`PagedList`).
 */
function RuleFindings({
  rule,
  list,
  words,
  foldAt,
}: {
  rule: string;
  list: readonly Finding[];
  words: Words;
  /** Where the list's fold is kept while the reader is away (`findingFolds`). */
  foldAt: string;
}) {
  const [fold, setFold] = useState(() => foldOf(foldAt) ?? { open: list.length <= 20, shown: PAGE });
  const change = (next: Fold) => {
    keepFold(foldAt, next);
    setFold(next);
  };
  const open = fold.open;
  const panel = useId();
  return (
    <>
      {/* A heading holding the button that shows the list (the disclosure pattern): a screen
          reader's list of headings reaches each rule (an outside review found none below the
          severities), and the rule is said once, where a hidden heading beside a <summary> said it
          twice (an outside audit). */}
      <h3 className="rule-heading">
        <button
          type="button"
          className="rule-toggle"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => change({ ...fold, open: !open })}
        >
          <code>{rule}</code> ({countText(list.length)})
        </button>
      </h3>
      <div id={panel}>
        {open && (
          <PagedList
            items={list}
            page={PAGE}
            className="findings"
            initiallyShown={fold.shown}
            onShown={(shown) => change({ open: true, shown })}
            // The index as key: findings have no id and are never reordered.
            item={(f, i) => <FindingItem key={i} f={f} words={words} />}
          />
        )}
      </div>
    </>
  );
}

/** The validator's findings for the release, as `pnpm validate` prints them, grouped by severity and rule. */
export function Findings() {
  const { base, version } = useRelease();
  // Fetched only here: the rest of the app never waits for the validator's full output.
  const loaded = useFindings(base, version);
  const named = useSql<{ event_id: string; event_short_title: string; metric: string; metric_label: string }>(
    WORDS_SQL,
  );
  const words = named.data
    ? new Map(
        named.data.map((r) => [
          `${r.event_id}\u0000${r.metric}`,
          { event: r.event_short_title, metric: r.metric_label },
        ]),
      )
    : undefined;
  // The heading stands whatever the file does: while it loaded, or when it failed, the view had
  // no h1, so a link here ("See all findings") left focus on the body and a screen reader said
  // nothing of where it was (an outside audit).
  const heading = <h1 id="fi-h">Findings for release {version}</h1>;
  if (loaded.error || !loaded.data)
    return (
      <section aria-labelledby="fi-h">
        {heading}
        {loaded.error ? (
          <ErrorBox error={loaded.error} title={`Release ${version}'s findings could not be loaded`} />
        ) : (
          <Loading label={`Loading the findings for release ${version}…`} />
        )}
      </section>
    );
  const findings = loaded.data;
  // The list waits for the words: drawn with ids first, every group's line changed under the
  // reader's eyes a second later. If the engine fails, the ids are the best there is.
  const naming = !words && !named.error && !named.engine.error;
  const unnamed: unknown = named.engine.error ?? named.error ?? null;
  return (
    <section aria-labelledby="fi-h">
      {heading}
      <p>
        {countOf(findings.summary.errors, "error")}, {countOf(findings.summary.warnings, "warning")},{" "}
        {countOf(findings.summary.infos, "note")}.
      </p>
      {naming && findings.findings.length > 0 && (
        <WaitingForEngine label="Naming each finding's event and metric…" />
      )}
      {/* Said, as every view that queries says it: the list fell back to ids
          ("repatriation-2023-10-09 / repatriated_persons") with no word of why (an outside audit). */}
      {unnamed !== null && findings.findings.length > 0 && (
        <ErrorBox
          error={unnamed}
          title="Events and metrics are given by their ids: the query engine could not name them"
          otherwise="Reload the page to try again; the findings below are complete."
        />
      )}
      {SEVERITIES.map((sev) => {
        if (naming) return null;
        const mine = findings.findings.filter((f) => f.severity === sev);
        if (mine.length === 0) return null;
        const rules = [...new Set(mine.map((f) => f.rule))].sort();
        return (
          <section key={sev} className={`sev sev-${sev}`} aria-labelledby={`sev-${sev}`}>
            <h2 id={`sev-${sev}`}>
              {SEVERITY_HEADINGS[sev]} ({countText(mine.length)})
            </h2>
            {rules.map((rule) => (
              <RuleFindings
                key={rule}
                rule={rule}
                list={mine.filter((f) => f.rule === rule)}
                words={words}
                foldAt={foldKey(base, version, sev, rule)}
              />
            ))}
          </section>
        );
      })}
      {findings.findings.length === 0 && <p>The validator found nothing to report.</p>}
    </section>
  );
}
