import { z } from 'zod';
import type { Clock, Logger, TimerHandle } from '../ports';
import type { JsonFile } from '../persistence/json-file';
import { errorMessage } from '../../../shared/util/error-message';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const savedWindowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof savedWindowStateSchema>;

/** Where to put the window: `bounds` absent means the default size, centred by the OS. */
export interface WindowPlacement {
  bounds?: Rectangle;
  maximized: boolean;
}

export interface SizeLimits {
  minWidth: number;
  minHeight: number;
}

/**
 * Puts the window back where it was, if that is still on a screen: a monitor unplugged since,
 * or a resolution lowered, must not leave the window off screen or larger than the display.
 * The display that held most of the window takes it; when none holds any of it the OS places
 * a default-sized window on the primary display.
 */
export function placeWindow(saved: SavedWindowState | undefined, workAreas: readonly Rectangle[], limits: SizeLimits): WindowPlacement {
  if (!saved) return { maximized: false };
  const area = bestOverlap(saved.bounds, workAreas);
  if (!area) return { maximized: saved.maximized };
  const width = clamp(saved.bounds.width, Math.min(limits.minWidth, area.width), area.width);
  const height = clamp(saved.bounds.height, Math.min(limits.minHeight, area.height), area.height);
  return {
    bounds: {
      x: clamp(saved.bounds.x, area.x, area.x + area.width - width),
      y: clamp(saved.bounds.y, area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized: saved.maximized,
  };
}

function bestOverlap(bounds: Rectangle, areas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const area of areas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  return best;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * The window's last placement in its own small file: it changes with every drag, and the
 * settings file is the user's, with notices when it is repaired. A file that is unreadable
 * or wrong is simply ignored; the next save replaces it.
 */
export class WindowStateStore {
  constructor(
    private readonly file: JsonFile,
    private readonly logger: Logger,
  ) {}

  load(): SavedWindowState | undefined {
    const content = this.file.read();
    if (content.kind !== 'parsed') return undefined;
    const parsed = savedWindowStateSchema.safeParse(content.value);
    return parsed.success ? parsed.data : undefined;
  }

  save(state: SavedWindowState): void {
    try {
      this.file.write({ ...state });
    } catch (error) {
      this.logger.warn('window position could not be saved', { error: errorMessage(error) });
    }
  }
}

/** The parts of a BrowserWindow the tracker uses (a fake in tests). */
export interface PlacedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  /** The bounds it has when not maximised or minimised. */
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

/** A drag fires move dozens of times a second; the file is written once it settles. */
export const windowStateSaveDelayMs = 500;

/** Saves the window's placement shortly after it changes, and at once when it closes. */
export function rememberWindowState(window: PlacedWindow, save: (state: SavedWindowState) => void, clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>): void {
  let timer: TimerHandle | undefined;
  const saveNow = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    save({ bounds: { x: Math.round(bounds.x), y: Math.round(bounds.y), width: Math.round(bounds.width), height: Math.round(bounds.height) }, maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(saveNow, windowStateSaveDelayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, saveSoon);
  window.on('close', saveNow);
}
