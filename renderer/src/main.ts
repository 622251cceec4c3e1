import { createApp, h } from 'vue';
import App from './App.vue';
import { createSessionStore, loadAppInfo } from './app/session-store';
import { startEngine } from './app/start-engine';
import { onHostClosed, softphoneApi } from './ipc/client';
import './styles.css';

declare global {
  interface Window {
    /** QA and test hook, simulator only: see README "Injecting errors". */
    __softphoneSimulator?: import('./engine').SimulatorControls;
  }
}

async function boot(): Promise<void> {
  const api = softphoneApi();
  const info = await loadAppInfo(api);
  const engine = startEngine(api, info);
  const session = createSessionStore(api);
  if (engine.simulator) window.__softphoneSimulator = engine.simulator;
  // The secret has done its job once the socket is open; keep it out of the address bar and history.
  if (info.host === 'web') history.replaceState(null, '', window.location.pathname);

  const reportOnline = (online: boolean) => void api.invoke('network.setOnline', { online });
  createApp({ render: () => h(App, { info, session, simulator: engine.simulator, reportOnline }) }).mount('#app');
  window.addEventListener('beforeunload', () => engine.dispose());
}

function showFatal(message: string): void {
  const root = document.getElementById('app');
  if (!root) return;
  root.innerHTML = '';
  const box = document.createElement('div');
  box.className = 'card fatal';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'fatal-error';
  box.textContent = message;
  root.append(box);
}

onHostClosed((reason) => showFatal(`The app host is gone (${reason}). Restart it, then reload this page.`));
boot().catch((error: unknown) => showFatal(`The app could not start: ${error instanceof Error ? error.message : String(error)}`));
