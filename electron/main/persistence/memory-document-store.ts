import type { JsonDocumentStore, LoadedDocument } from './json-document-store';

/** Keeps the document in memory only: hosts without a data directory (the headless scenario runner) and tests. */
export class MemoryDocumentStore<T> implements JsonDocumentStore<T> {
  constructor(private value: T) {}

  load(): LoadedDocument<T> {
    return { value: structuredClone(this.value) };
  }

  save(value: T): void {
    this.value = structuredClone(value);
  }
}
