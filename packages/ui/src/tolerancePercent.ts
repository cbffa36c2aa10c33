/** "10%" for a tolerance of 0.1, to a tenth of a percent: how legends, notes and exports name it. */
export const tolerancePercent = (tolerance: number): string => `${Math.round(tolerance * 1000) / 10}%`;
