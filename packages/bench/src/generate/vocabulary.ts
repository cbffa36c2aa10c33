import type { AttributedKind, Metric, SourceKind } from "@tally/dataset";

/**
 * The categories the generator draws events from: all from Tally's built-in vocabulary, so a
 * generated dataset needs no vocabulary files (the data the benchmark's reference reads).
 */
type BenchCategory = "forced_repatriation" | "detention" | "arrival" | "cooperation" | "border_closure";

/** How figures of one metric are drawn: their range, and the grid their values sit on. */
export interface MetricProfile extends Metric {
  /** Values are multiples of `step` (1 for whole counts, 0.5 for "three and a half years"). */
  step: number;
  /** The smallest and largest consensus figure a group is centred on. */
  range: [number, number];
  /** Upper bound the value may not pass (a share is at most 100 percent). */
  ceiling?: number;
  /** Words a figure of this metric is printed with: "{figure} North Koreans were repatriated". */
  phrase: string;
}

/**
 * The metrics of `data/metrics.csv` (ids, labels, units, kinds and descriptions as there), with the
 * ranges their synthetic figures are drawn from.
 */
export const METRICS: readonly MetricProfile[] = [
  {
    metric: "repatriated_persons",
    label: "North Koreans forcibly returned",
    unit: "persons",
    kind: "count",
    description: "North Koreans forcibly returned from China to North Korea in the event.",
    step: 1,
    range: [5, 3000],
    phrase: "{figure} North Koreans were sent back {place}",
  },
  {
    metric: "detained_persons",
    label: "North Koreans detained",
    unit: "persons",
    kind: "count",
    description: "North Koreans detained by Chinese authorities in the event.",
    step: 1,
    range: [3, 800],
    phrase: "{figure} North Korean defectors were detained {place}",
  },
  {
    metric: "arrivals_persons",
    label: "Defectors arriving in South Korea",
    unit: "persons",
    kind: "count",
    description: "North Korean defectors arriving in South Korea during the period.",
    step: 1,
    range: [40, 1500],
    phrase: "{figure} defectors arrived in the South during the period",
  },
  {
    metric: "officials_dispatched",
    label: "Officials to be sent to China",
    unit: "persons",
    kind: "count",
    description: "North Korean officials to be sent to China.",
    step: 1,
    range: [5, 120],
    phrase: "{figure} security officials are to be sent {place}",
  },
  {
    metric: "women_share",
    label: "Share who were women",
    unit: "percent",
    kind: "share",
    description: "Share of the persons in the base claim who were women.",
    step: 1,
    range: [20, 45],
    ceiling: 100,
    phrase: "{figure} of them were women",
  },
  {
    metric: "state_security_share",
    label: "Share under the Ministry of State Security",
    unit: "percent",
    kind: "share",
    description:
      "Share of the persons in the base claim under the purview of North Korea's Ministry of State Security.",
    step: 1,
    range: [10, 40],
    ceiling: 100,
    phrase: "{figure} of them are held by the Ministry of State Security",
  },
  {
    metric: "quarantine_days",
    label: "Length of COVID-19 quarantine",
    unit: "days",
    kind: "duration",
    description: "Length of the COVID-19 medical examination (quarantine) returnees went through.",
    step: 1,
    range: [7, 40],
    phrase: "returnees spent {figure} days in quarantine",
  },
  {
    metric: "pretrial_classification_days",
    label: "Length of pretrial classification",
    unit: "days",
    kind: "duration",
    description: "Length of the classification pretrial period and interrogation returnees went through.",
    step: 1,
    range: [5, 60],
    phrase: "a classification pretrial period of {figure} days followed",
  },
  {
    metric: "border_closure_years",
    label: "Length of COVID-19 border closure",
    unit: "years",
    kind: "duration",
    description: "Length of North Korea's COVID-19 border closure.",
    step: 0.5,
    range: [1, 5],
    phrase: "the border stayed closed for {figure} years",
  },
  {
    metric: "detention_group_size",
    label: "Returnees held together in one group",
    unit: "persons",
    kind: "size",
    description: "Number of returnees held together in one group in a detention centre.",
    step: 1,
    range: [5, 40],
    phrase: "returnees are held in groups of {figure} people",
  },
];

export const metricProfile = (metric: string): MetricProfile => {
  const found = METRICS.find((m) => m.metric === metric);
  if (!found) throw new Error(`no profile for metric ${metric}`);
  return found;
};

/** What each kind of event is reported with: its headline figure, then the figures around it. */
export const CATEGORIES: Readonly<
  Record<BenchCategory, { primary: string; secondary: readonly string[]; title: string }>
> = {
  forced_repatriation: {
    primary: "repatriated_persons",
    secondary: ["women_share", "state_security_share", "quarantine_days", "pretrial_classification_days"],
    title: "China forcibly repatriates detained North Koreans {place}",
  },
  detention: {
    primary: "detained_persons",
    secondary: ["women_share", "detention_group_size"],
    title: "North Korean defectors detained {place}",
  },
  arrival: {
    primary: "arrivals_persons",
    secondary: [],
    title: "North Korean defectors arrive in South Korea",
  },
  cooperation: {
    primary: "officials_dispatched",
    secondary: [],
    title: "North Korean security officials prepare a dispatch {place}",
  },
  border_closure: {
    primary: "border_closure_years",
    secondary: [],
    title: "North Korea closes its border {place}",
  },
};

export const CATEGORY_WEIGHTS: readonly BenchCategory[] = [
  "forced_repatriation",
  "forced_repatriation",
  "forced_repatriation",
  "detention",
  "detention",
  "detention",
  "arrival",
  "cooperation",
  "border_closure",
];

export const PLACES: readonly { name: string; phrase: string }[] = [
  { name: "Dandong, China", phrase: "through Dandong" },
  { name: "Tumen, China", phrase: "through Tumen" },
  { name: "Hunchun, China", phrase: "through Hunchun" },
  { name: "Shenyang, Liaoning, China", phrase: "near Shenyang" },
  { name: "Yanji, Jilin, China", phrase: "in Yanji" },
  { name: "Changbai, Jilin, China", phrase: "in Changbai" },
  { name: "Kunming, Yunnan, China", phrase: "in Kunming" },
  { name: "Qingdao, Shandong, China", phrase: "in Qingdao" },
  { name: "Beijing, China", phrase: "in Beijing" },
  { name: "Sinuiju, North Korea", phrase: "to Sinuiju" },
];

export const OUTLETS: readonly {
  outlet: string;
  slug: string;
  kind: SourceKind["source_kind"];
  author: string | null;
}[] = [
  { outlet: "Daily NK", slug: "dailynk", kind: "news", author: null },
  { outlet: "NK Insider", slug: "nkinsider", kind: "news", author: "Jang Seiul" },
  { outlet: "Radio Free Asia", slug: "rfa", kind: "news", author: null },
  { outlet: "Yonhap", slug: "yonhap", kind: "news", author: "Kim Soo-yeon" },
  { outlet: "Chosun Ilbo", slug: "chosun", kind: "news", author: null },
  { outlet: "NK News", slug: "nknews", kind: "news", author: "Chad O'Carroll" },
  { outlet: "The Epoch Times", slug: "epochtimes", kind: "news", author: "Frank Fang" },
  { outlet: "Human Rights Watch", slug: "hrw", kind: "ngo", author: null },
  { outlet: "Transitional Justice Working Group", slug: "tjwg", kind: "ngo", author: null },
  { outlet: "Ministry of Unification", slug: "unikorea", kind: "government", author: null },
];

export const PARTIES: readonly { name: string; kind: AttributedKind["attributed_kind"] }[] = [
  { name: "a source in China", kind: "anonymous_source" },
  { name: "a Daily NK source in North Hamgyong Province", kind: "anonymous_source" },
  { name: "several sources who requested anonymity", kind: "anonymous_source" },
  { name: "South Korea's Unification Ministry", kind: "government" },
  { name: "China's foreign ministry", kind: "government" },
  { name: "Human Rights Watch", kind: "ngo" },
  { name: "Joo Ok-kyung of Light of Freedom", kind: "ngo" },
  { name: "an activist who helps defectors", kind: "ngo" },
  { name: "a researcher at the Korea Institute for National Unification", kind: "expert" },
  { name: "a defector who escaped with the group", kind: "other" },
];
