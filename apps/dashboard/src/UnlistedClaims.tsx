import { useRelease, useSql } from "./data.js";
import { countOf, countText } from "./plural.js";
import { UNLISTED_CLAIMS_LIMIT, UNLISTED_CLAIMS_SQL } from "./queries.js";

interface UnlistedClaim {
  claim_id: string;
  event_id: string;
  source_id: string;
  metric: string;
  no_event: boolean;
  no_source: boolean;
  no_metric: boolean;
  total: number;
}

/** What a claim lacks, in the words of its own row: `no event “e-9”, no metric “deaths”`. */
function missingOf(c: UnlistedClaim): string {
  const missing = [
    c.no_event && `no event “${c.event_id}”`,
    c.no_source && `no source “${c.source_id}”`,
    c.no_metric && `no metric “${c.metric}”`,
  ].filter((m): m is string => typeof m === "string");
  return missing.join(", ");
}

/**
 * Says which claims no view lists (every view joins a claim to its event, source and metric), so
 * the count above the table is not read as the release's whole. Nothing while there are none.
 */
export function UnlistedClaims() {
  const { version } = useRelease();
  const unlisted = useSql<UnlistedClaim>(UNLISTED_CLAIMS_SQL).data ?? [];
  const total = unlisted[0]?.total ?? 0;
  if (total === 0) return null;
  const more = total - unlisted.length;
  return (
    <div className="error" data-testid="unlisted-claims">
      <p>
        <strong>
          {countOf(total, "claim")} of release {version} {total === 1 ? "is" : "are"} not listed here
        </strong>
        : {total === 1 ? "its" : "their"} event, source or metric is not in the release, and every view shows
        a claim with all three. <code>pnpm validate</code> reports each as an integrity error at its row.
      </p>
      <ul>
        {unlisted.map((c) => (
          <li key={c.claim_id}>
            {c.claim_id}: {missingOf(c)}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p>
          and {countText(more)} more (the first {UNLISTED_CLAIMS_LIMIT} by id are named; the SQL console's{" "}
          <code>claims</code> table holds them all).
        </p>
      )}
    </div>
  );
}
