import type { Page } from '@playwright/test';

/*
 * What passed between main and a page's engine, read off the page's WebSocket to the web
 * shell. It is how a test tells "the SDK was never asked" (no createAgent command) from "the
 * SDK raised this" (a failed report with the SDK's own fields). Tokens are never kept.
 */

export interface RawErrorSeen {
  code?: number;
  subCode?: number;
  resultCategories?: string[];
  message: string;
}

export interface EngineTraffic {
  /** createAgent commands main sent this page, in order. */
  readonly createCommands: { agentKind: string; attempt: number }[];
  /** Errors this page's engine reported from the SDK, in order. */
  readonly sdkFailures: RawErrorSeen[];
}

/** Must be called before the page opens the app, so the socket is seen from its first frame. */
export function watchEngineTraffic(page: Page): EngineTraffic {
  const traffic: EngineTraffic = { createCommands: [], sdkFailures: [] };
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      const message = parseFrame(payload);
      if (message?.kind !== 'event' || message.channel !== 'engine.command' || !isRecord(message.payload)) return;
      const command = message.payload;
      if (command.type === 'createAgent') {
        traffic.createCommands.push({ agentKind: String(command.agentKind), attempt: Number(command.attempt) });
      }
    });
    socket.on('framesent', ({ payload }) => {
      const message = parseFrame(payload);
      if (message?.kind !== 'invoke' || message.channel !== 'engine.report' || !isRecord(message.payload)) return;
      const event = message.payload.event;
      if (!isRecord(event) || event.type !== 'failed' || !isRecord(event.error)) return;
      const { code, subCode, resultCategories, message: text } = event.error;
      traffic.sdkFailures.push({
        ...(typeof code === 'number' ? { code } : {}),
        ...(typeof subCode === 'number' ? { subCode } : {}),
        ...(Array.isArray(resultCategories) ? { resultCategories: resultCategories.map(String) } : {}),
        message: String(text),
      });
    });
  });
  return traffic;
}

function parseFrame(payload: string | Buffer): Record<string, unknown> | undefined {
  try {
    const decoded: unknown = JSON.parse(payload.toString());
    return isRecord(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
