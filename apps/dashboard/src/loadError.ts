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
