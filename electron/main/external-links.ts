/** The only links the app hands to the system browser: plain https, no embedded credentials. */
export function safeExternalUrl(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return undefined;
  return url.href;
}
