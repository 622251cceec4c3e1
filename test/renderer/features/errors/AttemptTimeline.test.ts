// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import AttemptTimeline from '../../../../renderer/src/features/errors/AttemptTimeline.vue';
import type { AttemptRecord } from '../../../../shared/session/attempt';

const failed: AttemptRecord = {
  attempt: 1,
  startedAt: 0,
  endedAt: 0,
  tokenSource: 'teams',
  agentKind: 'teams',
  outcome: 'failed',
  error: { id: '408/40104', code: 408, subCode: 40104, category: 'UnexpectedClientError' },
  decision: 'retryAfter',
  delayMs: 1_700,
};

describe('AttemptTimeline', () => {
  it('reads each attempt as a line QA can follow, with the wait in seconds', () => {
    const wrapper = mount(AttemptTimeline, { props: { attempts: [failed] } });
    const line = wrapper.get('[data-testid="attempt-item"]').text().replace(/\s+/g, ' ');
    expect(line).toMatch(/#1 Teams via teams — failed 408\/40104 UnexpectedClientError → retryAfter in 1\.7 s$/);
  });
});
