import { verdictStyle } from "@tally/ui";
import { formatGap, gapWidth, rankGroups } from "../claimVerdicts.js";
import { useRelease } from "../data.js";
import { Link } from "../Link.js";

export function Overview() {
  const { summary, findings, index, version } = useRelease();
  const verdictCounts = new Map<string, number>();
  for (const g of findings.groups) verdictCounts.set(g.verdict, (verdictCounts.get(g.verdict) ?? 0) + 1);
  const top = rankGroups(findings.groups).slice(0, 5);
  return (
    <section aria-labelledby="ov-h">
      <h2 id="ov-h">Overview</h2>
      <dl className="facts">
        <dt>Dataset</dt>
        <dd>{summary.title ? `${summary.title} (${summary.name})` : summary.name}</dd>
        <dt>Release</dt>
        <dd>
          {version} <span className="muted">created {summary.created}</span>
          {index.latest && index.latest !== version && (
            <span className="muted"> · latest is {index.latest}</span>
          )}
        </dd>
      </dl>
      <ul className="counts" aria-label="Counts">
        {(["sources", "events", "metrics", "claims"] as const).map((k) => (
          <li key={k}>
            <span className="n">{summary.counts[k]}</span> {k}
          </li>
        ))}
      </ul>
      <h3>Validation</h3>
      <ul className="counts" aria-label="Findings by severity">
        <li>
          <span className="n">{findings.summary.errors}</span> errors
        </li>
        <li>
          <span className="n">{findings.summary.warnings}</span> warnings
        </li>
        <li>
          <span className="n">{findings.summary.infos}</span> notes
        </li>
      </ul>
      <p>
        {findings.groups.length} event/metric groups rated:{" "}
        {[...verdictCounts].map(([v, n]) => `${n} ${verdictStyle(v).label.toLowerCase()}`).join(", ") ||
          "none"}
        . Validated {findings.generated}
        {findings.corpus_used ? " with the source-text corpus" : ""}, tolerance {findings.tolerance}.{" "}
        <Link to={{ view: "findings" }}>See all findings</Link>
      </p>
      {top.length > 0 && (
        <>
          <h3>Largest discrepancies</h3>
          <ol>
            {top.map((g) => (
              <li key={`${g.event_id}/${g.metric}`}>
                <Link
                  to={{
                    view: "discrepancies",
                    filters: { event: g.event_id, metric: g.metric },
                    claim: null,
                  }}
                >
                  {g.event_id} — {g.metric}
                </Link>{" "}
                {verdictStyle(g.verdict).label}
                {g.verdict === "conflict" &&
                  `, gap ${formatGap(Number.isFinite(gapWidth(g)) ? g.max_gap_ratio : null)}`}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
