/** A failure the user can act on: what went wrong, and what to do about it. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = "LoadError";
  }
}

/**
 * The query engine itself could not start (its WebAssembly refused or never came): no fault of the
 * release, whose summary still holds, so a view may keep showing what it read from that.
 */
export class EngineStartError extends LoadError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = "EngineStartError";
  }
}
