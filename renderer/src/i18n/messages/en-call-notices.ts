/*
 * Notices about a call that someone is recording or transcribing (compliance), in English.
 * e2e tests match some of these, so change them together.
 */
export const enCallNotices = {
  recording: 'This call is being recorded.',
  transcribing: 'This call is being transcribed.',
  recordingAndTranscribing: 'This call is being recorded and transcribed.',
  /** In a history entry. */
  recorded: 'Recorded',
  transcribed: 'Transcribed',
};
