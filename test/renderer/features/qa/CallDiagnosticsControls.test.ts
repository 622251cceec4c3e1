// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { CallDiagnosticName, DiagnosticValue } from '../../../../shared/calls/call-diagnostics';
import type { SimulatorCallControls } from '../../../../renderer/src/engine';
import CallDiagnosticsControls from '../../../../renderer/src/features/qa/CallDiagnosticsControls.vue';

/** Records what the QA row asks of the simulator; refuses when told to. */
function fakeCalls(refusal?: string) {
  const asked: [CallDiagnosticName, DiagnosticValue][] = [];
  const calls = {
    diagnostic(name: CallDiagnosticName, value: DiagnosticValue) {
      if (refusal) throw new Error(refusal);
      asked.push([name, value]);
    },
  } as Partial<SimulatorCallControls> as SimulatorCallControls;
  return { calls, asked };
}

describe('the QA row for call diagnostics', () => {
  it('raises qualities as Poor or Bad and flags as true, and clears them as Good or false', async () => {
    const { calls, asked } = fakeCalls();
    const row = mount(CallDiagnosticsControls, { props: { calls } });
    await row.get('[data-testid="qa-diagnostic-apply"]').trigger('click');
    await row.get('[data-testid="qa-diagnostic-level"]').setValue('poor');
    await row.get('[data-testid="qa-diagnostic-apply"]').trigger('click');
    await row.get('[data-testid="qa-diagnostic-level"]').setValue('clear');
    await row.get('[data-testid="qa-diagnostic-apply"]').trigger('click');
    await row.get('[data-testid="qa-diagnostic-name"]').setValue('speakingWhileMicrophoneIsMuted');
    await row.get('[data-testid="qa-diagnostic-apply"]').trigger('click');
    await row.get('[data-testid="qa-diagnostic-level"]').setValue('raise');
    await row.get('[data-testid="qa-diagnostic-apply"]').trigger('click');
    expect(asked).toEqual([
      ['networkReceiveQuality', 3],
      ['networkReceiveQuality', 2],
      ['networkReceiveQuality', 1],
      ['speakingWhileMicrophoneIsMuted', false],
      ['speakingWhileMicrophoneIsMuted', true],
    ]);
  });

  it('shows the simulator\'s refusal', async () => {
    const { calls } = fakeCalls('There is no call to report a diagnostic.');
    const row = mount(CallDiagnosticsControls, { props: { calls } });
    await row.get('[data-testid="qa-diagnostic-apply"]').trigger('click');
    expect(row.get('[data-testid="qa-diagnostic-error"]').text()).toBe('There is no call to report a diagnostic.');
  });
});
