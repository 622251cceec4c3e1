// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { TokenServiceTest as Outcome } from '../../../../renderer/src/app/settings-store';
import TokenServiceTest from '../../../../renderer/src/features/settings/TokenServiceTest.vue';

function mountTest(outcome: Outcome, props: Partial<{ url: string; apiKey: string; usable: boolean }> = {}) {
  const test = vi.fn(async (_request: { url: string; apiKey?: string }) => outcome);
  const wrapper = mount(TokenServiceTest, { props: { url: ' https://tokens.example.com/token ', apiKey: ' key ', usable: true, test, ...props } });
  return { wrapper, test };
}

async function run(wrapper: ReturnType<typeof mount>) {
  await wrapper.get('[data-testid="settings-test-connection"]').trigger('click');
  await flushPromises();
  return wrapper.get('[data-testid="settings-test-result"]');
}

describe('TokenServiceTest', () => {
  it('tests the URL and key as typed, and says the user it got a token for', async () => {
    const { wrapper, test } = mountTest({ ok: true, check: { result: 'ok', user: '…abcd' } });
    const result = await run(wrapper);
    expect(test).toHaveBeenCalledWith({ url: 'https://tokens.example.com/token', apiKey: 'key' });
    expect(result.text()).toBe('Connected: the token service issued a token for the user ending …abcd.');
    expect(result.classes()).not.toContain('warn');
  });

  it.each([
    ['wrongKey', 'refused the API key'],
    ['redirected', 'The key was not sent there'],
    ['unreachable', "Couldn't reach the token service"],
    ['badAnswer', 'not a token service'],
  ] as const)('words %s, with main’s details folded away', async (kind, words) => {
    const { wrapper } = mountTest({ ok: true, check: { result: kind, detail: 'The token endpoint https://tokens.example.com/token answered HTTP 401.' } });
    const result = await run(wrapper);
    expect(result.text()).toContain(words);
    expect(result.attributes('data-result')).toBe(kind);
    expect(wrapper.get('[data-testid="settings-test-detail"]').text()).toContain('HTTP 401');
  });

  it('cannot run without a usable URL, and forgets an old result when the URL changes', async () => {
    const { wrapper: disabled } = mountTest({ ok: true, check: { result: 'ok' } }, { usable: false });
    expect(disabled.get('[data-testid="settings-test-connection"]').attributes('disabled')).toBeDefined();

    const { wrapper } = mountTest({ ok: true, check: { result: 'ok' } });
    await run(wrapper);
    await wrapper.setProps({ url: 'https://other.example.com/token' });
    expect(wrapper.find('[data-testid="settings-test-result"]').exists()).toBe(false);
  });
});
