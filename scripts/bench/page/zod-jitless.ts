import { config } from 'zod';

/*
 * Imported first by the IPC probe, so it runs before any schema is built. zod decides per
 * schema, when it is built, whether to compile a fast parser with `new Function`. The probe
 * arrives through DevTools, where that check passes, but its parsers run later from socket
 * events, under the page's Content-Security-Policy, which forbids eval. The app's own bundle
 * finds eval forbidden and parses without compiling; jitless takes the same path.
 */
config({ jitless: true });
