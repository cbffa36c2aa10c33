import {
  type DateInterval,
  dateInterval,
  type Precision,
  referencedRows,
  rowIndex,
  type Source,
  spanInterval,
  stepPeriod,
  type TableName,
} from "@tally/dataset";
import type { Finding } from "../finding.js";
import { RULE_CODES } from "../ruleCodes.js";
import { assessmentSite, defineRule, locate } from "../ruleContext.js";

// Rows reach the rules only after their schema accepted the dates, but a rule must not be the
// place a malformed date turns into an exception.
function safely<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

const DAY_MS = 86_400_000;

/** Whole days from ISO day `a` to ISO day `b`. */
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/** A date as the rule weighs it: the period it names, whether it was inferred, at what precision. */
interface Dated {
  period: DateInterval;
  inferred: boolean;
  precision: Precision | null;
}

/**
 * A date `gap` days after publication, judged by whether either date was inferred: an inferred
 * date may be off by one step of its own precision on the calendar, not more (2023-10 for a report
 * of 1 November, but not 2031 for an article of 2024; nor 2026-01-01 for one of 2024, a year and a
 * day later, which 366 days had excused). `note` ends the finding's message.
 */
function lateness(
  gap: number,
  later: Dated,
  published: Dated,
): { inferred: boolean; excused: boolean; note: string } {
  const inferred = later.inferred || published.inferred;
  const excused =
    (later.inferred && stepPeriod(later.period.start, later.precision, -1).start <= published.period.end) ||
    (published.inferred &&
      later.period.start <= stepPeriod(published.period.start, published.precision, 1).end);
  const note = excused
    ? `; an inferred date may be off by that much (${gap} day${gap === 1 ? "" : "s"})`
    : inferred
      ? `; ${gap} days is more than an inferred date's own precision allows`
      : "";
  return { inferred, excused, note };
}

/** The publication a source's dates are held to, as the rule weighs it, and its words. */
interface Publication extends Dated {
  date: string;
  /** The original a reprint relays (`original_published`), not the reprint's own date. */
  original: boolean;
}

/**
 * The publication that bounds a source's figures: of the reprint's own date and its original's
 * (`original_published`), the one that ends first. An event or as_of after the original cannot be
 * what the reprint relays though it comes before the reprint (an outside review found both
 * passed); but an original dated less finely ("2019") ends after a reprint's "2019-08-08", which
 * still rules out October, and an inferred original must not excuse what a printed reprint date
 * rules out (a review of that change). On a tie the printed date decides.
 */
function publicationOf(
  source: Source,
  intervalOf: (date: string) => DateInterval | null,
): Publication | null {
  const candidates: Publication[] = [];
  const add = (date: string | null, inferred: boolean, precision: Precision | null, original: boolean) => {
    const period = date === null ? null : intervalOf(date);
    if (date !== null && period !== null) candidates.push({ date, period, inferred, precision, original });
  };
  add(source.published, source.published_inferred, source.published_precision, false);
  add(
    source.original_published,
    source.original_published_inferred,
    source.original_published_precision,
    true,
  );
  let best: Publication | null = null;
  for (const c of candidates)
    if (
      best === null ||
      c.period.end < best.period.end ||
      (c.period.end === best.period.end && best.inferred && !c.inferred)
    )
      best = c;
  return best;
}

/** "was published (2019-08-08)", or for a reprint held to its original, that day's words. */
const publishedWords = (p: Publication) =>
  p.original ? `was first published (${p.date}, the original it reprints)` : `was published (${p.date})`;

/** `f` remembered per key: a million rows name a few thousand distinct dates. */
function remembered<T>(f: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = f(key);
    known.set(key, value);
    return value;
  };
}

/**
 * For claim `i` naming `id` in `column`, the row of `target` with that key if its date is usable
 * (`usable[row]` not null), else -1. The loader leaves out a row whose key an earlier row has, so
 * the row is the first with the key: the one its reference check found, which answers without a
 * lookup; tables it did not check are looked up in their index, first row of a key likewise.
 */
function usableRow(
  claims: readonly object[],
  column: string,
  target: readonly Record<string, unknown>[],
  key: string,
  usable: readonly unknown[],
): (i: number, id: string) => number {
  const found = referencedRows(claims, column, target);
  if (found !== null)
    return (i) => {
      const row = found[i]!;
      return row !== -1 && usable[row] ? row : -1;
    };
  const index = rowIndex(target, key);
  return (_, id) => {
    const row = index.get(id);
    return row !== -1 && usable[row] ? row : -1;
  };
}

/**
 * Dates compare as the intervals they cover: an event that starts after the article's publication
 * ends, or an `as_of` that can only lie after publication, cannot be what the article reported.
 * Errors when every date involved is printed in the text, warnings when one was inferred.
 */
/**
 * Today's date where it is latest: in UTC+14, the first zone to reach a date. A contributor east of
 * Greenwich who records today's date is not in the future while it is still yesterday in UTC (an
 * outside review: CI on UTC refused such a date for up to fourteen hours a day).
 */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The last day a release's dates may reach: the day it was cut where that day was latest, the
 * `today` (`latestToday`) its dates were judged by when it was cut, so that a release never fails
 * the check it passed. Judged by the day in UTC, a release cut at 12:00 UTC on 6 December, when
 * an event of 7 December passed as today in UTC+14, failed for good from the next day on
 * (`time/after-release`: released files never change; an outside audit). A `created` that is a
 * day alone (`cutRelease`'s `date`) is that day; one that is neither is read as before.
 */
export function releaseCutDay(created: string): { day: string; words: string } {
  const stated = created.slice(0, 10);
  const at = Date.parse(created);
  if (created.length <= 10 || Number.isNaN(at)) return { day: stated, words: stated };
  const day = latestToday(new Date(at));
  return { day, words: day === stated ? day : `${created}, already ${day} in UTC+14` };
}

export const time = defineRule({
  id: "time",
  title: "Event and as-of dates that the article's publication date makes impossible",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label } = ctx;
    const { claims, sources, events } = dataset.tables;
    const intervalOf = remembered((date) => safely(() => dateInterval(date)));
    const spanOf = remembered((key) => {
      const [from, to] = key.split("\u0000") as [string, string];
      return safely(() => spanInterval(from, to === "" ? null : to));
    });
    // Intervals of every source and event by index; messages read their texts from the rows only
    // when needed.
    const publishedAt = sources.map((s) => publicationOf(s, intervalOf));
    const happenedAt = events.map((e) =>
      e.date === null ? null : spanOf(`${e.date}\u0000${e.date_end ?? ""}`),
    );
    const sourceOf = usableRow(claims, "source_id", sources, "source_id", publishedAt);
    const eventOf = usableRow(claims, "event_id", events, "event_id", happenedAt);
    const seenPairs = new Set<string>();
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i]!;
      const p = sourceOf(i, c.source_id);
      if (p === -1) continue;
      const publication = publishedAt[p]!;
      const pubInterval = publication.period;
      const e = eventOf(i, c.event_id);
      const evInterval = e === -1 ? null : happenedAt[e]!;
      if (evInterval !== null && evInterval.start > pubInterval.end) {
        const pairKey = `${c.event_id}\u0000${c.source_id}`;
        if (!seenPairs.has(pairKey)) {
          seenPairs.add(pairKey);
          const event = events[e]!;
          const evText = event.date_end === null ? `${event.date}` : `${event.date} to ${event.date_end}`;
          const gap = daysBetween(pubInterval.end, evInterval.start);
          const { inferred, excused, note } = lateness(
            gap,
            // The event's first date: an event that spans a period starts with it.
            {
              period: intervalOf(event.date!)!,
              inferred: event.date_inferred,
              precision: event.date_precision,
            },
            publication,
          );
          emit({
            rule: "time",
            severity: excused ? "warning" : "error",
            message: `event ${c.event_id} (${evText}) starts after source ${c.source_id} ${publishedWords(publication)}${note}`,
            dataset: label,
            ...locate(dataset, "events", e),
            column: "date",
            event_id: c.event_id,
            claim_ids: [c.claim_id],
            details: {
              code: RULE_CODES.timeEventAfterPublication,
              event: evInterval,
              published: pubInterval,
              inferred,
              gap_days: gap,
            },
          });
        }
      }
      if (c.as_of !== null) {
        const asOf = intervalOf(c.as_of);
        if (asOf && asOf.start > pubInterval.end) {
          // The events' allowance: an outside review found an as_of a year past an inferred
          // publication year only warned, where the same gap for an event date was an error.
          const gap = daysBetween(pubInterval.end, asOf.start);
          const { inferred, excused, note } = lateness(
            gap,
            { period: asOf, inferred: c.as_of_inferred, precision: c.as_of_precision },
            publication,
          );
          emit({
            rule: "time",
            severity: excused ? "warning" : "error",
            message: `as_of ${c.as_of} lies after source ${c.source_id} ${publishedWords(publication)}${note}`,
            dataset: label,
            ...locate(dataset, "claims", i),
            column: "as_of",
            event_id: c.event_id,
            metric: c.metric,
            claim_ids: [c.claim_id],
            details: {
              code: RULE_CODES.timeAsOfAfterPublication,
              as_of: asOf,
              published: pubInterval,
              inferred,
              gap_days: gap,
            },
          });
        }
      }
    }
    // No date a source can print lies after today, nor, in a release, after the day it was cut.
    const today = ctx.today ?? latestToday(new Date());
    const created = dataset.ref.kind === "release" ? (dataset.descriptor?.created ?? null) : null;
    const cut = created === null ? null : releaseCutDay(created);
    const future = (table: TableName | "assessments", index: number, column: string, date: string) => {
      const at = intervalOf(date);
      if (at === null) return;
      const limit =
        cut !== null && cut.day < today
          ? { day: cut.day, words: cut.words, what: "the release was cut", code: RULE_CODES.timeAfterRelease }
          : { day: today, words: today, what: "today", code: RULE_CODES.timeFutureDate };
      if (at.start <= limit.day) return;
      emit({
        rule: "time",
        severity: "error",
        message: `${column} ${date} lies after ${limit.what} (${limit.words})`,
        dataset: label,
        ...(table === "assessments" ? assessmentSite(dataset, index, column) : locate(dataset, table, index)),
        column,
        details: { code: limit.code, date: at, limit: limit.day },
      });
    };
    sources.forEach((s, i) => {
      if (s.published !== null) future("sources", i, "published", s.published);
      if (s.original_published !== null) future("sources", i, "original_published", s.original_published);
    });
    events.forEach((ev, i) => {
      if (ev.date !== null) future("events", i, "date", ev.date);
      if (ev.date_end !== null) future("events", i, "date_end", ev.date_end);
    });
    claims.forEach((c, i) => {
      if (c.as_of !== null) future("claims", i, "as_of", c.as_of);
    });
    // A judgement cannot be dated after today either (an outside review: 2999-01-01 passed).
    dataset.tables.assessments.forEach((a, i) => {
      future("assessments", i, "assessed_on", a.assessed_on);
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
        emit(inferredInfo("sources", i, "published", s.published, s.notes));
      if (s.original_published_inferred && s.original_published !== null)
        emit(inferredInfo("sources", i, "original_published", s.original_published, s.notes));
    });
    events.forEach((e, i) => {
      if (e.date_inferred && e.date !== null)
        emit({ ...inferredInfo("events", i, "date", e.date, e.notes), event_id: e.event_id });
    });
    claims.forEach((c, i) => {
      if (c.as_of_inferred && c.as_of !== null)
        emit({ ...inferredInfo("claims", i, "as_of", c.as_of, c.notes), claim_ids: [c.claim_id] });
    });
  },
});
