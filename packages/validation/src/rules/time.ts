import { type DateInterval, dateInterval, spanInterval } from "@tally/dataset";
import type { Finding } from "../finding.js";
import { locate, type Rule } from "../ruleContext.js";

// Rows reach the rules only after their schema accepted the dates, but a rule must not be the
// place a malformed date turns into an exception.
function safely<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/**
 * Dates compare as the intervals they cover: an event that starts after the article's publication
 * ends, or an `as_of` that can only lie after publication, cannot be what the article reported.
 * Errors when every date involved is printed in the text, warnings when one was inferred.
 */
export const time: Rule = {
  id: "time",
  title: "Event and as-of dates that the article's publication date makes impossible",
  check(ctx) {
    const { dataset, datasetLabel: label } = ctx;
    const { claims, sources, events } = dataset.tables;
    const findings: Finding[] = [];
    const published = new Map<string, { interval: DateInterval; inferred: boolean; text: string }>();
    for (const s of sources) {
      const interval = s.published === null ? null : safely(() => dateInterval(s.published!));
      if (interval)
        published.set(s.source_id, { interval, inferred: s.published_inferred, text: s.published! });
    }
    const happened = new Map<string, { interval: DateInterval; inferred: boolean; text: string }>();
    for (const e of events) {
      const interval = e.date === null ? null : safely(() => spanInterval(e.date!, e.date_end));
      const text = e.date_end === null ? `${e.date}` : `${e.date} to ${e.date_end}`;
      if (interval) happened.set(e.event_id, { interval, inferred: e.date_inferred, text });
    }
    const seenPairs = new Set<string>();
    claims.forEach((c, i) => {
      const pub = published.get(c.source_id);
      if (!pub) return;
      const ev = happened.get(c.event_id);
      const pairKey = `${c.event_id}\u0000${c.source_id}`;
      if (ev && ev.interval.start > pub.interval.end && !seenPairs.has(pairKey)) {
        seenPairs.add(pairKey);
        const inferred = ev.inferred || pub.inferred;
        findings.push({
          rule: "time",
          severity: inferred ? "warning" : "error",
          message:
            `event ${c.event_id} (${ev.text}) starts after source ${c.source_id} was published ` +
            `(${pub.text})${inferred ? "; at least one of these dates is inferred" : ""}`,
          dataset: label,
          ...locate(dataset, "claims", i),
          column: "event_id",
          event_id: c.event_id,
          claim_ids: [c.claim_id],
          details: { event: ev.interval, published: pub.interval, inferred },
        });
      }
      if (c.as_of !== null) {
        const asOf = safely(() => dateInterval(c.as_of!));
        if (asOf && asOf.start > pub.interval.end) {
          const inferred = c.as_of_inferred || pub.inferred;
          findings.push({
            rule: "time",
            severity: inferred ? "warning" : "error",
            message:
              `as_of ${c.as_of} lies after source ${c.source_id} was published (${pub.text})` +
              `${inferred ? "; at least one of these dates is inferred" : ""}`,
            dataset: label,
            ...locate(dataset, "claims", i),
            column: "as_of",
            event_id: c.event_id,
            metric: c.metric,
            claim_ids: [c.claim_id],
            details: { as_of: asOf, published: pub.interval, inferred },
          });
        }
      }
    });
    const inferredInfo = (
      table: "sources" | "events" | "claims",
      index: number,
      column: string,
      date: string,
      notes: string | null,
    ): Finding => ({
      rule: "time",
      severity: "info",
      message: `${column} ${date} is inferred, not printed in the text${notes ? `: ${notes}` : ""}`,
      dataset: label,
      ...locate(dataset, table, index),
      column,
    });
    sources.forEach((s, i) => {
      if (s.published_inferred && s.published !== null)
        findings.push(inferredInfo("sources", i, "published", s.published, s.notes));
    });
    events.forEach((e, i) => {
      if (e.date_inferred && e.date !== null)
        findings.push({ ...inferredInfo("events", i, "date", e.date, e.notes), event_id: e.event_id });
    });
    claims.forEach((c, i) => {
      if (c.as_of_inferred && c.as_of !== null)
        findings.push({ ...inferredInfo("claims", i, "as_of", c.as_of, c.notes), claim_ids: [c.claim_id] });
    });
    return findings;
  },
};
