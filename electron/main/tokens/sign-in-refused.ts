import { englishSignInRefusals, type SignInRefusal } from '../../../shared/session/sign-in-refusal';

/** Thrown while setting up a sign-in that cannot start; the supervisor answers the window with its reason. */
export class SignInRefused extends Error {
  override readonly name = 'SignInRefused';

  constructor(readonly reason: SignInRefusal) {
    super(englishSignInRefusals[reason]);
  }
}
