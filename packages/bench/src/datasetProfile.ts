import { z } from "zod";

/**
 * The shapes of synthetic data the bench generates. `standard`: two to seven claims per event and
 * metric, 12% of groups with planted conflicts. `dense`: shaped like real reporting on a contested
 * event (issue 9): mostly 2–8 claims a group, a few up to 120, about one claim in eight a 3×
 * outlier, so a million claims hold millions of conflicting pairs.
 */
export const datasetProfileSchema = z.enum(["standard", "dense"]);
export type DatasetProfile = z.infer<typeof datasetProfileSchema>;

export const DATASET_PROFILES = datasetProfileSchema.options;
