/**
 * A token endpoint's origin and path: the URL without its query, fragment and user info, where
 * services keep their keys (`?code=` for Azure Functions). What may be shown, logged and kept in
 * settings.json to recognise the endpoint; the full URL stays in the secret vault.
 */
export function endpointAddress(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  return `${parsed.origin}${parsed.pathname}`;
}
