import { findCatalogEntry } from '../../../../shared/errors/catalog';
import type { ErrorCategory } from '../../../../shared/errors/categories';
import { findSdkErrorDefinition, sdkErrorDefinitions, type SdkErrorName } from './sdk-error-definitions';

/** The SDK's error shape: an Error whose extra fields classify.ts reads. */
export class SimulatedCallingError extends Error {
  override readonly name = 'CallingCommunicationError';
  readonly resultCategories: ErrorCategory[];

  constructor(
    readonly code: number,
    readonly subCode: number,
    category: ErrorCategory,
    message: string,
  ) {
    super(message);
    this.resultCategories = [category];
  }
}

export function sdkError(name: SdkErrorName): SimulatedCallingError {
  const definition = sdkErrorDefinitions[name];
  return new SimulatedCallingError(definition.code, definition.subCode, definition.category, definition.message);
}

/**
 * An injected error: the SDK's own wording where the simulator knows it, else the catalog's
 * (44214 exists only in the documentation, not in SDK 2.0.0).
 */
export function injectedError(code: number, subCode: number): SimulatedCallingError {
  const known = findSdkErrorDefinition(code, subCode);
  if (known) return new SimulatedCallingError(code, subCode, known.category, known.message);
  const entry = findCatalogEntry(code, subCode);
  if (entry) return new SimulatedCallingError(code, subCode, entry.category, entry.sdkMessage);
  throw new Error(`No error definition for ${code}/${subCode}.`);
}
