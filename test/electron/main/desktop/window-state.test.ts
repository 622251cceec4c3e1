import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import type { JsonFile, JsonFileContent } from '../../../../electron/main/persistence/json-file';
import {
  placeWindow,
  rememberWindowState,
  windowStateSaveDelayMs,
  WindowStateStore,
  type Rectangle,
  type SavedWindowState,
} from '../../../../electron/main/desktop/window-state';
import { FakeBrowserWindow } from '../../../support/fake-electron';
import { FakeClock } from '../../../support/fake-clock';

const limits = { minWidth: 360, minHeight: 560 };
const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnTheRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };
const saved = (bounds: Rectangle, maximized = false): SavedWindowState => ({ bounds, maximized });

describe('placeWindow', () => {
  it('lets the OS place a first-run window', () => {
    expect(placeWindow(undefined, [laptop], limits)).toEqual({ maximized: false });
  });

  it('puts the window back exactly where it was when that is on screen', () => {
    const bounds = { x: 2000, y: 100, width: 440, height: 760 };
    expect(placeWindow(saved(bounds), [laptop, monitorOnTheRight], limits)).toEqual({ bounds, maximized: false });
  });

  it('uses the default place when the monitor it was on is gone', () => {
    expect(placeWindow(saved({ x: 2000, y: 100, width: 440, height: 760 }, true), [laptop], limits)).toEqual({ maximized: true });
  });

  it('pulls a window hanging off the edge of the screen back inside it', () => {
    const placement = placeWindow(saved({ x: 1300, y: -200, width: 440, height: 760 }), [laptop], limits);
    expect(placement.bounds).toEqual({ x: 1000, y: 0, width: 440, height: 760 });
  });

  it('shrinks a window larger than the display it lands on, not below the minimum size', () => {
    const small: Rectangle = { x: 0, y: 0, width: 1024, height: 600 };
    expect(placeWindow(saved({ x: 10, y: 10, width: 3000, height: 2000 }), [small], limits).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
    expect(placeWindow(saved({ x: 10, y: 10, width: 100, height: 100 }), [small], limits).bounds).toEqual({ x: 10, y: 10, width: 360, height: 560 });
  });

  it('takes the display that held most of a window spanning two', () => {
    const placement = placeWindow(saved({ x: 1300, y: 0, width: 440, height: 760 }), [laptop, monitorOnTheRight], limits);
    expect(placement.bounds).toEqual({ x: 1440, y: 0, width: 440, height: 760 });
  });
});

class MemoryJsonFile implements JsonFile {
  readonly path = '/data/window-state.json';
  constructor(public content: JsonFileContent = { kind: 'absent' }) {}
  read(): JsonFileContent {
    return this.content;
  }
  write(value: Record<string, unknown>): void {
    this.content = { kind: 'parsed', value };
  }
  backup(): string {
    return '';
  }
}

describe('WindowStateStore', () => {
  it('reads back what it saved', () => {
    const store = new WindowStateStore(new MemoryJsonFile(), silentLogger);
    store.save(saved({ x: 1, y: 2, width: 400, height: 700 }, true));
    expect(store.load()).toEqual(saved({ x: 1, y: 2, width: 400, height: 700 }, true));
  });

  it('ignores a file that is not a window state', () => {
    expect(new WindowStateStore(new MemoryJsonFile({ kind: 'parsed', value: { bounds: { x: 'a' } } }), silentLogger).load()).toBeUndefined();
    expect(new WindowStateStore(new MemoryJsonFile({ kind: 'unreadable', reason: 'not JSON' }), silentLogger).load()).toBeUndefined();
  });
});

describe('rememberWindowState', () => {
  function setup() {
    const window = new FakeBrowserWindow();
    const saves: SavedWindowState[] = [];
    const clock = new FakeClock();
    rememberWindowState(window, (state) => saves.push(state), clock);
    return { window, saves, clock };
  }

  it('writes once after a drag settles, with the final position', () => {
    const { window, saves, clock } = setup();
    for (let x = 0; x < 50; x += 10) {
      window.bounds = { ...window.bounds, x };
      window.emit('move');
      clock.advance(50);
    }
    expect(saves).toEqual([]);
    clock.advance(windowStateSaveDelayMs);
    expect(saves).toEqual([saved({ x: 40, y: 0, width: 440, height: 760 })]);
  });

  it('remembers a maximised window with the size it returns to', () => {
    const { window, saves, clock } = setup();
    window.maximized = true;
    window.emit('maximize');
    clock.advance(windowStateSaveDelayMs);
    expect(saves).toEqual([saved({ x: 0, y: 0, width: 440, height: 760 }, true)]);
  });

  it('saves at once on close, without a second write later', () => {
    const { window, saves, clock } = setup();
    window.emit('resize');
    window.emit('close');
    expect(saves).toHaveLength(1);
    clock.advance(windowStateSaveDelayMs * 2);
    expect(saves).toHaveLength(1);
  });
});
