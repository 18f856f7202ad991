// The rules of editing, in one chunk loaded with the saved edits (useCuration): nothing can be edited before those
// are read, and until then the page shows the extracted file as it is.
export { applyCurationAction, describeCurationAction } from './curationActions';
export { applyCurationLayer } from './applyCurationLayer';
