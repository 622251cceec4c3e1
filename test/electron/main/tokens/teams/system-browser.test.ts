import { describe, expect, it } from 'vitest';
import { systemBrowserSignIn } from '../../../../../electron/main/tokens/teams/system-browser';

describe('systemBrowserSignIn', () => {
  it('hands the Entra sign-in page to the system browser', async () => {
    const opened: string[] = [];
    const ports = systemBrowserSignIn((url) => Promise.resolve(void opened.push(url)));
    await ports.openBrowser('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x&state=y');
    expect(opened).toEqual(['https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x&state=y']);
  });

  it.each(['http://login.microsoftonline.com/authorize', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pass@login.example.com/'])(
    'refuses to open %s',
    async (url) => {
      const opened: string[] = [];
      const ports = systemBrowserSignIn((target) => Promise.resolve(void opened.push(target)));
      await expect(ports.openBrowser(url)).rejects.toThrow(/not a plain https address/);
      expect(opened).toEqual([]);
    },
  );
});
