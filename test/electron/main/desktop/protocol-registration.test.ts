import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { registerProtocolClients } from '../../../../electron/main/desktop/protocol-registration';

describe('registerProtocolClients', () => {
  it('a packaged app registers for tel: and callto: links', () => {
    const setAsDefaultProtocolClient = vi.fn(() => true);
    registerProtocolClients({ isPackaged: true, setAsDefaultProtocolClient }, silentLogger);
    expect(setAsDefaultProtocolClient.mock.calls).toEqual([['tel'], ['callto']]);
  });

  it('a development run does not register the bare Electron binary', () => {
    const setAsDefaultProtocolClient = vi.fn(() => true);
    registerProtocolClients({ isPackaged: false, setAsDefaultProtocolClient }, silentLogger);
    expect(setAsDefaultProtocolClient).not.toHaveBeenCalled();
  });

  it('says so in the log when the OS refuses', () => {
    const warn = vi.fn();
    registerProtocolClients({ isPackaged: true, setAsDefaultProtocolClient: () => false }, { ...silentLogger, warn });
    expect(warn).toHaveBeenCalledWith('could not register as a link handler', { scheme: 'tel' });
  });
});
