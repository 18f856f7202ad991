/** Which step of loading the data file failed; each has its own message. */
export type DataFileErrorKind = 'location' | 'network' | 'http' | 'json' | 'schema' | 'version';

/** A data file that could not be loaded, with a message saying what is wrong and where. */
export class DataFileError extends Error {
  /** Which step failed. */
  readonly kind: DataFileErrorKind;

  constructor(kind: DataFileErrorKind, message: string) {
    super(message);
    this.name = 'DataFileError';
    this.kind = kind;
  }
}
