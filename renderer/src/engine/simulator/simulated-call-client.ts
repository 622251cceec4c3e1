import type { AgentKind } from '../../../../shared/session/attempt';
import type { CallAgentCreateOptions, CallAgentLike, CallClientLike, DeviceManagerLike, TeamsCallAgentLike, TokenCredentialLike } from '../calling-backend';
import { SimulatedCallAgent } from './simulated-call-agent';
import { injectedError, sdkError } from './simulated-error';
import type { SimulatedService } from './simulated-service';
import { readCredentialIdentity } from './simulated-token';

const maxDisplayNameLength = 256;

/**
 * A CallClient that follows SDK 2.0.0's createCallAgent step by step: read the token, reuse
 * this client's agent for the same identity or refuse a second one (40008), reuse an agent
 * another client already has for the identity, else initialize a new one (token kind and
 * display-name rules, registration with its 40228 race, then the service's answer).
 */
export class SimulatedCallClient implements CallClientLike {
  private agent: SimulatedCallAgent | undefined;
  private disposed = false;

  constructor(private readonly service: SimulatedService) {
    service.callClientOpened();
  }

  createCallAgent(credential: TokenCredentialLike, options?: CallAgentCreateOptions): Promise<CallAgentLike> {
    return this.create('acs', credential, options);
  }

  createTeamsCallAgent(credential: TokenCredentialLike, options?: CallAgentCreateOptions): Promise<TeamsCallAgentLike> {
    return this.create('teams', credential, options);
  }

  async getDeviceManager(): Promise<DeviceManagerLike> {
    if (this.disposed) throw sdkError('callClientDisposed');
    return this.service.deviceManager;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.service.callClientClosed();
    await this.agent?.dispose();
  }

  private async create(kind: AgentKind, credential: TokenCredentialLike, options: CallAgentCreateOptions | undefined): Promise<SimulatedCallAgent> {
    if (this.disposed) throw sdkError('callClientDisposed');
    const { identity } = await readCredentialIdentity(credential);
    if (this.agent && this.agent.kind === kind && this.agent.identity === identity) return this.agent;
    if (this.agent) throw sdkError('oneCallAgentPerCallClient');
    const existing = this.service.existingAgent(kind, identity);
    if (existing) return this.adopt(existing);

    const agent = new SimulatedCallAgent(identity, kind, this.service.calls);
    this.adopt(agent);
    try {
      await this.initialize(agent, kind, credential, options);
      return agent;
    } catch (error) {
      this.agent = undefined;
      await agent.dispose();
      throw error;
    }
  }

  private adopt(agent: SimulatedCallAgent): SimulatedCallAgent {
    this.agent = agent;
    agent.onDisposed(() => {
      if (this.agent === agent) this.agent = undefined;
    });
    return agent;
  }

  private async initialize(
    agent: SimulatedCallAgent,
    kind: AgentKind,
    credential: TokenCredentialLike,
    options: CallAgentCreateOptions | undefined,
  ): Promise<void> {
    // The SDK reads the token a second time here; that await is where two racing clients cross.
    const token = await readCredentialIdentity(credential);
    if (kind === 'acs' && token.kind === 'teams') throw sdkError('acsTokenOnly');
    if (kind === 'teams' && token.kind === 'acs') throw sdkError('teamsTokenOnly');
    if (options?.displayName) {
      if (token.kind === 'teams') throw sdkError('teamsDisplayName');
      if (options.displayName.length > maxDisplayNameLength) throw sdkError('displayNameTooLong');
    }
    this.service.register(agent);

    const planned = this.service.takePlannedFailure();
    // An injected failure is the SDK giving up, after the delay QA asked for (by default the
    // normal create time), not after the long offline stall a real unreachable service causes.
    await this.service.wait(planned ? planned.delayMs : this.service.createDelayMs);
    if (planned) throw injectedError(planned.code, planned.subCode);
    if (this.disposed || agent.disposed) throw sdkError('callClientDisposed');
    this.service.startConnecting(agent);
  }
}
