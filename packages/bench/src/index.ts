// The benchmark as a library: what `pnpm bench` and `pnpm bench:data` run, for a script that
// wants to measure or generate data its own way. Run from its TypeScript sources (tsx); never built.
export type { DatasetProfile } from "./datasetProfile.js";
export { DATASET_PROFILES } from "./datasetProfile.js";
export type { Expected } from "./expected.js";
export { expectedSchema } from "./expected.js";
export type { GenerateOptions } from "./generate/generateDataset.js";
export { generateDataset } from "./generate/generateDataset.js";
export type { BenchRecord } from "./report/benchRecord.js";
export type { BenchOptions, BenchPart } from "./runBench.js";
export { BENCH_PARTS, runBench } from "./runBench.js";
