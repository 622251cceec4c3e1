/*
 * The error panel's English words, keyed by the id main classifies an error with: catalog
 * codes ("409/40228", shared/errors/catalog.ts) and the app's own failures ("app:<id>",
 * shared/errors/app-failures.ts). The only English copy: shared/ and main name errors by id
 * (a test checks that no sentence of this file appears anywhere else in the sources).
 */

const retryText = 'Retrying automatically with backoff. Use "Retry now" to try at once.';
const supportText = 'If it keeps happening, export diagnostics and contact Azure Communication Services support with the code and subCode.';
const tokenFixText = 'Check the token service (or paste a fresh token): an ACS access token is a JWT issued by CommunicationIdentityClient with the "voip" scope.';
const networkText = 'Retrying automatically (while offline, once the network is back). Check your connection, proxy or firewall if it persists.';
const voipScopeAction = 'Issue a token with the "voip" scope (for example CommunicationIdentityClient.getToken(user, ["voip"])) and sign in again.';
const clearDisplayName = 'Clear the display name field and sign in again.';
const teamsDisplayName = 'A display name was given for a Teams call agent; Teams users always appear with their Teams name.';
const usuallyTransient = 'This is usually transient.';

export const enErrors = {
  '409/40228': {
    title: 'A call agent already exists for this identity',
    explanation: 'Only one CallAgent may exist per identity. Another one was still alive (for example from a double click or a component that mounted twice).',
    action: 'The app disposes the existing agent for this identity and creates it once more. If it happens again, sign out and sign in.',
  },
  '408/40104': {
    title: 'Calling stack timed out while starting',
    explanation: `The calling user stack did not finish initializing in time. ${usuallyTransient}`,
    action: retryText,
  },
  '500/40216': {
    title: 'Call agent could not be created',
    explanation: 'The SDK failed to create the call agent for an unexpected reason. A retry usually succeeds.',
    action: retryText,
  },
  '401/44110': {
    title: 'Could not get an access token',
    explanation: 'The SDK asked the credential for a token and did not get a usable one.',
    action: 'Fetching a fresh token, then retrying. If this repeats, check the token endpoint or paste a new token.',
  },
  '408/40114': {
    title: 'Could not reach Azure Communication Services',
    explanation: 'Connecting to the ACS infrastructure timed out. The network may be down or blocking ACS.',
    action: networkText,
  },
  '403/40229': {
    title: 'A Teams token was used for an ACS call agent',
    explanation: 'CallAgent needs a token issued for an Azure Communication Services user, but this token belongs to a Teams user.',
    action: 'Sign in with an ACS user token, or choose the Teams agent kind for this token.',
  },
  '412/40115': {
    title: 'Connection to Azure Communication Services failed',
    explanation: 'The SDK could not set up its connection to the ACS infrastructure.',
    action: networkText,
  },
  '403/40231': {
    title: 'An ACS token was used for a Teams call agent',
    explanation: 'TeamsCallAgent needs a token exchanged for a Teams user, but this token belongs to an ACS user.',
    action: 'Sign in with a Teams user token, or choose the ACS agent kind for this token.',
  },
  '401/44114': {
    title: 'The token is not allowed to make calls',
    explanation: 'The access token was issued without the "voip" scope, so it cannot be used for calling.',
    action: voipScopeAction,
  },
  '400/44214': {
    title: 'Teams users cannot set a display name',
    explanation: teamsDisplayName,
    action: clearDisplayName,
  },
  '500/40102': {
    title: 'Calling stack failed to start',
    explanation: `The calling base stack failed while initializing. ${usuallyTransient}`,
    action: retryText,
  },
  '400/40100': {
    title: 'The page origin is not allowed',
    explanation: 'The Calling SDK runs only on https:, file: or a localhost page; this page is served from somewhere else.',
    action: 'Open the app from https:, file: or http://localhost (not 127.0.0.1).',
  },
  '500/40000': {
    title: 'The calling client could not start',
    explanation: 'Creating the CallClient failed for an unexpected reason.',
    action: `${retryText} ${supportText}`,
  },
  '404/40012': {
    title: 'The calling client was already closed',
    explanation: 'createCallAgent was called on a CallClient that had been disposed, usually because sign-out and sign-in overlapped.',
    action: 'The app creates a new CallClient and tries again.',
  },
  '400/40008': {
    title: 'This calling client already has an agent',
    explanation: 'One CallClient can hold only one CallAgent or TeamsCallAgent, and it already holds one for another identity.',
    action: 'The app disposes the old agent and creates the new one with a fresh CallClient.',
  },
  '400/40009': {
    title: 'The emergency country code is invalid',
    explanation: 'The emergency call country code is longer than 10 characters.',
    action: 'Fix the emergency country code in the settings.',
  },
  '409/40001': {
    title: 'Call agent could not be created',
    explanation: 'CallClient.createCallAgent failed for an unexpected reason.',
    action: `${retryText} ${supportText}`,
  },
  '409/40002': {
    title: 'Teams call agent could not be created',
    explanation: 'CallClient.createTeamsCallAgent failed for an unexpected reason.',
    action: `${retryText} ${supportText}`,
  },
  '500/41001': {
    title: 'Call agent could not be created',
    explanation: 'The SDK reported a generic failure of the create operation.',
    action: `${retryText} ${supportText}`,
  },
  '401/44108': {
    title: 'No credential was given',
    explanation: 'createCallAgent was called without a token credential. This is a bug in the app.',
    action: 'Report this with diagnostics; signing out and in again may help.',
  },
  '401/44109': {
    title: 'The access token is empty',
    explanation: 'The credential produced an empty token.',
    action: tokenFixText,
  },
  '401/44111': {
    title: 'This is not a valid access token',
    explanation: 'The token has no payload part: it is not a JSON Web Token.',
    action: tokenFixText,
  },
  '401/44112': {
    title: 'The access token has no claims',
    explanation: 'The token payload decodes to nothing, so the SDK cannot read who it belongs to.',
    action: tokenFixText,
  },
  '401/44117': {
    title: 'The access token could not be read',
    explanation: 'The token is not valid base64url-encoded JSON.',
    action: `Getting a fresh token, then retrying. ${tokenFixText}`,
  },
  '401/44113': {
    title: 'The token is not allowed to make calls',
    explanation: 'The access token has scopes, but neither "voip" nor "voip.join", so it cannot be used for calling.',
    action: voipScopeAction,
  },
  '401/44115': {
    title: 'The token names no ACS resource',
    explanation: 'The token has no resourceId claim and is not a Teams user token.',
    action: tokenFixText,
  },
  '401/44116': {
    title: 'The token names no user',
    explanation: 'The token has no skypeid claim, so the SDK does not know which user it is for.',
    action: tokenFixText,
  },
  '409/44012': {
    title: 'The token identity is malformed',
    explanation: 'The user id in the token has no cloud prefix (such as "acs:").',
    action: tokenFixText,
  },
  '401/40235': {
    title: 'The access token has expired',
    explanation: 'The token source handed the SDK a token that had already expired.',
    action: 'Getting a fresh token, then retrying. If it repeats, check the token service clock and the token lifetime.',
  },
  '400/40214': {
    title: 'Teams users cannot set a display name',
    explanation: `${teamsDisplayName} (The troubleshooting table lists this as 400/44214; SDK 2.0 raises 400/40214.)`,
    action: clearDisplayName,
  },
  '400/40215': {
    title: 'The display name is too long',
    explanation: 'The display name is longer than the SDK allows (256 characters unless the service says otherwise).',
    action: 'Shorten the display name and sign in again.',
  },
  '409/40230': {
    title: 'A Teams call agent already exists for this identity',
    explanation: 'Only one TeamsCallAgent may exist per identity, and another one was still alive.',
    action: 'The app disposes the existing agent and creates it once more. If it happens again, sign out and sign in.',
  },
  '400/40233': {
    title: 'The refreshed token is for another user',
    explanation: 'The token service returned a token for a different user than the one signed in.',
    action: 'Sign out and sign in again; check that the token service issues tokens for the same user.',
  },
  '400/40234': {
    title: 'The token could not be refreshed',
    explanation: 'The access token expired and the SDK could not get a valid one after several tries.',
    action: 'Getting a fresh token, then retrying. Check the token service if it repeats.',
  },
  '422/40217': {
    title: 'The token was requested too early',
    explanation: 'The SDK asked for a token before the call agent had finished starting.',
    action: retryText,
  },
  '500/40239': {
    title: 'This device type is not allowed',
    explanation: 'The app asked the SDK to set a device type that the service does not allow for this resource.',
    action: 'Remove the device type option from the app configuration.',
  },
  '408/40101': {
    title: 'Calling stack timed out while starting',
    explanation: 'The calling base stack did not finish initializing within 50 s.',
    action: retryText,
  },
  '500/40103': {
    title: 'Calling stack failed to start',
    explanation: 'The user stack could not start because the base stack was not created.',
    action: retryText,
  },
  '500/40105': {
    title: 'Calling stack failed to start',
    explanation: 'The calling user stack failed while initializing.',
    action: retryText,
  },
  '500/40116': {
    title: 'Media could not start',
    explanation: 'The media part of the calling stack failed to initialize.',
    action: `${retryText} Check that the microphone is not blocked by another app.`,
  },
  '400/40119': {
    title: 'This platform is not supported for calls',
    explanation: 'The SDK reports that its media stack does not support this browser or operating system.',
    action: 'Update the app (and the operating system); retrying a couple of times in case it was transient.',
  },
  '500/40117': {
    title: 'Signaling could not start',
    explanation: 'The signaling part of the calling stack failed to initialize.',
    action: retryText,
  },
  '500/40118': {
    title: 'Calling stack failed to start',
    explanation: 'An internal part of the calling stack failed to initialize.',
    action: retryText,
  },
  '500/40111': {
    title: 'Could not reach Azure Communication Services',
    explanation: 'The connection service to the ACS infrastructure could not be created.',
    action: networkText,
  },
  '500/40112': {
    title: 'Connection to Azure Communication Services failed',
    explanation: 'The connection to the ACS infrastructure failed to initialize.',
    action: networkText,
  },
  '500/40113': {
    title: 'Already connected',
    explanation: 'The SDK tried to set up a connection that already existed.',
    action: 'The app disposes the agent and tries again a couple of times.',
  },
  '408/44118': {
    title: 'An operation timed out',
    explanation: 'A step of creating the call agent took too long.',
    action: retryText,
  },
  '500/44100': {
    title: 'The service sent no configuration',
    explanation: 'The calling configuration from the service was empty.',
    action: retryText,
  },
  '500/44101': {
    title: 'The service configuration is incomplete',
    explanation: 'The calling configuration from the service lacks the ACS section.',
    action: retryText,
  },
  'app:create-timeout': {
    title: 'Creating the call agent took too long',
    explanation: 'createCallAgent did not finish before its deadline; the SDK can stall while it starts.',
    action: retryText,
  },
  'app:connect-timeout': {
    title: 'The call agent could not connect',
    explanation: 'The call agent was created but never reached the Connected state, so it cannot place or receive calls.',
    action: networkText,
  },
  'app:connection-lost': {
    title: 'The connection to Azure Communication Services was lost',
    explanation: 'The call agent stayed disconnected for too long after it had connected.',
    action: 'Reconnecting when the network is available.',
  },
  'app:engine-lost': {
    title: 'The calling window stopped',
    explanation: 'The window that was creating the call agent reloaded, closed or crashed before it finished.',
    action: 'Signing in again in the window that is still open.',
  },
  'app:token-endpoint': {
    title: 'The token service did not give a token',
    explanation: 'The token endpoint could not be reached, timed out, or answered with something that is not a token.',
    action: 'Retrying automatically with backoff. Check the endpoint URL and that the token service is running.',
  },
  'app:token-endpoint-refused': {
    title: 'The token service refused the app',
    explanation: "The token endpoint answered 401 or 403: it does not accept the app's credentials.",
    action: 'Check the token endpoint URL and the token service API key in Settings, then sign in again.',
  },
  'app:token-endpoint-redirect': {
    title: 'The token service redirected the app elsewhere',
    explanation: 'The token endpoint answered with a redirect to another address, or from HTTPS to plain HTTP. The app does not follow it, so the API key and the request are not sent there.',
    action: 'If the token service really moved, enter its new URL (shown in the message) in Settings, then sign in again.',
  },
  'app:token-expired': {
    title: 'The access token has expired',
    explanation: 'The pasted token is past its expiry time and the app has no way to get a new one.',
    action: 'Paste a fresh token, or sign in with a token endpoint so the app can refresh tokens itself.',
  },
  'app:teams-sign-in': {
    title: 'Sign in with Teams again',
    explanation: 'The Microsoft Entra sign-in in the browser did not finish, or Entra ID ended it (the refresh token expired or was revoked).',
    action: 'Choose "Teams account" on the sign-in screen and finish signing in in the browser window that opens.',
  },
  'app:token-invalid': {
    title: 'This is not an ACS access token',
    explanation: 'The token could not be read as a JSON Web Token with the claims ACS tokens carry.',
    action: 'Copy the whole token again (three parts separated by dots) and sign in again.',
  },
};

export type ErrorMessages = typeof enErrors;
