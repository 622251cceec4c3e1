import type { enCallNotices } from './en-call-notices';

/* Hinweise auf einen Anruf, der aufgezeichnet oder transkribiert wird (Compliance). */
export const deCallNotices: typeof enCallNotices = {
  recording: 'Dieser Anruf wird aufgezeichnet.',
  transcribing: 'Dieser Anruf wird transkribiert.',
  recordingAndTranscribing: 'Dieser Anruf wird aufgezeichnet und transkribiert.',
  recorded: 'Aufgezeichnet',
  transcribed: 'Transkribiert',
};
