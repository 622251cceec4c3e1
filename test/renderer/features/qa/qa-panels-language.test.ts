// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimulatorControls, SimulatorSnapshot } from '../../../../renderer/src/engine/simulator/simulated-service';
import SdkErrorRecipes from '../../../../renderer/src/features/qa/SdkErrorRecipes.vue';
import SimulatorPanel from '../../../../renderer/src/features/qa/SimulatorPanel.vue';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

/** A simulator with nothing queued, or `plan` once something is. */
function fakeControls(): SimulatorControls & { plan: string } {
  const controls = {
    plan: '',
    snapshot: (): SimulatorSnapshot => ({ online: true, connectionDropped: false, delays: {} as SimulatorSnapshot['delays'], pendingPlan: controls.plan, agents: [], liveCallClients: 0 }),
    inject(text: string) {
      controls.plan = text;
    },
    clearPlan() {
      controls.plan = '';
    },
    setOnline: () => undefined,
    calls: {} as SimulatorControls['calls'],
  };
  return controls as Partial<SimulatorControls> as SimulatorControls & { plan: string };
}

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  useLocaleInMounts('en');
});

describe('the QA panels in German', () => {
  beforeEach(() => useLocaleInMounts('de'));

  it('the simulator panel labels its controls in German and keeps codes and plans as they are', async () => {
    const controls = fakeControls();
    wrapper = mount(SimulatorPanel, { props: { controls } });
    expect(wrapper.get('summary').text()).toBe('Simulator-Steuerung (QA)');
    expect(wrapper.get('[data-testid="qa-plan"]').text()).toBe('nichts');
    const row = wrapper.get('[data-testid="qa-code-row"][data-code="403/40229"]');
    expect(row.text()).toContain('Ein Teams-Token wurde für einen ACS-Call-Agent verwendet');
    expect(row.get('[data-testid="qa-code-count"]').attributes('aria-label')).toBe('Wie oft mit 403/40229 scheitern');
    await row.get('[data-testid="qa-code-queue"]').trigger('click');
    expect(controls.plan).toBe('403/40229');
    expect(wrapper.get('[data-testid="qa-code-queue"]').text()).toBe('Einreihen');
    expect(wrapper.get('[data-testid="qa-call-diagnostics"] legend').text()).toBe('Anrufdiagnose (neuester laufender Anruf)');
  });

  it('a refused plan is explained in German, and nothing is queued', async () => {
    const controls = fakeControls();
    wrapper = mount(SimulatorPanel, { props: { controls } });
    await wrapper.get('[data-testid="qa-inject"]').setValue('40104@5m');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[data-testid="qa-inject-error"]').text()).toBe(
      'Eintrag 1 („40104@5m“) ist nicht „subCode“ oder „code/subCode“, wahlweise mit Anzahl und Verzögerung, etwa 40104x2, 408/40114@5s.',
    );
    await wrapper.get('[data-testid="qa-inject"]').setValue('40104x2, 99999');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[data-testid="qa-inject-error"]').text()).toMatch(/^Eintrag 2 \(„99999“\) ist kein bekannter Fehler\. Bekannt: .*409\/40228/);
    expect(controls.plan).toBe('');
  });

  it('the SDK recipes say what each token provokes, in German', () => {
    wrapper = mount(SdkErrorRecipes, { props: { now: () => Date.UTC(2026, 10, 28), canPrepare: false } });
    expect(wrapper.get('summary').text()).toBe('Echtes SDK: eigene Fehler hervorrufen (QA)');
    expect(wrapper.get('[data-testid="qa-recipe-401-44113"]').text()).toBe('401/44113 vorbereiten');
    expect(wrapper.text()).toContain('Ein Token ohne den Scope „voip“');
    expect(wrapper.text()).toContain('(dokumentiert als 400/44214; SDK 2.0 löst 400/40214 aus)');
    expect(wrapper.get('[data-testid="qa-recipe-40228"]').text()).toContain('(npm start -- --engine simulator)');
    expect(wrapper.text()).toContain('Melden Sie sich zuerst ab');
  });
});

describe('the QA panels in English', () => {
  it('read as they did before localization', () => {
    wrapper = mount(SimulatorPanel, { props: { controls: fakeControls() } });
    expect(wrapper.get('[data-testid="qa-plan"]').text()).toBe('nothing');
    expect(wrapper.get('[data-testid="qa-code-row"][data-code="403/40229"]').text()).toContain('A Teams token was used for an ACS call agent');
    const recipes = mount(SdkErrorRecipes, { props: { now: () => Date.UTC(2026, 10, 28), canPrepare: true } });
    expect(recipes.get('[data-testid="qa-recipe-400-40214"]').text()).toBe('Prepare 400/40214');
    expect(recipes.text()).toContain('A display name for a Teams user (documented as 400/44214; SDK 2.0 raises 400/40214)');
    recipes.unmount();
  });
});
