import type { DataFile } from '../model/dataFile';
import { PrintEvents } from './PrintEvents';
import { usePrinting } from './usePrinting';

/** The events table for print, put in the page only while printing: a long story's table costs the screen nothing. */
export function PrintEventsWhenPrinting({ file }: { file: DataFile }) {
  return usePrinting() ? <PrintEvents file={file} /> : null;
}
