import type { LoadedDataset } from "@tally/dataset/node";
import type { Finding, GroupVerdict } from "./finding.js";
import { DEFAULT_TOLERANCE, type Emit, type Rule, type RuleContext } from "./ruleContext.js";
import { RULES } from "./rules/index.js";
import { groupVerdicts } from "./verdicts.js";

export interface ValidateOptions {
  /** Relative tolerance for "about" figures; default 0.10. */
  tolerance?: number;
  /**
   * Source texts keyed by `text_ref`; without it the provenance rule checks figure_text against
   * each quote and claim only, and reports the check of quotes against texts skipped.
   */
  corpus?: Map<string, string>;
  /**
   * The sha256 of each corpus file's bytes (`readCorpusDigests`): with them, a release's text that
   * changed since its quotes were checked is a provenance warning.
   */
  corpusDigests?: ReadonlyMap<string, readonly string[]>;
  /** One conflicts warning per conflicting pair (`--pairs`) instead of one per group. */
  pairs?: boolean;
  /** Today as an ISO day (the clock's when absent): dates after it are errors. */
  today?: string;
  /** Defaults to every rule. */
  rules?: readonly Rule[];
  /** Told of each rule as it starts (its place among `count`), for a progress line. */
  onRule?: (rule: Rule, index: number, count: number) => void;
}

export interface Validation {
  findings: Finding[];
  groups: GroupVerdict[];
}

/** `name@version` for a release, the directory for a working copy. */
export function datasetLabel(dataset: LoadedDataset): string {
  return dataset.ref.kind === "release" ? `${dataset.ref.name}@${dataset.ref.version}` : dataset.ref.path;
}

function contextOf(dataset: LoadedDataset, options: ValidateOptions): RuleContext {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!(tolerance >= 0 && tolerance < 1)) throw new RangeError(`tolerance must be in [0, 1): ${tolerance}`);
  const ctx: RuleContext = { dataset, datasetLabel: datasetLabel(dataset), tolerance };
  if (options.corpus) ctx.corpus = options.corpus;
  if (options.corpusDigests) ctx.corpusDigests = options.corpusDigests;
  if (options.pairs) ctx.pairs = true;
  if (options.today) ctx.today = options.today;
  return ctx;
}

/**
 * Runs the rules over one loaded dataset, handing each finding to `emit` in report order: how a
 * report of any size is written without holding every finding at once.
 */
export function scanDataset(dataset: LoadedDataset, emit: Emit, options: ValidateOptions = {}): void {
  const ctx = contextOf(dataset, options);
  const rules = options.rules ?? RULES;
  rules.forEach((rule, i) => {
    options.onRule?.(rule, i, rules.length);
    rule.scan(ctx, emit);
  });
}

/** Runs the rules over one loaded dataset and judges each event and metric group. */
export function validate(dataset: LoadedDataset, options: ValidateOptions = {}): Validation {
  const findings: Finding[] = [];
  scanDataset(dataset, (f) => findings.push(f), options);
  return { findings, groups: groupVerdicts(dataset, options.tolerance ?? DEFAULT_TOLERANCE) };
}
