import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CliIo, OutputOptions } from './cli-args';
import { exitCodeFor, exitCodes } from './exit-codes';
import { compareWithField, parseDiagnosticsBundle, scenarioFromDiagnostics } from './from-diagnostics';
import type { ScenarioResult } from './run-scenario';
import { ScenarioInputError, type Scenario } from './scenario';
import { checkExpectations } from './scenario-file';
import { errorMessage } from '../../shared/util/error-message';

export interface ReplayCommand extends OutputOptions {
  bundlePath: string;
  writePath?: string;
}

/**
 * `--from-diagnostics`: bundle → scenario → run → "did it fail the same way?". Exits as a run
 * does when the replay matched the field, 6 when it did not, 2 when it cannot be replayed.
 */
export async function replayDiagnostics(command: ReplayCommand, io: CliIo, run: (scenario: Scenario) => Promise<ScenarioResult>): Promise<number> {
  const bundle = parseDiagnosticsBundle(command.bundlePath, await readText(command.bundlePath));
  const conversion = scenarioFromDiagnostics(bundle, basename(command.bundlePath));
  if (!conversion.ok) {
    if (command.json) io.out(JSON.stringify({ replay: { bundle: command.bundlePath, reproducible: false, problems: conversion.problems } }));
    io.err(`${command.bundlePath} cannot be replayed in the simulator:`);
    for (const problem of conversion.problems) io.err(`  - ${problem}`);
    return exitCodes.badArguments;
  }
  const { replay } = conversion;
  if (command.writePath) {
    await writeFile(command.writePath, `${JSON.stringify(replay.json, null, 2)}\n`, 'utf8');
    if (!command.json) io.out(`Wrote the derived scenario to ${command.writePath}.`);
  }
  if (!command.json) {
    io.out(`Replaying ${replay.fieldAttempts.length} attempt(s) of window ${replay.windowId} from ${command.bundlePath}: inject "${replay.file.scenario.inject || 'nothing'}".`);
    for (const note of replay.notes) io.out(`Note: ${note}`);
  }

  const result = await run(replay.file.scenario);
  const mismatches = [...checkExpectations(replay.file.expect, result), ...compareWithField(replay, result)];
  const matched = mismatches.length === 0;
  if (command.json) {
    io.out(JSON.stringify({ replay: { bundle: command.bundlePath, reproducible: true, matched, inject: replay.file.scenario.inject, network: replay.file.scenario.network, expect: replay.file.expect, mismatches, notes: replay.notes } }));
  } else {
    io.out(matched ? 'REPLAY MATCHED: the simulator made the same decisions as the field.' : ['REPLAY DIFFERED from the field:', ...mismatches.map((m) => `  - ${m}`)].join('\n'));
  }
  return matched ? exitCodeFor(result.status) : exitCodes.expectationFailed;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ScenarioInputError(`${path}: cannot be read (${errorMessage(error)}).`);
  }
}
