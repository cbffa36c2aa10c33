import { type Assessment, type Claim, firstFew, rowIndex } from "@tally/dataset";
import type { LoadedDataset } from "@tally/dataset/node";
import type { Finding } from "../finding.js";
import { flat } from "../flatText.js";
import { type Analysis, analyse } from "../groupAnalysis.js";
import { summariseReadings } from "../readingSummary.js";
import { envelopeText, rangeText } from "../readingText.js";
import { RULE_CODES } from "../ruleCodes.js";
import { assessmentSite, defineRule, type RuleContext } from "../ruleContext.js";

// Ids hold no NUL (idPattern), so event and metric joined by one cannot meet another pair.
const keyOf = (event_id: string, metric: string) => `${event_id}\u0000${metric}`;

/** A row of assessments.csv by its event and metric: one that loaded (`loaded`, its index) or not. */
interface AssessedAt {
  event_id: string;
  metric: string;
  row?: number;
  line?: number;
  loaded?: number;
}

/**
 * Each row that assesses an event and metric an earlier row assesses, with that earlier row.
 * Rows left out for another cell (`rejected`) count too, as a claim's id in such a row does: an
 * outside audit found a repeat unsaid while one of its two rows had a bad cell, and said only once
 * that was mended.
 */
function repeatsOf(dataset: LoadedDataset): { of: AssessedAt; first: AssessedAt }[] {
  const places: AssessedAt[] = dataset.tables.assessments.map((a, i) => {
    const at = dataset.locations.assessments.at(i);
    return { event_id: a.event_id, metric: a.metric, ...at, loaded: i };
  });
  const rejected = dataset.rejected?.assessments ?? [];
  for (const { row, line, cells, key } of rejected) {
    // "e1 " is compared as the "e1" it means, as a claim id with a space around it is.
    const { event_id, metric } = { ...cells, ...key };
    if (event_id !== undefined && metric !== undefined) places.push({ event_id, metric, row, line });
  }
  // In file order; without rejected rows, the loaded rows' order is it (a test's rows have no lines).
  if (rejected.length > 0) places.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const first = new Map<string, AssessedAt>();
  const repeats: { of: AssessedAt; first: AssessedAt }[] = [];
  for (const at of places) {
    const key = keyOf(at.event_id, at.metric);
    const was = first.get(key);
    if (was === undefined) first.set(key, at);
    else repeats.push({ of: at, first: was });
  }
  return repeats;
}

/**
 * The claim group of each assessed event and metric: every group's first claim is looked at once,
 * and only groups of an assessed event are keyed (a million claims make 252,038 groups in the
 * benchmark data; a dataset has an assessment for a handful).
 */
function assessedGroups(
  analysis: Analysis,
  claims: readonly Claim[],
  assessments: readonly Assessment[],
): Map<string, number> {
  const events = new Set(assessments.map((a) => a.event_id));
  const { groups } = analysis;
  const found = new Map<string, number>();
  for (let g = 0; g < groups.count; g++) {
    const { event_id, metric } = claims[groups.members[groups.start[g]!]!]!;
    if (events.has(event_id)) found.set(keyOf(event_id, metric), g);
  }
  return found;
}

/** The claims an assessment cites, by where they belong. */
interface Citations {
  inGroup: string[];
  /** Claims of another event or metric, with the group they belong to. */
  elsewhere: { claim_id: string; event_id: string; metric: string }[];
  /** Ids that are no claim at all (the loader reports these as ref/claim). */
  unknown: string[];
  /** Claims whose row did not load and does not say its event and metric (its problem is reported). */
  notLoaded: string[];
}

/** Where a claim whose row did not load belongs, as far as the cells that passed say. */
type Placed = Partial<Pick<Claim, "event_id" | "metric">>;
type UnloadedClaims = ReadonlyMap<string, Placed>;

/** The claims of rows that did not load, by id: the first row of an id, as for rows that loaded. */
function unloadedClaimsOf(dataset: LoadedDataset): UnloadedClaims {
  const found = new Map<string, Placed>();
  for (const { cells } of dataset.rejected?.claims ?? []) {
    const { claim_id, event_id, metric } = cells;
    if (claim_id !== undefined && !found.has(claim_id)) found.set(claim_id, { event_id, metric });
  }
  // A row left out for its number of fields keeps its id alone.
  for (const claim_id of dataset.unloaded?.claims ?? []) if (!found.has(claim_id)) found.set(claim_id, {});
  return found;
}

/**
 * A claim whose row did not load (a "TRUE" in `vague`) is placed by its own cells: it is in
 * claims.csv, and its one bad cell made an outside audit's assessment of its own group "cite no
 * claim of its event and metric", the claim said to be "not in claims.csv".
 */
function citationsOf(a: Assessment, claims: readonly Claim[], unloaded: UnloadedClaims): Citations {
  const index = rowIndex(claims, "claim_id");
  const cited: Citations = { inGroup: [], elsewhere: [], unknown: [], notLoaded: [] };
  for (const id of a.claim_ids) {
    const c = index.get(id);
    const { event_id, metric } = c === -1 ? (unloaded.get(id) ?? {}) : claims[c]!;
    if (c === -1 && !unloaded.has(id)) cited.unknown.push(id);
    else if (event_id === a.event_id && metric === a.metric) cited.inGroup.push(id);
    else if (event_id === undefined || metric === undefined) cited.notLoaded.push(id);
    else cited.elsewhere.push({ claim_id: id, event_id, metric });
  }
  return cited;
}

/**
 * How many cited claims the message names of each kind: `details` lists every one. An assessment
 * pasted onto the wrong event cites as many claims as its group has, and an outside audit's one of
 * 19,997 claims made a message of 975 KB, one line of a CI log.
 */
const NAMED_IN_MESSAGE = 10;

function citationText({ elsewhere, unknown, notLoaded }: Citations): string {
  const parts = elsewhere
    .slice(0, NAMED_IN_MESSAGE)
    .map((c) => `${c.claim_id} is about ${c.event_id} / ${c.metric}`);
  const more = elsewhere.length - NAMED_IN_MESSAGE;
  if (more > 0) parts.push(`${more} more of other events or metrics (details.elsewhere names each)`);
  if (unknown.length > 0)
    parts.push(
      `${firstFew(unknown, NAMED_IN_MESSAGE)} ${unknown.length === 1 ? "is" : "are"} not in claims.csv`,
    );
  if (notLoaded.length > 0)
    parts.push(
      `${firstFew(notLoaded, NAMED_IN_MESSAGE)} did not load from claims.csv, so ${notLoaded.length === 1 ? "its" : "their"} event and metric are not known`,
    );
  return parts.length > 0 ? `: ${parts.join("; ")}` : "";
}

/**
 * The warning when an assessment's low–high misses the envelope of its group's readings (if any
 * reading is right, the figure lies in the envelope), or null when they meet. The envelope's ends
 * are open where the outer readings' are ("more than 100" leaves 100 out).
 */
function envelopeWarning(
  ctx: RuleContext,
  analysis: Analysis,
  g: number,
  a: Assessment,
  i: number,
): Finding | null {
  const { dataset } = ctx;
  const { readings, envelope } = summariseReadings(analysis, g, dataset.tables.claims);
  if (envelope === null) return null;
  const range = {
    low: envelope.low,
    high: envelope.high,
    low_open: readings[0]!.reading.low_open,
    high_open: readings[readings.length - 1]!.reading.high_open,
  };
  const below = range.low !== null && (a.high < range.low || (a.high === range.low && range.low_open));
  const above = range.high !== null && (a.low > range.high || (a.low === range.high && range.high_open));
  if (!below && !above) return null;
  return {
    rule: "assessments",
    severity: "warning",
    message: flat`${a.event_id} / ${a.metric}: low–high [${a.low}, ${a.high}] lies ${below ? "below" : "above"} the envelope of the claims' readings, ${rangeText(range)} (${envelopeText(envelope)}): if any reading is right, the figure lies in the envelope`,
    dataset: ctx.datasetLabel,
    ...assessmentSite(dataset, i, below ? "high" : "low"),
    event_id: a.event_id,
    metric: a.metric,
    claim_ids: a.claim_ids,
    details: {
      code: RULE_CODES.assessmentsOutsideEnvelope,
      low: a.low,
      high: a.high,
      envelope,
      readings: readings.length,
      tolerance: ctx.tolerance,
    },
  };
}

/**
 * Editorial assessments (`assessments.csv`, issue 9): the figure a report should print and the
 * range a maintainer judges credible. Errors when `best` lies outside low–high, when an assessment
 * cites no claim of its own event and metric (naming the groups its claims belong to; ids that are
 * no claim at all are the loader's `ref/claim` errors), and when an event and metric is assessed
 * twice; a warning when low–high misses the envelope of the group's readings. A dataset without
 * assessments gets no finding, and no analysis is made for it.
 */
export const assessments = defineRule({
  id: "assessments",
  title: "Assessments: best within low–high, resting on claims of their group, meeting the readings",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label } = ctx;
    const { assessments: rows, claims } = dataset.tables;
    if (rows.length === 0) return;
    const analysis = analyse(dataset, ctx.tolerance);
    const groups = assessedGroups(analysis, claims, rows);
    const repeats = repeatsOf(dataset);
    const notLoadedClaims = unloadedClaimsOf(dataset);
    const repeated = (of: AssessedAt, was: AssessedAt): Finding => ({
      rule: "assessments",
      severity: "error",
      message: flat`${of.event_id} / ${of.metric} is assessed twice; it is first assessed on row ${was.row} (line ${was.line}): one assessment per event and metric`,
      dataset: label,
      ...assessmentSite(dataset, of.loaded ?? of, "event_id"),
      event_id: of.event_id,
      metric: of.metric,
      ...(of.loaded === undefined ? {} : { claim_ids: rows[of.loaded]!.claim_ids }),
      details: { code: RULE_CODES.assessmentsDuplicate },
    });
    const repeatOf = new Map(repeats.filter((r) => r.of.loaded !== undefined).map((r) => [r.of.loaded, r]));
    // A row left out for a cell is the loader's to report; that it repeats a group is this rule's,
    // said in file order among the loaded rows' findings (`repeats` is in file order).
    const unloaded = repeats.filter((r) => r.of.loaded === undefined);
    let u = 0;
    const unloadedBefore = (line: number) => {
      for (; u < unloaded.length && (unloaded[u]!.of.line ?? 0) < line; u++)
        emit(repeated(unloaded[u]!.of, unloaded[u]!.first));
    };
    for (let i = 0; i < rows.length; i++) {
      unloadedBefore(dataset.locations.assessments.at(i)?.line ?? 0);
      const a = rows[i]!;
      const about = { event_id: a.event_id, metric: a.metric, claim_ids: a.claim_ids };
      const key = keyOf(a.event_id, a.metric);
      const repeat = repeatOf.get(i);
      if (repeat !== undefined) emit(repeated(repeat.of, repeat.first));
      if (a.best < a.low || a.best > a.high)
        emit({
          rule: "assessments",
          severity: "error",
          message: flat`${a.event_id} / ${a.metric}: best ${a.best} lies outside low–high [${a.low}, ${a.high}]`,
          dataset: label,
          ...assessmentSite(dataset, i, "best"),
          ...about,
          details: { code: RULE_CODES.assessmentsBestOutsideRange, low: a.low, best: a.best, high: a.high },
        });
      const cited = citationsOf(a, claims, notLoadedClaims);
      // Ids that are no claim at all are the loader's ref/claim errors already: when they are all
      // an assessment cites, there is nothing to add.
      if (cited.inGroup.length === 0 && cited.elsewhere.length > 0)
        emit({
          rule: "assessments",
          severity: "error",
          message: flat`${a.event_id} / ${a.metric}: the assessment cites no claim of its event and metric${citationText(cited)}`,
          dataset: label,
          ...assessmentSite(dataset, i, "claim_ids"),
          ...about,
          details: {
            code: RULE_CODES.assessmentsCitesOtherGroup,
            elsewhere: cited.elsewhere,
            unknown: cited.unknown,
            ...(cited.notLoaded.length > 0 ? { not_loaded: cited.notLoaded } : {}),
          },
        });
      const g = groups.get(key);
      const warning = g === undefined ? null : envelopeWarning(ctx, analysis, g, a, i);
      if (warning !== null) emit(warning);
    }
    unloadedBefore(Number.POSITIVE_INFINITY);
  },
});
