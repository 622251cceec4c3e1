/*
 * Call quality (the SDK's media statistics) and the rating after a call, in English.
 * e2e tests match some of these, so change them together.
 */
export const enCallQuality = {
  /** The indicator in a live call, and the words for each level. */
  indicator: 'Call quality: {level}',
  level: { good: 'good', poor: 'poor', bad: 'bad' },
  explain: {
    good: 'The network carries your voice well.',
    poor: 'Your voice may arrive late or choppy; the other side may ask you to repeat.',
    bad: 'The network loses or delays too much: words will drop out. A wired connection or a quieter network helps.',
  },
  /** The figures behind the level (the last few seconds). */
  figures: 'Round trip {roundTrip} ms · jitter {jitter} ms · packet loss {loss} %',
  /** A finished call: on its Details and in history. */
  summary: 'Call quality: {level}',
  summaryAtTimes: 'Call quality: {level}, at times {worst}',
  average: 'On average: round trip {roundTrip} ms · jitter {jitter} ms · packet loss {loss} %',
  /** The one-tap rating after a call (Settings › Calls). */
  rateTitle: 'How was the call?',
  rateScore: '{score} of 5',
  rateScale: '1 = bad, 5 = excellent',
  rateSent: 'Thanks: your rating was sent.',
  rateFailed: 'Could not send the rating: {message}',
  setting: 'Ask me to rate each call afterwards',
  settingHint: '(one tap, 1 to 5; sent to Azure Communication Services with the call)',
};
