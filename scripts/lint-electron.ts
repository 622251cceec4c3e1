import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/*
 * `npm run lint:electron`: Electronegativity over electron/ (main, preload, the window and
 * session setup), offline. Its CLI fetches translations and Electron's release list from
 * GitHub first and crashes without a network, so this runs its scanner directly: the
 * bundled English texts, the Electron version from our package.json, and the one check that
 * needs the network (known CVEs of the Electron release, which Dependabot covers) left out.
 * Accepted findings live in .electronegativity.json, each with its reason; anything else
 * fails the run.
 */

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: string };
  confidence: { name: string };
  manualReview?: boolean;
}

interface Exception {
  check: string;
  file: string;
  reason: string;
}

interface Config {
  excludedChecks: { check: string; reason: string }[];
  exceptions: Exception[];
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: Finding[]; errors: unknown[] }>;

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));

const i18n = require('i18n') as { configure(options: Record<string, unknown>): void; setLocale(locale: string): void };
/** Stands in for the package's own i18n loader, which fetches translations from GitHub on every run. */
function bundledEnglish(): Promise<void> {
  i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: join(packageDir, 'dist', 'locales'), updateFiles: false, objectNotation: true, register: global });
  i18n.setLocale('en-US');
  return Promise.resolve();
}
const i18nPath = join(packageDir, 'dist', 'locales', 'i18n.js');
require.cache[i18nPath] = { id: i18nPath, filename: i18nPath, loaded: true, exports: bundledEnglish } as unknown as NodeJS.Module;

const runner = (require(join(packageDir, 'dist', 'runner.js')) as { default?: Runner } & Runner);
const run: Runner = runner.default ?? runner;

const config = JSON.parse(readFileSync(join(root, '.electronegativity.json'), 'utf8')) as Config;
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
const input = join(root, 'electron');

const result = await run(
  {
    input,
    customScan: [],
    excludeFromScan: config.excludedChecks.map((entry) => entry.check.toLowerCase()),
    isRelative: true,
    isVerbose: true,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);

const accepted = (finding: Finding) =>
  config.exceptions.some((exception) => exception.check === finding.id && `electron/${finding.file}`.replaceAll('\\', '/') === exception.file);
const findings = result.issues.filter((finding) => !accepted(finding));
const unused = config.exceptions.filter((exception) => !result.issues.some((finding) => finding.id === exception.check && `electron/${finding.file}` === exception.file));

for (const finding of findings) {
  console.error(`${finding.id} ${relative(root, join(input, finding.file))}:${finding.location.line}:${finding.location.column} [${finding.severity.name}/${finding.confidence.name}] ${finding.description}`);
}
for (const exception of unused) console.error(`Unused exception in .electronegativity.json: ${exception.check} in ${exception.file}`);
if (result.errors.length > 0) console.error(`${result.errors.length} files could not be parsed:`, result.errors);
console.log(`electronegativity (Electron ${electronVersion}): ${result.issues.length} findings, ${result.issues.length - findings.length} accepted with a reason, ${findings.length} open.`);
process.exit(findings.length === 0 && unused.length === 0 && result.errors.length === 0 ? 0 : 1);
