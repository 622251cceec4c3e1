import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface DependabotConfig {
  version: number;
  updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
}
interface Workflow {
  jobs: Record<string, { steps: { name?: string; run?: string; uses?: string }[] }>;
}
interface ElectronegativityConfig {
  excludedChecks: { check: string; reason: string }[];
}

/*
 * .electronegativity.json skips Electron's release check on the promise that Dependabot and
 * npm audit watch for security fixes instead. These tests hold the repository to that promise.
 */
describe('dependency updates and advisories', () => {
  it('has Dependabot propose npm and GitHub Actions updates weekly', () => {
    expect(existsSync(new URL('.github/dependabot.yml', root))).toBe(true);
    const config = load(read('.github/dependabot.yml')) as DependabotConfig;
    expect(config.version).toBe(2);
    for (const ecosystem of ['npm', 'github-actions']) {
      expect(config.updates).toContainEqual(expect.objectContaining({ 'package-ecosystem': ecosystem, directory: '/', schedule: { interval: 'weekly' } }));
    }
  });

  it('audits the runtime dependencies in CI, and skips rather than fails when the registry is unreachable', () => {
    const workflow = load(read('.github/workflows/ci.yml')) as Workflow;
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const audit = steps.find((step) => step.run?.includes('npm audit'));
    expect(audit?.run).toMatch(/npm audit --omit=dev --audit-level=high/);
    // The audit runs only inside the branch where the registry answered.
    expect(audit?.run).toMatch(/if npm ping\b.*; then\s+npm audit/);
    expect(audit?.run).toMatch(/else\s+echo/);
    // The offline-safe test entry point itself never asks the registry for advisories.
    expect(read('.ci/run')).not.toMatch(/npm audit/);
  });

  it('justifies skipping Electronegativity\'s release check only with what the repository really has', () => {
    const config = JSON.parse(read('.electronegativity.json')) as ElectronegativityConfig;
    const reason = config.excludedChecks.find((excluded) => excluded.check === 'AvailableSecurityFixesGlobalCheck')?.reason ?? '';
    expect(reason).toContain('.github/dependabot.yml');
    expect(reason).toContain('npm audit');
    expect(existsSync(new URL('.github/dependabot.yml', root))).toBe(true);
    expect(read('.github/workflows/ci.yml')).toContain('npm audit');
  });
});
