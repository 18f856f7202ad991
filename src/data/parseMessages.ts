import type { DataFile } from '../model/dataFile';
import type { DataFileErrorKind } from './dataFileError';

/**
 * To the data file worker: the file's text, or its body still arriving (a transferred stream, so the bytes are
 * decoded off the page's thread too), and the name its messages use.
 */
export type ParseRequest = { text: string; fileName: string } | { body: ReadableStream<Uint8Array>; fileName: string };

/** From the data file worker: the checked file, or why it was refused (`kind` null for a bug, not a bad file). */
export type ParseReply = { ok: true; file: DataFile } | { ok: false; kind: DataFileErrorKind | null; message: string };
