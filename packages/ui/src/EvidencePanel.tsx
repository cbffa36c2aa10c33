import type { ClaimView } from "@tally/dataset";
import { rangeLabel } from "./rangeLayout.js";
import { safeHttpUrl } from "./safeUrl.js";
import { verdictStyle } from "./verdictColors.js";

export interface EvidencePanelProps {
  claim: ClaimView;
  verdict?: string | null;
  /** Where the claim stands among its group's readings ("reading A: 200–220 (1 of 2)"). */
  reading?: string | null;
  onClose?: () => void;
}

function datePart(date: string | null, inferred: boolean) {
  if (!date) return <span className="tally-muted">not stated</span>;
  return (
    <>
      {date}
      {inferred && (
        <span className="tally-inferred" title="Inferred from context, not printed in the source">
          {" "}
          (inferred)
        </span>
      )}
    </>
  );
}

/**
 * The evidence behind one claim: the verbatim quote and who said it, where. Everything from the
 * dataset is rendered as text (React escapes it); the url is a link only when it is http(s).
 */
export function EvidencePanel({ claim, verdict, reading, onClose }: EvidencePanelProps) {
  const href = safeHttpUrl(claim.url);
  const style = verdictStyle(verdict);
  return (
    <section
      className="tally-evidence"
      aria-labelledby={`evidence-${claim.claim_id}`}
      data-claim-id={claim.claim_id}
    >
      <header>
        <h3 id={`evidence-${claim.claim_id}`}>
          {claim.outlet}:{" "}
          {rangeLabel({ low: claim.value_low, high: claim.value_high, qualifier: claim.qualifier })}
        </h3>
        {onClose && (
          <button type="button" onClick={onClose} aria-label="Close evidence">
            Close
          </button>
        )}
      </header>
      <blockquote className="tally-quote">{claim.quote}</blockquote>
      <dl>
        <dt>Figure as written</dt>
        <dd>{claim.figure_text}</dd>
        <dt>Verdict</dt>
        <dd>
          <span className="tally-swatch" style={{ background: style.color }} aria-hidden="true" />{" "}
          {style.label}
        </dd>
        {reading && (
          <>
            <dt>Reading</dt>
            <dd>{reading}</dd>
          </>
        )}
        <dt>Attributed to</dt>
        <dd>
          {claim.attributed_to}{" "}
          <span className="tally-muted">({claim.attributed_kind.replace("_", " ")})</span>
        </dd>
        <dt>Outlet</dt>
        <dd>
          {claim.outlet}
          {claim.via && <span className="tally-muted"> via {claim.via}</span>}
        </dd>
        <dt>Title</dt>
        <dd>{claim.source_title}</dd>
        <dt>Author</dt>
        <dd>{claim.author ?? <span className="tally-muted">not stated</span>}</dd>
        <dt>Published</dt>
        <dd>{datePart(claim.published, claim.published_inferred)}</dd>
        <dt>Event</dt>
        <dd>
          {claim.event_title} ({datePart(claim.event_date, claim.event_date_inferred)})
        </dd>
        {claim.as_of && (
          <>
            <dt>As of</dt>
            <dd>{datePart(claim.as_of, claim.as_of_inferred)}</dd>
          </>
        )}
        <dt>Link</dt>
        <dd>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {href}
            </a>
          ) : (
            <span className="tally-muted">{claim.url ? `${claim.url} (not a web address)` : "none"}</span>
          )}
        </dd>
        <dt>Claim id</dt>
        <dd>
          <code>{claim.claim_id}</code>
        </dd>
      </dl>
    </section>
  );
}
