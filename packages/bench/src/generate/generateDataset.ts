import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { columnsOf, TABLES, type TableName } from "@tally/dataset";
import type { DatasetProfile } from "../datasetProfile.js";
import type { Expected, ReadingCounts } from "../expected.js";
import { BROKEN_KINDS, type BrokenKindName, brokenRows } from "./brokenRows.js";
import { DAY_MS, isoDay, makeId, type Row, toCells } from "./cells.js";
import { CsvSink } from "./csvSink.js";
import { BENCH_NAME_PREFIX, writeDescriptor } from "./descriptor.js";
import { GROUP_SHAPES } from "./groupShapes.js";
import { outFolderProblem } from "./outFolder.js";
import { type PlannedFigure, planGroup } from "./planGroup.js";
import { type Random, seededRandom } from "./random.js";
import {
  CATEGORIES,
  CATEGORY_WEIGHTS,
  METRICS,
  metricProfile,
  OUTLETS,
  PARTIES,
  PLACES,
} from "./vocabulary.js";

export interface GenerateOptions {
  /** Rows in claims.csv, planted broken rows included. */
  claims: number;
  seed: number;
  out: string;
  /** Relative tolerance of "about" the planted conflicts are built for. */
  tolerance?: number;
  /** The shape of the groups (default `standard`). */
  profile?: DatasetProfile;
}

/** Share of claim rows planted broken, per kind (at least one of each kind). */
const BROKEN_SHARE_PER_KIND = 0.00005;
const FIRST_DAY = Date.UTC(2012, 0, 1);
const DAYS = 13 * 365;

const companionsOf = (b: (typeof BROKEN_KINDS)[number]) => ("companions" in b ? b.companions : 0);

/** Claim rows one planted broken row of each kind takes, its companions included. */
const BROKEN_CLAIM_ROWS_PER_KIND = BROKEN_KINDS.filter((k) => k.file === "claims.csv").reduce(
  (n, k) => n + 1 + companionsOf(k),
  0,
);

/**
 * The fewest claims a dataset can have: four times the claim rows of one broken row of each kind,
 * so the planted rows stay a minority. The bound at every size: a larger one plants another row of
 * each kind per 20,000 claims, far fewer than a quarter of them.
 */
export const MIN_CLAIMS = BROKEN_CLAIM_ROWS_PER_KIND * 4;

/**
 * Writes a synthetic dataset laid out like `data/` (four CSVs and datapackage.json) plus
 * `expected.json`, streaming every file. Same seed and size, same bytes.
 */
export async function generateDataset(options: GenerateOptions): Promise<Expected> {
  const { claims: total, seed, out } = options;
  const tolerance = options.tolerance ?? 0.1;
  const profile = options.profile ?? "standard";
  const shape = GROUP_SHAPES[profile];
  const random = seededRandom(seed);
  const perKind = Math.max(1, Math.round(total * BROKEN_SHARE_PER_KIND));
  const brokenClaimRows = BROKEN_CLAIM_ROWS_PER_KIND * perKind;
  // Both checked before the folder is made: a refused run leaves nothing behind.
  if (total < brokenClaimRows * 4)
    throw new Error(`${total} claims are too few: at least ${brokenClaimRows * 4} are needed`);
  const problem = outFolderProblem(out);
  if (problem) throw new Error(`${out} ${problem}`);
  await mkdir(out, { recursive: true });
  const validTarget = total - brokenClaimRows;
  const schedule: BrokenKindName[] = [];
  for (let k = 0; k < perKind; k++) for (const b of BROKEN_KINDS) schedule.push(b.kind);

  const sinks = Object.fromEntries(
    (Object.keys(TABLES) as TableName[]).map((t) => [
      t,
      CsvSink.open(join(out, TABLES[t].file), columnsOf(t)),
    ]),
  ) as Record<TableName, CsvSink>;
  const counters = { events: 0, sources: 0, claims: 0 };
  const nextId = (table: keyof typeof counters, prefix: string) => makeId(prefix, ++counters[table]);
  const rows = { sources: 0, events: 0, metrics: 0, claims: 0 };
  const write = async (table: TableName, cells: string[]) => {
    rows[table]++;
    await sinks[table].write(cells);
  };

  for (const m of METRICS)
    await write(
      "metrics",
      toCells("metrics", {
        metric: m.metric,
        label: m.label,
        unit: m.unit,
        kind: m.kind,
        description: m.description,
      }),
    );

  let written = 0;
  let pairs = 0;
  let touchingPairs = 0;
  let conflictGroups = 0;
  const readings: ReadingCounts = {};
  let groups = 0;
  /** Share claims written, each naming a base: one implied-counts info each. */
  let shares = 0;
  let planted = 0;
  let duplicateOf = "";

  const plantDue = async () => {
    while (
      planted < schedule.length &&
      written >= Math.floor(((planted + 1) * validTarget) / (schedule.length + 1))
    ) {
      const broken = brokenRows(schedule[planted]!, {
        eventId: () => nextId("events", "e"),
        sourceId: () => nextId("sources", "s"),
        claimId: () => nextId("claims", "c"),
        duplicateOf,
        day: FIRST_DAY + random.int(0, DAYS) * DAY_MS,
      });
      for (const e of broken.events) await write("events", toCells("events", e));
      for (const s of broken.sources) await write("sources", toCells("sources", s));
      for (const c of broken.claims) await write("claims", c);
      planted++;
    }
  };

  while (written < validTarget) {
    const event = planEvent(random, nextId("events", "e"));
    await write("events", toCells("events", event.row));
    const sources = planSources(random, event, () => nextId("sources", "s"));
    for (const s of sources) await write("sources", toCells("sources", s));

    // The base of the event's shares: a claim of its headline count (always its first group) in
    // that group's lowest tier. A share is below 100 percent, so the count it implies lies under
    // every figure of the group, and implied-counts finds only its info, never a warning.
    let base: string | null = null;
    for (const metric of event.metrics) {
      const size = Math.min(shape.size(random), validTarget - written);
      if (size === 0) break;
      const profile = metricProfile(metric);
      const plan = planGroup(profile, shape.layout(size, random), tolerance, random);
      groups++;
      pairs += plan.conflictPairs;
      touchingPairs += plan.touchingPairs;
      if (plan.tiers > 1) {
        conflictGroups++;
        readings[plan.tiers] = (readings[plan.tiers] ?? 0) + 1;
      }
      const ids = plan.figures.map(() => nextId("claims", "c"));
      const isShare = profile.kind === "share";
      if (isShare && base === null) throw new Error(`event ${event.row.event_id} has a share but no count`);
      const baseIndex: number =
        profile.kind === "count" && base === null ? plan.figures.findIndex((f) => f.tier === 0) : -1;
      if (baseIndex !== -1) base = ids[baseIndex]!;
      const sourceOf: number[] = [];
      const partyOf: number[] = [];
      for (const [i, figure] of plan.figures.entries()) {
        const origin = figure.repeats;
        let source = random.int(0, sources.length - 1);
        if (origin !== null && source === sourceOf[origin]) source = (source + 1) % sources.length;
        sourceOf.push(source);
        partyOf.push(origin !== null ? partyOf[origin]! : random.int(0, PARTIES.length - 1));
        const claim = claimRow(random, {
          id: ids[i]!,
          event,
          metric,
          figure,
          source: sources[source]!,
          party: PARTIES[partyOf[i]!]!,
          repeats: origin === null ? null : ids[origin]!,
          base: isShare ? base : null,
        });
        if (isShare) shares++;
        await write("claims", toCells("claims", claim));
      }
      const referenced = new Set(plan.figures.map((f) => f.repeats).filter((r) => r !== null));
      if (baseIndex !== -1) referenced.add(baseIndex);
      const free = ids.findLastIndex((_, i) => !referenced.has(i));
      if (free >= 0) duplicateOf = ids[free]!;
      written += size;
      await plantDue();
    }
  }
  await plantDue();
  for (const sink of Object.values(sinks)) await sink.close();
  if (planted !== schedule.length) throw new Error(`planted ${planted} of ${schedule.length} broken rows`);

  const size = total >= 1_000_000 ? `${total / 1_000_000}m` : `${Math.round(total / 1000)}k`;
  await writeDescriptor(
    out,
    `${BENCH_NAME_PREFIX}${size}${profile === "standard" ? "" : `-${profile}`}-seed${seed}`,
    `Synthetic Tally benchmark data: ${total} claims${profile === "standard" ? "" : ` (${profile} profile)`}`,
  );

  const broken: Expected["broken"] = {};
  for (const b of BROKEN_KINDS) broken[b.kind] = { file: b.file, family: b.family, count: perKind };
  const allGroups =
    groups +
    perKind *
      BROKEN_KINDS.filter((b) => b.file === "claims.csv").reduce(
        (n, b) => n + (b.loads ? 1 : 0) + companionsOf(b),
        0,
      );
  const errorsOf = (family: string) => perKind * BROKEN_KINDS.filter((b) => b.family === family).length;
  const figureErrors =
    perKind * BROKEN_KINDS.reduce((n, b) => n + ("figureErrors" in b ? b.figureErrors : 0), 0);
  const expected: Expected = {
    seed,
    profile,
    tolerance,
    rows,
    conflicts: { pairs, groups: conflictGroups, touchingPairs, readings, spanning: 0 },
    groups: allGroups,
    broken,
    findings: {
      errors: perKind * BROKEN_KINDS.length + figureErrors,
      warnings: conflictGroups,
      infos: 2 * allGroups + 1 + shares,
    },
    byRule: {
      integrity: { error: errorsOf("integrity"), warning: 0, info: 0 },
      time: { error: errorsOf("time"), warning: 0, info: 0 },
      conflicts: { error: 0, warning: conflictGroups, info: allGroups },
      corroboration: { error: 0, warning: 0, info: allGroups },
      provenance: { error: figureErrors, warning: 0, info: 1 },
      "implied-counts": { error: 0, warning: 0, info: shares },
    },
  };
  await writeFile(join(out, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
  return expected;
}

interface PlannedEvent {
  row: Row;
  place: (typeof PLACES)[number];
  /** First and last day (ms) the event's date covers. */
  start: number;
  end: number;
  dayPrecise: boolean;
  metrics: string[];
}

function planEvent(random: Random, id: string): PlannedEvent {
  const category = random.pick(CATEGORY_WEIGHTS);
  const spec = CATEGORIES[category];
  const place = random.pick(PLACES);
  const day = FIRST_DAY + random.int(0, DAYS) * DAY_MS;
  const first = new Date(day);
  const monthStart = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const monthly = category === "arrival" || random.chance(0.15);
  const span = category === "arrival" ? 5 : 0;
  const endMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + span, 1));
  const end = monthly ? Date.UTC(endMonth.getUTCFullYear(), endMonth.getUTCMonth() + 1, 1) - DAY_MS : day;
  const row: Row = {
    event_id: id,
    title: spec.title.replace("{place}", place.phrase),
    // None: a reader falls back to the title.
    short_title: null,
    date: monthly ? isoDay(monthStart).slice(0, 7) : isoDay(day),
    date_precision: monthly ? "month" : "day",
    date_inferred: false,
    date_end: span > 0 ? isoDay(endMonth.getTime()).slice(0, 7) : null,
    location: category === "arrival" ? "South Korea" : place.name,
    category,
    notes: null,
  };
  const metrics = [spec.primary, ...spec.secondary.filter(() => random.chance(0.15))];
  return { row, place, start: monthly ? monthStart : day, end, dayPrecise: !monthly, metrics };
}

/** Two or three articles from different outlets, each published after the event's period ends. */
function planSources(random: Random, event: PlannedEvent, nextId: () => string): Row[] {
  const count = random.int(2, 3);
  const outlets = new Set<(typeof OUTLETS)[number]>();
  while (outlets.size < count) outlets.add(random.pick(OUTLETS));
  return [...outlets].map((o) => {
    const id = nextId();
    return {
      source_id: id,
      outlet: o.outlet,
      via: random.chance(0.05) ? "American Military News" : null,
      title: `${event.row.title as string} (${o.outlet} report)`,
      title_inferred: false,
      author: o.author,
      published: isoDay(event.end + random.int(1, 90) * DAY_MS),
      published_precision: "day",
      published_inferred: false,
      original_published: null,
      original_published_precision: null,
      original_published_inferred: false,
      url: `https://bench.example.org/${o.slug}/${id}`,
      kind: o.kind,
      text_ref: null,
      notes: null,
    };
  });
}

interface ClaimInput {
  id: string;
  event: PlannedEvent;
  metric: string;
  figure: PlannedFigure;
  source: Row;
  party: (typeof PARTIES)[number];
  repeats: string | null;
  /** The count claim a share is a share of. */
  base: string | null;
}

function claimRow(random: Random, c: ClaimInput): Row {
  const profile = metricProfile(c.metric);
  const said = profile.phrase
    .replace("{figure}", c.figure.figureText)
    .replace("{place}", c.event.place.phrase);
  const party = c.party.name[0]!.toUpperCase() + c.party.name.slice(1);
  const asOf = c.event.dayPrecise && random.chance(0.1);
  return {
    claim_id: c.id,
    event_id: c.event.row.event_id!,
    source_id: c.source.source_id!,
    metric: c.metric,
    qualifier: c.figure.qualifier,
    value_low: c.figure.low,
    value_high: c.figure.high,
    figure_text: c.figure.figureText,
    attributed_to: c.party.name,
    attributed_kind: c.party.kind,
    first_reported_by: random.chance(0.1) ? random.pick(OUTLETS).outlet : null,
    reported_via: null,
    repeats_claim_id: c.repeats,
    base_claim_id: c.base,
    as_of: asOf ? c.event.row.date! : null,
    as_of_precision: asOf ? "day" : null,
    as_of_inferred: false,
    quote: `${party} told ${c.source.outlet as string} that ${said}.`,
    vague: c.figure.vague,
    notes: null,
  };
}
