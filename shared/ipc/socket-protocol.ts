import { z } from 'zod';
import { eventChannels, ipcErrorCodeSchema, ipcResultSchema, type EventChannel, type IpcError, type IpcResult } from './contract';

/*
 * The wire protocol between the web shell's page and the Node host (electron/web-host): the
 * same invoke/event contract as Electron's IPC, carried as JSON text frames over one
 * WebSocket per window. Both ends import these schemas so neither writes a message by hand.
 */

/** Where the page opens its socket, with its session credential (see sessionPath). */
export const socketPath = '/ipc';
/** The printed link's one-time code: `http://localhost:<port>/?secret=<code>`. */
export const secretParam = 'secret';
/** Larger frames close the socket (1009): the biggest legitimate request is a 16 kB token. */
export const maxSocketMessageBytes = 64 * 1024;

export const messageIdSchema = z.union([z.string().min(1).max(100), z.number().int().nonnegative()]);
export type MessageId = z.infer<typeof messageIdSchema>;

export const clientMessageSchema = z.strictObject({
  kind: z.literal('invoke'),
  id: messageIdSchema,
  /** Checked against the contract by the core, so an unknown channel gets `unknown-channel`. */
  channel: z.string().max(100),
  payload: z.unknown(),
});
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export type ReplyMessage = { kind: 'reply'; id: MessageId; result: IpcResult<unknown> };
export type EventMessage = { kind: 'event'; channel: EventChannel; payload: unknown };
/** A frame the host could not tie to a request id (not JSON, no id): the page should log it. */
export type ErrorMessage = { kind: 'error'; error: IpcError };
export type HostMessage = ReplyMessage | EventMessage | ErrorMessage;

const eventChannelSchema = z.enum(eventChannels as [EventChannel, ...EventChannel[]]);

/** For the page: parse a host frame, then the event payload with `parseEvent` from the contract. */
export const hostMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reply'), id: messageIdSchema, result: ipcResultSchema }),
  z.strictObject({ kind: z.literal('event'), channel: eventChannelSchema, payload: z.unknown() }),
  z.strictObject({
    kind: z.literal('error'),
    error: z.strictObject({ code: ipcErrorCodeSchema, message: z.string() }),
  }),
]);

/**
 * The page's first request: it trades the one-time `code` from its link for a session
 * credential, or shows a credential it kept (a reload, another tab) to have it confirmed.
 */
export const sessionPath = '/session';
/** The socket's query parameter for the credential. */
export const credentialParam = 'session';
export const sessionRequestSchema = z.strictObject({
  code: z.string().min(1).max(200).optional(),
  credential: z.string().min(1).max(200).optional(),
});
export type SessionRequest = z.infer<typeof sessionRequestSchema>;
export const sessionReplySchema = z.strictObject({ credential: z.string().min(1).max(200) });
export type SessionReply = z.infer<typeof sessionReplySchema>;
