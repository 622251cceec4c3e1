import { runCli } from './scenario/cli';

/* `npm run scenario -- --help`: a headless sign-in on the real core and engine; see scripts/scenario/. */

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
