import { describeIssues, type IpcError } from '../../shared/ipc/contract';
import {
  clientMessageSchema,
  messageIdSchema,
  type ErrorMessage,
  type MessageId,
  type ReplyMessage,
} from '../../shared/ipc/socket-protocol';
import type { SoftphoneCore } from '../main/core/core-api';

/**
 * Turns one text frame from a page into the frame to send back. Whatever arrives, the answer
 * is a message, never a throw: a bad frame from one page must not take the host down.
 */
export async function answerClientFrame(
  core: Pick<SoftphoneCore, 'handle'>,
  windowId: string,
  frame: string,
): Promise<ReplyMessage | ErrorMessage> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(frame);
  } catch {
    return errorMessage({ code: 'invalid-request', message: 'The message is not JSON. Send { kind: "invoke", id, channel, payload }.' });
  }

  const parsed = clientMessageSchema.safeParse(decoded);
  if (!parsed.success) {
    const error: IpcError = { code: 'invalid-request', message: describeBadMessage(decoded, describeIssues(parsed.error)) };
    const id = idOf(decoded);
    return id === undefined ? errorMessage(error) : { kind: 'reply', id, result: { ok: false, error } };
  }

  const { id, channel, payload } = parsed.data;
  try {
    return { kind: 'reply', id, result: await core.handle(windowId, channel, payload) };
  } catch {
    // The core answers with results; a throw is a bug there. Keep its text out: it may echo payloads.
    return { kind: 'reply', id, result: { ok: false, error: { code: 'failed', message: `${channel} failed unexpectedly in the host.` } } };
  }
}

/** The answer to a frame over the socket's message rate: refused unread, its id kept so the page's request ends. */
export function overRateAnswer(frame: string): ReplyMessage | ErrorMessage {
  const error: IpcError = { code: 'failed', message: 'Too many requests from this window: this one was not handled. Try again in a moment.' };
  let id: MessageId | undefined;
  try {
    id = idOf(JSON.parse(frame));
  } catch {
    id = undefined;
  }
  return id === undefined ? errorMessage(error) : { kind: 'reply', id, result: { ok: false, error } };
}

export function errorMessage(error: IpcError): ErrorMessage {
  return { kind: 'error', error };
}

function describeBadMessage(decoded: unknown, issues: string): string {
  if (isRecord(decoded) && 'kind' in decoded && decoded.kind !== 'invoke') {
    return `Unknown message kind ${JSON.stringify(decoded.kind)}: the host only accepts "invoke".`;
  }
  return `Malformed invoke message (${issues}).`;
}

function idOf(decoded: unknown): MessageId | undefined {
  if (!isRecord(decoded)) return undefined;
  const id = messageIdSchema.safeParse(decoded.id);
  return id.success ? id.data : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
