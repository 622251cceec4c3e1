import { describe, expect, it } from 'vitest';
import { createAppViews } from '../../../renderer/src/app/app-views';

describe('createAppViews', () => {
  it('opens a page, hands its field to focus over once, and goes back to the main screen', () => {
    const views = createAppViews();
    expect(views.current.value).toBe('main');
    views.open('settings', 'settings-teams-client-id');
    expect(views.current.value).toBe('settings');
    expect(views.takeFocusField()).toBe('settings-teams-client-id');
    expect(views.takeFocusField()).toBeUndefined();
    views.open('troubleshooting');
    expect(views.current.value).toBe('troubleshooting');
    views.back();
    expect(views.current.value).toBe('main');
  });
});
