/**
 * The import commit (issue 4): planImport reads a file and says per row what would be created,
 * updated or skipped, without writing; commitImport writes a plan in one transaction as a batch
 * with provenance per record; undoImport takes a batch back.
 */
export { chooseSheet, planImport, sha256 } from './plan';
export { commitImport, type CommitResult } from './commit';
export { previewUndo, undoImport, type KeptRecord, type UndoResult } from './undo';
export { listBatches, getBatch, batchRows, provenanceOf } from '../batches';
export type * from './types';
