import { z } from "zod";

// semver.org's own pattern: no leading zero in a number, pre-release numbers included ("1.3.0-01"
// passed the looser one here and was then refused by the semver library as the release was cut).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const semver = z
  .string()
  // The semver library's own limit, past which it reads no version at all.
  // Each check stops the rest: "not-a-version" was also told its numbers were too large.
  .max(256, { message: "must be a semver version of at most 256 characters", abort: true })
  .regex(SEMVER, { message: "must be a semver version such as 1.0.0", abort: true })
  // Numbers past 2^53 cannot be ordered (the semver library refuses them).
  .refine(
    (v) => (v.split(/[-+]/)[0] ?? "").split(".").every((n) => Number.isSafeInteger(Number(n))),
    "must be a semver version whose numbers are at most 9007199254740991",
  );

/**
 * A resource's `hash` as Tally writes it: sha256, its digits in lower case, as every library's
 * hex digest gives them and as a reader that compares the text would compare them.
 */
export const SHA256_HASH = /^sha256:[0-9a-f]{64}$/;

/** Table Schema field (https://specs.frictionlessdata.io/table-schema/), the subset Tally writes. */
export const tableFieldSchema = z.looseObject({
  name: z.string(),
  type: z.enum(["string", "number", "integer", "boolean", "date"]),
  title: z.string().optional(),
  description: z.string().optional(),
  format: z.string().optional(),
  constraints: z
    .looseObject({
      required: z.boolean().optional(),
      unique: z.boolean().optional(),
      enum: z.array(z.string()).optional(),
      pattern: z.string().optional(),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
    })
    .optional(),
});

export const foreignKeySchema = z.object({
  fields: z.union([z.string(), z.array(z.string())]),
  reference: z.object({ resource: z.string(), fields: z.union([z.string(), z.array(z.string())]) }),
});

/** A licence, of the package or of one resource. */
const licenseSchema = z.looseObject({
  name: z.string().optional(),
  path: z.string().optional(),
  title: z.string().optional(),
});

/** A source of the data, of the package or of one resource. */
const sourceSchema = z.looseObject({ title: z.string(), path: z.string().optional() });

export const resourceSchema = z.looseObject({
  name: z.string(),
  path: z.string(),
  profile: z.string().optional(),
  format: z.string().optional(),
  mediatype: z.string().optional(),
  encoding: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
  hash: z.string().regex(SHA256_HASH, "must be sha256:<64 lower-case hex digits>").optional(),
  homepage: z.string().optional(),
  licenses: z.array(licenseSchema).optional(),
  sources: z.array(sourceSchema).optional(),
  schema: z.looseObject({
    fields: z.array(tableFieldSchema),
    primaryKey: z.union([z.string(), z.array(z.string())]).optional(),
    foreignKeys: z.array(foreignKeySchema).optional(),
    missingValues: z.array(z.string()).optional(),
  }),
});

/** Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/). */
export const dataPackageSchema = z.looseObject({
  profile: z.string().optional(),
  name: z.string().regex(/^[a-z0-9._-]+$/, "must be lower-case letters, digits, '.', '_' or '-'"),
  title: z.string().optional(),
  description: z.string().optional(),
  version: semver,
  created: z.string().optional(),
  homepage: z.string().optional(),
  licenses: z.array(licenseSchema).min(1),
  sources: z.array(sourceSchema).optional(),
  contributors: z.array(z.looseObject({ title: z.string() })).optional(),
  resources: z.array(resourceSchema).min(1),
});

export type DataPackage = z.infer<typeof dataPackageSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type TableField = z.infer<typeof tableFieldSchema>;

/** Manifest frozen with a release: every file's sha256, so a changed byte is caught. */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const releaseManifestSchema = z.object({
  name: z.string(),
  version: semver,
  /** When the release was cut: a date-time as `cutRelease` writes it, or a date (`--date`). */
  created: z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: "must be the date the release was cut, as 2024-05-01 or 2024-05-01T12:00:00.000Z",
  }),
  files: z.record(z.string(), z.object({ sha256, bytes: z.number().int().nonnegative() })),
  /**
   * Whether every quote was checked against its source text when the release was cut
   * (`pnpm dataset:release --corpus`). Absent in releases cut before the check existed (1.0.0).
   */
  quotes_verified: z.boolean().optional(),
  /** With quotes_verified: the sha256 of each source text checked, by file name. */
  corpus: z.record(z.string(), sha256).optional(),
});

export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;
export { semver as semverSchema };
