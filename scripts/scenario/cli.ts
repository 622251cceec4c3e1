import { createConsoleLogger } from '../../electron/main/console-logger';
import { missingCase } from '../../shared/util/missing-case';
import { parseCliArgs, usage, type CliIo, type OutputOptions } from './cli-args';
import { exitCodeFor, exitCodes } from './exit-codes';
import { attemptJsonLine, finalJsonLine, formatReport } from './report';
import { runScenario, type RunOptions, type ScenarioResult } from './run-scenario';
import { ScenarioInputError, type Scenario } from './scenario';
import { checkExpectations, formatMismatches, loadScenarioFiles, scenarioJsonSchema } from './scenario-file';
import { replayDiagnostics } from './replay-cli';

/** The whole of `npm run scenario`, minus process globals; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(argv);
  try {
    switch (command.kind) {
      case 'help':
        io.out(usage);
        return exitCodes.ready;
      case 'printSchema':
        io.out(JSON.stringify(scenarioJsonSchema(), null, 2));
        return exitCodes.ready;
      case 'invalid':
        io.err(command.message);
        io.err('Run with --help for the options.');
        return exitCodes.badArguments;
      case 'run':
        return exitCodeFor((await runAndPrint(command.scenario, command, io)).status);
      case 'files':
        return await runFiles(command.paths, command, io);
      case 'replay':
        return await replayDiagnostics(command, io, (scenario) => runAndPrint(scenario, command, io));
      default:
        return missingCase(command);
    }
  } catch (error) {
    if (error instanceof ScenarioInputError) {
      io.err(error.message);
      return exitCodes.badArguments;
    }
    io.err(`The scenario runner failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return exitCodes.runnerError;
  }
}

async function runAndPrint(scenario: Scenario, output: OutputOptions, io: CliIo): Promise<ScenarioResult> {
  const options: RunOptions = {};
  if (output.json) options.onAttempt = (line) => io.out(attemptJsonLine(line));
  if (output.verbose) options.logger = createConsoleLogger((_level, line) => io.err(line));
  const result = await runScenario(scenario, options);
  const exitCode = exitCodeFor(result.status);
  io.out(output.json ? finalJsonLine(result, exitCode) : formatReport(result, exitCode));
  if (output.verbose) for (const warning of result.engineWarnings) io.err(`[engine] ${warning}`);
  return result;
}

/** Runs each file in turn; the exit code says whether every one behaved as it expects. */
async function runFiles(paths: readonly string[], output: OutputOptions, io: CliIo): Promise<number> {
  const files = await loadScenarioFiles(paths);
  let failed = 0;
  for (const file of files) {
    if (!output.json) io.out(`=== ${file.path}`);
    const result = await runAndPrint(file.scenario, output, io);
    const mismatches = checkExpectations(file.expect, result);
    if (mismatches.length > 0) failed += 1;
    io.out(
      output.json
        ? JSON.stringify({ expectation: { file: file.path, name: file.scenario.name, ok: mismatches.length === 0, mismatches } })
        : `${formatMismatches(file, mismatches)}\n`,
    );
  }
  if (!output.json) io.out(`${files.length - failed} of ${files.length} scenario${files.length === 1 ? '' : 's'} behaved as expected.`);
  return failed > 0 ? exitCodes.expectationFailed : exitCodes.ready;
}
