import { runCli } from '../../../../scripts/scenario/cli';

/** Runs `npm run scenario` in process and keeps what it printed. */
export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The --json output, one parsed object per line. */
export const jsonLines = (out: string[]) => out.flatMap((chunk) => chunk.split('\n')).map((line) => JSON.parse(line) as Record<string, unknown>);
