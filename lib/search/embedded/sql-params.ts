/** Collects positional parameters for a raw SQL statement, so values are never spliced into SQL. */
export class SqlParams {
  readonly values: unknown[] = []
  add(value: unknown, cast: 'text' | 'int' = 'text'): string {
    this.values.push(value)
    return `$${this.values.length}::${cast}`
  }
}
