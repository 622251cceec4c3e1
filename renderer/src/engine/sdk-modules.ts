/*
 * Everything the SDK adapter takes from the SDK at run time, loaded as one lazy chunk. Taking
 * the credential class from here, not from a dynamic import of @azure/communication-common,
 * matters: that package is also imported statically (identifier helpers), so a dynamic import
 * of its whole namespace pinned the credential and its HTTP pipeline (~40 KB gz) into the
 * first screen.
 */
export { CallClient, Features } from '@azure/communication-calling';
export { AzureCommunicationTokenCredential } from '@azure/communication-common';
