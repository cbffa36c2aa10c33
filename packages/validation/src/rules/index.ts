import type { Rule } from "../ruleContext.js";
import { assessments } from "./assessments.js";
import { chains } from "./chains.js";
import { conflicts } from "./conflicts.js";
import { corroboration } from "./corroboration.js";
import { impliedCounts } from "./impliedCounts.js";
import { integrity } from "./integrity.js";
import { links } from "./links.js";
import { provenance } from "./provenance.js";
import { qualifier } from "./qualifier.js";
import { time } from "./time.js";

/** Every rule the validator runs, in report order. Adding a rule is one file and one line here. */
export const RULES: readonly Rule[] = [
  integrity,
  links,
  chains,
  provenance,
  qualifier,
  time,
  conflicts,
  corroboration,
  impliedCounts,
  assessments,
];

export {
  assessments,
  chains,
  conflicts,
  corroboration,
  impliedCounts,
  integrity,
  links,
  provenance,
  qualifier,
  time,
};
