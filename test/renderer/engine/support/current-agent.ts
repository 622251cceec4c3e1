import type { AgentRunner } from '../../../../renderer/src/engine/agent-runner';
import type { CallAgentCommonLike } from '../../../../renderer/src/engine/calling-backend';

/** The agent the runner publishes to calls right now (what `onAgentChanged` hands its listeners). */
export function currentAgent(runner: AgentRunner): CallAgentCommonLike | undefined {
  let agent: CallAgentCommonLike | undefined;
  runner.onAgentChanged((active) => {
    agent = active?.agent;
  })();
  return agent;
}
