// electron-builder afterSign hook: says plainly when an installer was built without signing or
// notarization, so an unsigned build is a choice someone saw, not an accident. electron-builder
// signs with CSC_LINK/CSC_KEY_PASSWORD (or a keychain identity) and notarizes on its own when
// APPLE_ID/APPLE_APP_SPECIFIC_PASSWORD/APPLE_TEAM_ID or APPLE_API_KEY/APPLE_API_KEY_ID/APPLE_API_ISSUER are set.

const signing = ['CSC_LINK', 'CSC_KEY_PASSWORD'];
const notarizing = [
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
];

/** The warnings for this platform and environment; empty when everything needed is set. */
export function signingWarnings(platform, env) {
  const warnings = [];
  const missing = signing.filter((name) => !env[name]);
  if (missing.length > 0 && platform !== 'linux') {
    warnings.push(`not code-signed: ${missing.join(', ')} not set. Users will see an unknown-publisher warning.`);
  }
  if ((platform === 'darwin' || platform === 'mas') && !notarizing.some((set) => set.every((name) => env[name]))) {
    warnings.push('not notarized: set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID (or APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER). Gatekeeper will block the app.');
  }
  return warnings;
}

export default async function afterSign(context, env = process.env, warn = console.warn) {
  for (const warning of signingWarnings(context.electronPlatformName, env)) warn(`  • ACS Softphone ${context.electronPlatformName}: ${warning}`);
}
