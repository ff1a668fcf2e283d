/** A fatal problem in a law file: the parser stops and reports this one cause, first. */
export class LawParseError extends Error {
  constructor(
    public location: string,
    message: string,
  ) {
    super(message)
  }
}
