/*
 * The renderer's Content-Security-Policy as commented data: one row per directive, with the
 * reason for every source it allows. renderer/index.html carries the same policy in a meta
 * tag (a test keeps the two equal); the Electron session also sends it as a header, which
 * covers pages served over http (the dev server) and adds what a meta tag cannot set.
 *
 * The hosts are those the ACS Calling SDK 2.0 reaches from the page (found in its bundle):
 * the ACS resource and identity endpoints, the calling service's registrar, config and
 * notification (trouter) hosts, Teams interop hosts and the SDK's telemetry collector. TURN
 * and media traffic goes through WebRTC ICE, which CSP does not govern. Tokens are fetched
 * by main, never by the page.
 */

type Directive = readonly [name: string, sources: readonly string[]];

/** A host the SDK reaches over both HTTPS and secure WebSockets. */
function httpsAndWss(host: string): string[] {
  return [`https://${host}`, `wss://${host}`];
}

export const acsConnectSources: readonly string[] = [
  // ACS resource endpoints (<resource>.<geo>.communication.azure.com).
  ...httpsAndWss('*.communication.azure.com'),
  // Calling service: registrar, ECS config, relay auth, trouter notifications, media gateway.
  ...httpsAndWss('*.communication.microsoft.com'),
  // Legacy Skype-hosted calling endpoints (edge, flight proxy, call controller, trouter).
  ...httpsAndWss('*.skype.com'),
  // Teams interop (TeamsCallAgent, meetings): config, trouter, calling controller.
  ...httpsAndWss('*.teams.microsoft.com'),
  // Media broker of the newer calling stack.
  'https://*.svc.cloud.microsoft',
  // Static configuration served from the Teams CDN.
  'https://*.cdn.office.net',
  // The SDK's telemetry collector (1DS).
  'https://*.events.data.microsoft.com',
];

export const contentSecurityPolicyDirectives: readonly Directive[] = [
  ['default-src', ["'self'"]],
  // Our bundled modules only; the SDK's WebAssembly (audio effects) needs wasm compilation,
  // which this allows without allowing eval.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  // Vite injects component CSS as <style> tags in dev; no script can come in this way.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  // 'self' covers the web shell's own ws://localhost socket (and Vite's hot-reload socket).
  ['connect-src', ["'self'", ...acsConnectSources]],
  // The SDK and our ringtones hand media to elements as blob: and data: URLs.
  ['media-src', ["'self'", 'blob:', 'data:']],
  ['img-src', ["'self'", 'blob:', 'data:']],
  ['font-src', ["'self'", 'data:']],
  // The SDK's media workers are created from blob: URLs.
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['frame-src', ["'none'"]],
  // Stops a <base> tag from redirecting our relative script URLs.
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
];

/** Directives a meta tag ignores; only the header carries them. */
export const headerOnlyDirectives: readonly Directive[] = [['frame-ancestors', ["'none'"]]];

function serialise(directives: readonly Directive[]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The policy as the renderer's meta tag states it. */
export function metaContentSecurityPolicy(): string {
  return serialise(contentSecurityPolicyDirectives);
}

/** The policy as the Electron session sends it with every response. */
export function headerContentSecurityPolicy(): string {
  return serialise([...contentSecurityPolicyDirectives, ...headerOnlyDirectives]);
}
