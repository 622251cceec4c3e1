// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import StatusBar from '../../../../renderer/src/features/status/StatusBar.vue';
import type { SessionView } from '../../../../shared/session/state';
import { callView, emptySnapshot } from '../support/fake-call-controller';

const ready: SessionView = { phase: { name: 'ready' }, online: true, attempts: [] };
const stateText = (calls?: typeof emptySnapshot) => mount(StatusBar, { props: { view: ready, calls } }).get('[data-testid="agent-state"]').text();

describe('the status line', () => {
  it('says Ready when idle, In a call during a call, Reconnecting… while the agent is disconnected', () => {
    expect(stateText(emptySnapshot)).toBe('Ready');
    expect(stateText({ ...emptySnapshot, calls: [callView()] })).toBe('In a call');
    expect(stateText({ ...emptySnapshot, reconnecting: true })).toBe('Reconnecting…');
    expect(stateText()).toBe('Ready');
  });
});
