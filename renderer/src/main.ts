// First: zod's setting must be in place before any schema is built (see the module).
import './ipc/zod-jitless';
import { createApp, h } from 'vue';
import App from './App.vue';
import { createPendingDial, listenForAppCommands } from './app/app-commands';
import { createAppViews } from './app/app-views';
import { offerAccountSetup, reloadIfEngineChanged } from './app/account-setup';
import { reportCallActivity } from './app/call-activity';
import { isLive } from './app/call-text';
import { classifyCallee } from './app/callee-check';
import { createCallsStore } from './app/calls-store';
import { browserDiagnosticsPage, createDiagnosticsExport } from './app/diagnostics-export';
import { createHistoryStore } from './app/history-store';
import { createContactsStore } from './app/contacts-store';
import { installLeaveGuard } from './app/leave-guard';
import { createNoticeStore } from './app/notice-store';
import { RendererLog } from './app/renderer-log';
import { createQaPanel, installQaPanelShortcut } from './app/qa-panel';
import { ringForIncomingCalls } from './app/ringing';
import { Ringtone } from './app/ringtone';
import { browserToneEnvironment, webAudioToneOutput } from './app/tone-output';
import { createSessionStore, loadAppInfo } from './app/session-store';
import { animationFrames } from './app/view-pacing';
import { createSettingsDraft } from './app/settings-draft';
import { createSignInDraft } from './app/sign-in-draft';
import { createSettingsStore } from './app/settings-store';
import { browserIdle, prefetchSignedInViews } from './app/signed-in-views';
import { startEngine } from './app/start-engine';
import { systemLanguages } from './app/system-languages';
import { createUpdateStore } from './app/update-store';
import { fatalText } from './i18n/fatal-text';
import { localeShown } from './i18n/create-i18n';
import { installI18n } from './i18n/install-i18n';
import { systemClock } from '../../shared/util/clock';
import { onHostClosed, softphoneApi } from './ipc/client';
import { missingCase } from '../../shared/util/missing-case';
import './styles.css';
import { errorMessage } from '../../shared/util/error-message';

declare global {
  interface Window {
    /** QA and test hook, simulator only: see README "Injecting errors". */
    __softphoneSimulator?: import('./engine').SimulatorControls;
  }
}

// First, so even a failed boot is in the log a later export carries.
const log = new RendererLog(systemClock, console);
log.captureUncaught(window);

async function boot(): Promise<void> {
  const api = softphoneApi();
  // Before the first await: main may send a tel: link the moment the page has loaded.
  const commands = listenForAppCommands(api);
  const pendingDial = createPendingDial();
  const views = createAppViews();
  // The stores need no app info: their first requests go out with app.getInfo, and the main
  // thread sets them up while that first round trip travels instead of after it.
  const infoReply = loadAppInfo(api);
  const session = createSessionStore(api, animationFrames(window));
  const settings = createSettingsStore(api);
  const callHistory = createHistoryStore(api);
  const contacts = createContactsStore(api);
  const notices = createNoticeStore(api);
  const updates = createUpdateStore(api);
  const info = await infoReply;
  const engine = startEngine(api, info, log);
  if (engine.simulator) window.__softphoneSimulator = engine.simulator;

  const qa = createQaPanel(info.qa, () => settings.settings.value?.qaPanel);
  installQaPanelShortcut(window, qa);
  const calls = engine.calls ? createCallsStore(engine.calls) : undefined;
  const hangUpAll = () =>
    calls?.snapshot.value.calls.filter((call) => isLive(call.state)).forEach((call) => void calls.controller.hangUp(call.id).catch(() => undefined));
  if (calls) {
    const toneOutput = webAudioToneOutput(browserToneEnvironment(), {
      volume: () => settings.settings.value?.ringtoneVolume ?? 100,
      deviceId: () => settings.settings.value?.ringtoneDeviceId,
    });
    ringForIncomingCalls(calls, settings, new Ringtone(toneOutput, window));
    installLeaveGuard(window, { inCall: () => calls.busy.value, hangUpAll });
    // Main raises notifications for ringing calls and asks before quitting during a call.
    reportCallActivity(calls.controller, (activity) => void api.invoke('calls.activity', activity));
  }
  commands.handleWith((command) => {
    switch (command.type) {
      case 'hangUpAll':
        hangUpAll();
        return;
      case 'toggleQaPanel':
        qa.toggle();
        return;
      case 'dial':
        pendingDial.offer(command.input);
        return;
      case 'openSettings':
        views.open('settings');
        return;
      case 'openTroubleshooting':
        views.open('troubleshooting');
        return;
      // Answer / Decline on the OS notification: as if clicked in the window (which main brings forward to answer).
      case 'answerCall':
        void calls?.controller.accept(command.callId).catch((error: unknown) => log.warn('answering from the notification failed', { error: errorMessage(error) }));
        return;
      case 'declineCall':
        void calls?.controller.decline(command.callId).catch((error: unknown) => log.warn('declining from the notification failed', { error: errorMessage(error) }));
        return;
      default:
        missingCase(command);
    }
  });

  // A first run (nothing configured) starts with the account setup instead of the sign-in form.
  offerAccountSetup(views, info, settings.settings);
  const afterAccountSetup = () => reloadIfEngineChanged(api, info.engine, () => window.location.reload());

  const reportOnline = (online: boolean) => void api.invoke('network.setOnline', { online });
  const props = { info, session, simulator: engine.simulator, reportOnline, diagnostics: createDiagnosticsExport(api, log, browserDiagnosticsPage(window)), calls, settings, history: callHistory, contacts, notices, classify: classifyCallee, qa, pendingDial, updates, views, settingsDraft: createSettingsDraft(), signInDraft: createSignInDraft(info.engine, { endpoint: info.defaultTokenEndpoint }), afterAccountSetup };
  const vueApp = createApp({ render: () => h(App, props) });
  // The language follows the setting, and the OS while the setting says "system".
  const i18n = installI18n(vueApp, settings.settings);
  await localeShown(i18n);
  vueApp.mount('#app');
  // The sign-in screen is up: the screens after it load in idle time (see signed-in-views.ts).
  prefetchSignedInViews(browserIdle(window));
  // pagehide, not beforeunload: during a call the user may answer the leave prompt with "stay".
  window.addEventListener('pagehide', () => engine.dispose());
}

function showFatal(message: string): void {
  const root = document.getElementById('app');
  // The first failure is the cause; a boot that fails because of it must not hide it.
  if (!root || root.querySelector('[data-testid="fatal-error"]')) return;
  root.innerHTML = '';
  const box = document.createElement('div');
  box.className = 'card fatal';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'fatal-error';
  box.textContent = message;
  root.append(box);
}

// The system's languages, not the setting: main's settings may be what never arrived.
const fatal = () => fatalText(systemLanguages());
onHostClosed((closure) => showFatal(closure.kind === 'refused' && closure.refusal === 'link-used' ? fatal().linkUsed() : fatal().hostGone(closure.kind === 'closed' ? closure.reason : 'unreachable')));
boot().catch((error: unknown) => showFatal(fatal().couldNotStart(errorMessage(error))));
