/**
 * Which rules' lists a reader opened or folded in Findings, and how many findings each showed, for
 * the page's life. Back from a claim a finding links to drew Findings afresh: a list the reader had
 * opened was folded again, so the link they had followed was gone and focus fell to the heading,
 * 4,000 px above where they had been (an outside audit, 40 conflicts of the many-claims fixture).
 */
export interface Fold {
  open: boolean;
  shown: number;
}

const folds = new Map<string, Fold>();

/** One rule's list in one release: its severity too, as a rule may both warn and note. */
export function foldKey(base: string, version: string, severity: string, rule: string): string {
  return [base, version, severity, rule].join("\u0000");
}

export function foldOf(key: string): Fold | undefined {
  return folds.get(key);
}

export function keepFold(key: string, fold: Fold): void {
  folds.set(key, fold);
}

/** Every list as it first draws: for tests, each of which is a page of its own. */
export function forgetFolds(): void {
  folds.clear();
}
