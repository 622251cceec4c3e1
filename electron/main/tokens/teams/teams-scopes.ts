/**
 * The delegated permissions a Teams user grants the app (Azure Communication Services →
 * Teams.ManageCalls and Teams.ManageChats in the app registration). The token service
 * exchanges an Entra token carrying them for an ACS token (getTokenForTeamsUser).
 */
export const teamsCommunicationScopes = [
  'https://auth.msft.communication.azure.com/Teams.ManageCalls',
  'https://auth.msft.communication.azure.com/Teams.ManageChats',
] as const;
