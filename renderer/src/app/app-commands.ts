import { shallowRef, type ShallowRef } from 'vue';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import type { AppCommand } from '../../../shared/ipc/contract';

export interface AppCommands {
  /** Sets the handler and runs the commands that arrived before it, in order. */
  handleWith(handler: (command: AppCommand) => void): void;
}

/**
 * Listens for main's commands from the page's first script on. Main sends a tel: link as soon
 * as the page has loaded, while boot still waits for the app info, so commands that arrive
 * before the handler exists are kept, not lost.
 */
export function listenForAppCommands(api: Pick<SoftphoneApi, 'on'>): AppCommands {
  const early: AppCommand[] = [];
  let handler: ((command: AppCommand) => void) | undefined;
  api.on('app.command', (command) => {
    if (handler) handler(command);
    else early.push(command);
  });
  return {
    handleWith(next) {
      handler = next;
      for (const command of early.splice(0)) next(command);
    },
  };
}

export interface PendingDial {
  /** The number or id a link asked to call, until the dialer has taken it. */
  readonly input: Readonly<ShallowRef<string | undefined>>;
  offer(input: string): void;
  /** Hands the input over once, to the dialer that shows it. */
  take(): string | undefined;
}

/**
 * A link's callee waits here until the dialer can take it (the user may still have to sign
 * in). The latest link wins; the user still presses Call, so a link never dials by itself.
 */
export function createPendingDial(): PendingDial {
  const input = shallowRef<string>();
  return {
    input,
    offer(next) {
      input.value = next;
    },
    take() {
      const value = input.value;
      input.value = undefined;
      return value;
    },
  };
}
