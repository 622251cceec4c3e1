// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import SignInForm from '../../../../renderer/src/features/sign-in/SignInForm.vue';
import { createSignInDraft } from '../../../../renderer/src/app/sign-in-draft';
import { classifySdkError } from '../../../../shared/errors/classify';
import type { SignInIntent } from '../../../../shared/ipc/contract';
import { signInRefusals } from '../../../../shared/session/sign-in-refusal';

const baseProps = { engine: 'sdk', engineReason: 'ACS_TOKEN_ENDPOINT is set', busy: false, preflightMessage: undefined, requestError: undefined } as const;

function fieldValue(wrapper: ReturnType<typeof mount>, testId: string): string {
  return (wrapper.get(`[data-testid="${testId}"]`).element as HTMLInputElement).value;
}

describe('SignInForm', () => {
  it('fills in the saved endpoint and display name once settings arrive after the form is shown', async () => {
    const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined, defaultDisplayName: undefined } });
    expect(fieldValue(wrapper, 'signin-endpoint')).toBe('');

    await wrapper.setProps({ defaultTokenEndpoint: 'https://tokens.example.com/token', defaultDisplayName: 'Alice' });
    expect(fieldValue(wrapper, 'signin-endpoint')).toBe('https://tokens.example.com/token');
    expect(fieldValue(wrapper, 'signin-display-name')).toBe('Alice');

    await wrapper.get('form').trigger('submit');
    const [intent] = wrapper.emitted('submit')?.[0] as [SignInIntent];
    expect(intent).toMatchObject({ source: { type: 'endpoint', url: 'https://tokens.example.com/token' }, displayName: 'Alice' });
  });

  it('keeps what the person typed when the saved settings change underneath', async () => {
    const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: 'https://old.example.com/t', defaultDisplayName: '' } });
    await wrapper.get('[data-testid="signin-endpoint"]').setValue('https://typed.example.com/t');
    await wrapper.get('[data-testid="signin-display-name"]').setValue('Typed');

    await wrapper.setProps({ defaultTokenEndpoint: 'https://new.example.com/t', defaultDisplayName: 'Saved' });
    expect(fieldValue(wrapper, 'signin-endpoint')).toBe('https://typed.example.com/t');
    expect(fieldValue(wrapper, 'signin-display-name')).toBe('Typed');
  });

  it('offers a Teams account with the real SDK, and signs in with it without a display name or agent choice', async () => {
    const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: 'https://tokens.example.com/token', defaultDisplayName: 'Alice' } });
    await wrapper.get('[data-testid="signin-source-teams"]').setValue(true);
    expect(wrapper.find('[data-testid="signin-display-name"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="signin-agent-kind"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="signin-teams-hint"]').text()).toContain('browser');
    expect(wrapper.get('[data-testid="signin-submit"]').text()).toBe('Sign in with Teams');

    await wrapper.get('form').trigger('submit');
    const [intent] = wrapper.emitted('submit')?.[0] as [SignInIntent];
    expect(intent).toEqual({ source: { type: 'teams' }, agentKind: 'teams', skipPreflight: false });
  });

  it('has no Teams sign-in in the simulator', () => {
    const wrapper = mount(SignInForm, { props: { ...baseProps, engine: 'simulator', defaultTokenEndpoint: undefined } });
    expect(wrapper.find('[data-testid="signin-source-teams"]').exists()).toBe(false);
  });

  it('says next to the field what is wrong instead of sending a sign-in main would refuse', async () => {
    const wrapper = mount(SignInForm, { props: { ...baseProps, engine: 'simulator', defaultTokenEndpoint: undefined } });
    await wrapper.get('[data-testid="signin-simulated-user"]').setValue('not a user!');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('submit')).toBeUndefined();
    expect(wrapper.get('[data-testid="signin-field-problem"]').text()).toMatch(/1 to 64 letters/);
    expect(wrapper.get('[data-testid="signin-simulated-user"]').attributes('aria-invalid')).toBe('true');

    await wrapper.get('[data-testid="signin-source-token"]').setValue(true);
    expect(wrapper.find('[data-testid="signin-field-problem"]').exists()).toBe(false);
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[data-testid="signin-field-problem"]').text()).toBe('Paste an access token.');
    await wrapper.get('[data-testid="signin-token"]').setValue('eyJ.x.y');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('submit')).toHaveLength(1);
  });

  it("words main's refusal and the engine choice from their keys", async () => {
    const wrapper = mount(SignInForm, {
      props: {
        ...baseProps,
        engineReason: 'ACS settings found (ACS_TOKEN_ENDPOINT is set): using the real ACS Calling SDK.',
        engineReasonKey: 'acsSettings',
        defaultTokenEndpoint: undefined,
        requestError: { message: 'English from main', reason: 'teamsNeedsClientId' },
        // The engine's reason is for QA only (see below).
        qa: true,
      },
    });
    expect(wrapper.get('[data-testid="signin-error"]').text()).toContain('Settings › Teams sign-in');
    expect(wrapper.get('[data-testid="signin-engine"]').text()).toContain('using the real ACS Calling SDK');
    // A refusal main did not name is shown as main said it.
    await wrapper.setProps({ requestError: { message: 'Nothing to retry while ready.' } });
    expect(wrapper.get('[data-testid="signin-error"]').text()).toBe('Nothing to retry while ready.');
  });

  it.each(signInRefusals)('has words for the refusal %s', (reason) => {
    const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined, requestError: { message: 'English from main', reason } } });
    const text = wrapper.get('[data-testid="signin-error"]').text();
    expect(text).not.toContain('signIn.refusal');
    expect(text).not.toBe('English from main');
  });

  describe('end users (no QA mode) and QA', () => {
    it('keep the QA tools to QA: no agent kind, no skip-pre-flight, no engine reason; the agent kind is automatic', async () => {
      const wrapper = mount(SignInForm, { props: { ...baseProps, engine: 'simulator', engineReasonKey: 'commandLine', defaultTokenEndpoint: undefined } });
      expect(wrapper.find('[data-testid="signin-agent-kind"]').exists()).toBe(false);
      expect(wrapper.find('[data-testid="signin-skip-preflight"]').exists()).toBe(false);
      expect(wrapper.get('[data-testid="signin-engine"]').text()).toBe('Simulator — no calling service configured');
      expect(wrapper.text()).not.toContain('command line');
      await wrapper.get('[data-testid="signin-simulated-user"]').setValue('bob');
      await wrapper.get('form').trigger('submit');
      const [intent] = wrapper.emitted('submit')?.[0] as [SignInIntent];
      expect(intent).toMatchObject({ agentKind: 'auto', skipPreflight: false });
    });

    it('name no engine for the real calling service', () => {
      const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined } });
      expect(wrapper.find('[data-testid="signin-engine"]').exists()).toBe(false);
    });

    it('in QA mode offer the agent kind and skip-pre-flight, and send what was chosen', async () => {
      const wrapper = mount(SignInForm, { props: { ...baseProps, engine: 'simulator', engineReasonKey: 'commandLine', defaultTokenEndpoint: undefined, qa: true } });
      expect(wrapper.get('[data-testid="signin-engine"]').text()).toContain('--engine simulator was given on the command line');
      await wrapper.get('[data-testid="signin-agent-kind"]').setValue('teams');
      await wrapper.get('[data-testid="signin-skip-preflight"]').setValue(true);
      await wrapper.get('form').trigger('submit');
      const [intent] = wrapper.emitted('submit')?.[0] as [SignInIntent];
      expect(intent).toMatchObject({ agentKind: 'teams', skipPreflight: true });
    });

    it('opens Troubleshooting from the sign-in screen', async () => {
      const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined } });
      await wrapper.get('[data-testid="troubleshooting-open"]').trigger('click');
      expect(wrapper.emitted('openTroubleshooting')).toHaveLength(1);
    });
  });

  describe('setup before sign-in', () => {
    it('opens Settings from the gear', async () => {
      const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined } });
      await wrapper.get('[data-testid="settings-open"]').trigger('click');
      expect(wrapper.emitted('openSettings')).toEqual([[]]);
    });

    it.each([
      ['teamsNeedsClientId', 'settings-teams-client-id'],
      ['teamsNeedsTokenEndpoint', 'settings-endpoint'],
    ] as const)('links the refusal %s straight to the field %s', async (reason, field) => {
      const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined, requestError: { message: 'English', reason } } });
      await wrapper.get('[data-testid="signin-error-fix"]').trigger('click');
      expect(wrapper.emitted('openSettings')).toEqual([[field]]);
    });

    it('offers no settings link for a refusal no setting fixes', () => {
      const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined, requestError: { message: 'English', reason: 'teamsNeedsBrowser' } } });
      expect(wrapper.find('[data-testid="signin-error-fix"]').exists()).toBe(false);
    });
  });

  describe('what was typed', () => {
    it('survives the form going away and coming back (main signing in), source and pasted token included', async () => {
      const draft = createSignInDraft('simulator');
      const first = mount(SignInForm, { props: { ...baseProps, engine: 'simulator', defaultTokenEndpoint: undefined, draft } });
      await first.get('[data-testid="signin-source-token"]').setValue(true);
      await first.get('[data-testid="signin-token"]').setValue('eyJ.pasted.token');
      await first.get('[data-testid="signin-display-name"]').setValue('Paula');
      first.unmount();

      const again = mount(SignInForm, { props: { ...baseProps, engine: 'simulator', defaultTokenEndpoint: undefined, draft } });
      expect((again.get('[data-testid="signin-source-token"]').element as HTMLInputElement).checked).toBe(true);
      expect(fieldValue(again, 'signin-token')).toBe('eyJ.pasted.token');
      expect(fieldValue(again, 'signin-display-name')).toBe('Paula');
    });

    it('takes settings saved while it was away (Settings opened from sign-in), but never over what was typed', async () => {
      const draft = createSignInDraft('sdk');
      const first = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined, defaultDisplayName: undefined, draft } });
      await first.get('[data-testid="signin-display-name"]').setValue('Typed Name');
      first.unmount();

      // Saved in Settings while the form was not mounted.
      const again = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: 'https://tokens.example.com/token', defaultDisplayName: 'Saved Name', draft } });
      expect(fieldValue(again, 'signin-endpoint')).toBe('https://tokens.example.com/token');
      expect(fieldValue(again, 'signin-display-name')).toBe('Typed Name');
    });

    it('points at the field a fix-first error asks to change', () => {
      const tooLong = classifySdkError({ code: 400, subCode: 40215, message: 'display name too long' });
      const wrapper = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined, fixError: tooLong } });
      expect(wrapper.get('[data-testid="signin-display-name"]').attributes('aria-invalid')).toBe('true');
      expect(wrapper.get('[data-testid="signin-endpoint"]').attributes('aria-invalid')).toBe('false');

      const noVoip = classifySdkError({ code: 401, subCode: 44113, message: 'no voip' }, 'preflight');
      const token = mount(SignInForm, { props: { ...baseProps, defaultTokenEndpoint: undefined, fixError: noVoip } });
      expect(token.get('[data-testid="signin-endpoint"]').attributes('aria-invalid')).toBe('true');
    });

    it('hands the app the intent as typed for "Retry now", or nothing when a field is wrong', async () => {
      const wrapper = mount(SignInForm, { props: { ...baseProps, engine: 'simulator', defaultTokenEndpoint: undefined } });
      await wrapper.get('[data-testid="signin-simulated-user"]').setValue('typed-now');
      const exposed = wrapper.vm as unknown as { typedIntent(): SignInIntent | undefined };
      expect(exposed.typedIntent()).toMatchObject({ source: { type: 'simulated', user: 'typed-now' } });
      await wrapper.get('[data-testid="signin-simulated-user"]').setValue('not valid!');
      expect(exposed.typedIntent()).toBeUndefined();
    });
  });
});
