import type { NoticeText } from '../../../shared/notices/notice-text';
import type { Logger } from '../ports';
import { englishNotice } from '../../../shared/notices/english-notices';
import { parseProtocolLink } from './protocol-link';

/** Where links go; connected once the app is ready (macOS may deliver a link before that). */
export interface DialLinkOutputs {
  /** Puts the text in a window's dialer (an `app.command` of type `dial`). */
  sendDial(windowId: string, input: string): void;
  /** Tells the user a link could not be dialled (a warning notice in every window). */
  reportBadLink(notice: NoticeText): void;
}

/**
 * Takes tel:/callto: links from wherever the OS delivers them and puts the number in a
 * window's dialer. A link can arrive before any page can listen (a cold start from a link, or
 * macOS's open-url before ready), so the latest one waits for a window whose page has loaded.
 * The page itself keeps it until the user is signed in; it never dials on its own.
 */
export class DialLinkRouter {
  private pending: string | undefined;
  private readonly readyWindows: string[] = [];
  private outputs: DialLinkOutputs | undefined;
  private readonly unreportedProblems: NoticeText[] = [];

  constructor(private readonly logger: Logger) {}

  connect(outputs: DialLinkOutputs): void {
    this.outputs = outputs;
    for (const notice of this.unreportedProblems.splice(0)) outputs.reportBadLink(notice);
    this.flush();
  }

  open(link: string): void {
    const parsed = parseProtocolLink(link);
    if (!parsed.ok) {
      // The message, not the link: a link is whatever a web page chose to put in it.
      this.logger.warn('refused a dial link', { reason: englishNotice(parsed.notice) });
      if (this.outputs) this.outputs.reportBadLink(parsed.notice);
      else this.unreportedProblems.push(parsed.notice);
      return;
    }
    this.logger.info('dial link received');
    this.pending = parsed.input;
    this.flush();
  }

  /** The window's page has loaded (and listens for commands). */
  windowReady(windowId: string): void {
    if (!this.readyWindows.includes(windowId)) this.readyWindows.push(windowId);
    this.flush();
  }

  /** Closed, reloading or crashed: not a place to send a link until it is ready again. */
  windowGone(windowId: string): void {
    const index = this.readyWindows.indexOf(windowId);
    if (index !== -1) this.readyWindows.splice(index, 1);
  }

  private flush(): void {
    const target = this.readyWindows[0];
    if (this.pending === undefined || target === undefined || !this.outputs) return;
    const input = this.pending;
    this.pending = undefined;
    this.outputs.sendDial(target, input);
  }
}
