/**
 * A permanent extraction failure (corrupt or encrypted file, zip bomb, unsupported type).
 * The message is shown to people as-is, so it states the reason in plain words;
 * retrying the same bytes will fail the same way.
 */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}
