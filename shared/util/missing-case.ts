/** Ends every switch over a union: adding a member without handling it fails to compile. */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
