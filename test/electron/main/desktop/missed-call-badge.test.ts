import { describe, expect, it } from 'vitest';
import { MissedCallBadge, type BadgeSurface } from '../../../../electron/main/desktop/missed-call-badge';

function fakeSurface() {
  const calls: string[] = [];
  const surface: BadgeSurface = {
    setBadgeCount: (count) => (calls.push(`count ${count}`), true),
    setOverlayIcon: (png, description) => void calls.push(png ? `overlay ${png.subarray(1, 4).toString('ascii')} "${description}"` : 'overlay none'),
  };
  return { surface, calls };
}

describe('MissedCallBadge', () => {
  it('counts on the dock (macOS) and the launcher (Linux), and clears to 0', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const { surface, calls } = fakeSurface();
      const badge = new MissedCallBadge(surface, platform);
      badge.show(2, 'Missed calls not seen yet: 2');
      badge.show(0, '');
      expect(calls).toEqual(['count 2', 'count 0']);
    }
  });

  it('puts a described overlay on the Windows taskbar button, and takes it away once seen', () => {
    const { surface, calls } = fakeSurface();
    const badge = new MissedCallBadge(surface, 'win32');
    badge.show(1, 'Missed calls not seen yet: 1');
    badge.show(0, '');
    expect(calls).toEqual(['overlay PNG "Missed calls not seen yet: 1"', 'overlay none']);
  });

  it('passes on changes only', () => {
    const { surface, calls } = fakeSurface();
    const badge = new MissedCallBadge(surface, 'darwin');
    badge.show(0, '');
    badge.show(1, 'x');
    badge.show(1, 'x');
    expect(calls).toEqual(['count 1']);
  });
});
