import { type ClaimView, claimFigure, REPORTED_VIA_SEPARATOR } from "@tally/dataset";
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useRef } from "react";
import { claimControl, drawn } from "./claimControl.js";
import { withUnit } from "./figureUnit.js";
import { focusHeading } from "./focusHeading.js";
import { rangeLabel } from "./rangeLayout.js";
import { safeHttpUrl } from "./safeUrl.js";
import { focusAfter, lastTabbable } from "./tabOrder.js";
import { vagueReading } from "./vagueReading.js";
import { verdictStyle } from "./verdictColors.js";

/** Figures with thousands separators, as the tables write them ("846–1,217", not "846–1217"). */
const FIGURE = new Intl.NumberFormat("en-US");

export interface EvidencePanelProps {
  claim: ClaimView;
  verdict?: string | null;
  /** Where the claim stands among its group's readings ("reading A: 200–220 (1 of 2)"). */
  reading?: string | null;
  /** Closes the panel (Close, or Escape anywhere on the page); focus returns to what opened it. */
  onClose?: () => void;
  /** Opens another claim's evidence (the claim this one repeats or is based on). */
  onOpenClaim?: (claimId: string) => void;
  /**
   * The event's date or period in words, as the app's tables write it ("Jan–Jun 2018"); by
   * default the ISO dates, both ends of a period.
   */
  period?: (date: string, end: string | null) => string;
  /**
   * Shown under the heading, before the quote: a way on from this claim (its group in another
   * view). Inside the panel, so that it is in sight when the panel opens: placed above it, it was
   * scrolled out of a phone's sheet as the panel took focus.
   */
  lead?: ReactNode;
}

/** An event's period as its ISO dates: "2018-01 to 2018-06". */
const isoPeriod = (date: string, end: string | null) => (end && end !== date ? `${date} to ${end}` : date);

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
 * The outlets a figure came through, first reporter first: `first_reported_by`, `reported_via`, the
 * source's outlet and the outlet that reprinted it ("Chosun Ilbo → Radio Free Asia → American
 * Military News"). Independence is judged on the first.
 */
function reportingChain(claim: ClaimView): string[] {
  const between = claim.reported_via ? claim.reported_via.split(REPORTED_VIA_SEPARATOR) : [];
  return [claim.first_reported_by ?? "", ...between, claim.outlet, ...(claim.via ? [claim.via] : [])];
}

function ClaimRef({ id, onOpen }: { id: string; onOpen: ((id: string) => void) | undefined }) {
  if (!onOpen) return <code>{id}</code>;
  return (
    <button type="button" className="tally-link" onClick={() => onOpen(id)}>
      claim <code>{id}</code>
    </button>
  );
}

/**
 * Focus for a closed panel: its opener when that is still drawn; else (opened by a link or Back,
 * or its opener gone since) the claim's own mark or row on the page, where a link scrolled to (the
 * page's heading was 2,500 px above it on a phone); else the heading, brought into sight. focus()
 * scrolls what it reaches into view, above the sheet.
 */
function focusBack(opener: HTMLElement | SVGElement | null, claimId: string, panel: Element | null): void {
  const to = opener?.isConnected && drawn(opener) ? opener : claimControl(claimId, panel);
  if (to) to.focus();
  else focusHeading({ reveal: true });
}

/**
 * The evidence behind one claim: the verbatim quote and who said it, where, with the maintainer's
 * notes, how a vague word was read and which claim it repeats. Everything from the dataset is
 * rendered as text (React escapes it); the url is a link only when it is http(s).
 *
 * Opening a claim moves focus into the panel (a tap on a bar far from the panel would otherwise
 * look as if nothing happened); Escape or Close gives focus back to what opened it.
 */
export function EvidencePanel({
  claim,
  verdict,
  reading,
  onClose,
  onOpenClaim,
  period = isoPeriod,
  lead,
}: EvidencePanelProps) {
  const href = safeHttpUrl(claim.url);
  const style = verdictStyle(verdict);
  const vague = vagueReading(claim);
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  // Whether Tab has already left the panel once for the control after its opener: the panel comes
  // later in the page, so Tab from there leads back into it, and a second jump went round for
  // ever (an outside review: only Shift+Tab or Escape got out, never the page's header).
  const jumped = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves each time another claim opens.
  useEffect(() => {
    const active = document.activeElement;
    if (
      (active instanceof HTMLElement || active instanceof SVGElement) &&
      active !== document.body &&
      !panel.current?.contains(active)
    )
      opener.current = active;
    jumped.current = false;
    panel.current?.focus();
  }, [claim.claim_id]);

  const claimId = claim.claim_id;
  const close = useCallback(() => {
    const here = panel.current;
    onClose?.();
    focusBack(opener.current, claimId, here);
  }, [onClose, claimId]);

  // Closed by the address (Back or Forward to where no claim was open), not by Close or Escape:
  // the panel went with focus in it, and focus fell to the page's body, so the next Tab started
  // again from "Skip to content" (an outside audit). Once the view has drawn what the address now
  // asks for, focus goes where Close would send it, unless something else has taken it.
  const shown = useRef(claimId);
  shown.current = claimId;
  useEffect(
    () => () => {
      const back = opener.current;
      const id = shown.current;
      requestAnimationFrame(() => {
        if (document.activeElement === null || document.activeElement === document.body)
          focusBack(back, id, null);
      });
    },
    [],
  );

  useEffect(() => {
    if (!onClose) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose, close]);

  // Tab past the panel's last control goes on from the control that opened it, once; the next
  // time round it goes on in the page's own order, past the panel.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const back = opener.current;
    const here = panel.current;
    if (e.key !== "Tab" || e.shiftKey || jumped.current || !back?.isConnected || !here) return;
    const last = lastTabbable(here);
    if (document.activeElement !== (last ?? here)) return;
    if (focusAfter(back, here)) {
      e.preventDefault();
      jumped.current = true;
    }
  };

  return (
    <section
      ref={panel}
      className="tally-evidence"
      aria-labelledby={`evidence-${claim.claim_id}`}
      data-claim-id={claim.claim_id}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header>
        <h3 id={`evidence-${claim.claim_id}`}>
          {/* In a <bdi>: an Arabic outlet took the figure after it into its right-to-left run. */}
          <bdi>{claim.outlet}</bdi>:{" "}
          {withUnit(
            rangeLabel(claimFigure(claim), (n) => FIGURE.format(n)),
            claim.unit_label,
          )}
        </h3>
        {onClose && (
          <button type="button" onClick={close} aria-label="Close evidence">
            Close
          </button>
        )}
      </header>
      {lead}
      {/* Its own direction, from its first letter: "70 עצורים" read "detainees 70" left to right. */}
      <blockquote className="tally-quote" dir="auto">
        {claim.quote}
      </blockquote>
      <dl>
        <dt>Metric</dt>
        <dd>
          {claim.metric_label} <span className="tally-muted">({claim.unit_label})</span>
        </dd>
        <dt>Figure as written</dt>
        <dd>{claim.figure_text}</dd>
        {vague && (
          <>
            <dt>Vague</dt>
            <dd>{vague}</dd>
          </>
        )}
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
          <bdi>{claim.attributed_to}</bdi>{" "}
          <span className="tally-muted">({claim.attributed_kind_label})</span>
        </dd>
        {claim.first_reported_by && (
          <>
            <dt>First reported by</dt>
            <dd>{claim.first_reported_by}</dd>
            <dt>Reporting chain</dt>
            <dd>{reportingChain(claim).join(" → ")}</dd>
          </>
        )}
        {claim.repeats_claim_id && (
          <>
            <dt>Repeats</dt>
            <dd>
              <ClaimRef id={claim.repeats_claim_id} onOpen={onOpenClaim} />{" "}
              <span className="tally-muted">(the same report restated, not an independent figure)</span>
            </dd>
          </>
        )}
        {claim.base_claim_id && (
          <>
            <dt>Based on</dt>
            <dd>
              <ClaimRef id={claim.base_claim_id} onOpen={onOpenClaim} />
            </dd>
          </>
        )}
        <dt>Outlet</dt>
        <dd>
          {claim.outlet}
          {claim.via && <span className="tally-muted"> via {claim.via}</span>}
        </dd>
        <dt>Title</dt>
        <dd>
          {claim.source_title}
          {claim.source_title_inferred && (
            <span
              className="tally-inferred"
              title="The text prints no headline: taken from the index of the source texts"
            >
              {" "}
              (not printed in the text)
            </span>
          )}
        </dd>
        <dt>Author</dt>
        <dd>{claim.author ?? <span className="tally-muted">not stated</span>}</dd>
        <dt>Published</dt>
        <dd>{datePart(claim.published, claim.published_inferred)}</dd>
        <dt>Event</dt>
        <dd>
          {/* The whole period: a half-year of arrivals read as its first month alone (2018-01). */}
          {claim.event_title} (
          {datePart(
            claim.event_date === null ? null : period(claim.event_date, claim.event_date_end),
            claim.event_date_inferred,
          )}
          )
        </dd>
        {claim.as_of && (
          <>
            <dt>As of</dt>
            <dd>{datePart(claim.as_of, claim.as_of_inferred)}</dd>
          </>
        )}
        {claim.notes && (
          <>
            <dt>Notes</dt>
            <dd className="tally-notes">{claim.notes}</dd>
          </>
        )}
        {/* The source's address: "Link: none" under "Based on: claim c004" read as a claim linked
            to nothing (an outside audit). */}
        <dt>Source URL</dt>
        <dd>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {href}
            </a>
          ) : (
            <span className="tally-muted">
              {claim.url ? `${claim.url} (not a web address)` : "none recorded"}
            </span>
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
