/*
 * Checking the microphone and speaker before a call, in English: the test call to the echo
 * bot and the speaker test sound. e2e tests match some of these, so change them together.
 */
export const enCallChecks = {
  title: 'Check your microphone and speaker',
  start: 'Test call',
  startHint: 'Calls the echo test service, which plays back what you say.',
  again: 'Test again',
  cancel: 'Stop the test',
  close: 'Close',
  step: {
    connecting: 'Calling the echo test service…',
    speak: 'Connected. Say a few words now, as you would in a call; the service records them.',
    listen: 'The service is playing your words back. Did you hear yourself?',
  },
  heardYes: 'Yes, I heard myself',
  heardNo: 'No, I heard nothing',
  result: {
    works: 'Your microphone and speaker work.',
    microphoneSilent: 'Your microphone sent no sound. Check that it is plugged in and not muted on the device, or choose another microphone under Audio devices.',
    notHeard: 'Your microphone works, but you did not hear it played back. Check the speaker chosen under Audio devices and its volume.',
    notConnected: 'The test call did not connect, so nothing was checked. The call card says why.',
    endedEarly: 'The test call ended before the check was done. Try again.',
  },
  speaker: {
    play: 'Play test sound',
    playing: 'Playing a tone on the chosen speaker…',
    played: 'Did you hear the tone? If not, choose another speaker or turn the volume up.',
    failed: 'The test sound could not play: {message}',
  },
};
