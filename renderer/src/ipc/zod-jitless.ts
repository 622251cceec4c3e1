import { z } from 'zod';

/*
 * Imported first by main.ts, before any schema is built. zod compiles a fast path for object
 * schemas with `new Function`, and probes whether it may while building the first one; the
 * window's Content-Security-Policy allows no eval, so the probe only fails, and Chromium reports
 * it as a CSP violation (a console error and a `securitypolicyviolation` event) on every
 * launch. The launch trace showed the probe among zod's costs; jitless skips it. Parsing is
 * the same either way here: without eval zod already used its plain parser.
 */
z.config({ jitless: true });
