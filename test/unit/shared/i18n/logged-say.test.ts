import { describe, expect, it } from 'vitest';
import { sharedText } from '../../../../shared/i18n/catalogue';
import { sayOfLogged } from '../../../../shared/i18n/logged-say';
import { appMessageParams, type AppMessage } from '../../../../shared/messages/app-message';
import { word } from '../../../../shared/messages/coded-message';

const english = (say: AppMessage) => word(sharedText.en.appMessages, say);

describe('reading back the code of an English message main logged', () => {
  it('finds the code and values of every action end, so the window words it', () => {
    const ends: AppMessage[] = [
      { code: 'deviceFailedApple', params: { errorCode: '-2016345060' } },
      { code: 'deviceFailedApple', params: { errorCode: '' } },
      { code: 'deviceFailedOther', params: { errorCode: '7' } },
      { code: 'notSupportedWorkProfile', params: {} },
      { code: 'notSupportedOnDevice', params: {} },
      { code: 'canceledInIntune', params: {} },
      { code: 'outcomeUnknownTimeout', params: {} },
      { code: 'outcomeUnknownStatus', params: { status: '504' } },
      { code: 'outcomeUnknownDropped', params: {} },
      { code: 'unresolvedNeverShown', params: {} },
      { code: 'unresolvedNotFinished', params: { state: 'pending' } },
      { code: 'unresolvedNotListed', params: {} },
      { code: 'actionNotSent', params: {} },
    ];
    for (const say of ends) expect(sayOfLogged(english(say)), say.code).toEqual(say);
  });

  it('finds Graph refusals logged on a failed request, values included', () => {
    const refusals: AppMessage[] = [
      { code: 'graphForbiddenReset', params: {} },
      { code: 'graphThrottled', params: { seconds: '30' } },
      { code: 'graphUnavailable', params: { status: '503', said: 'Service is busy.' } },
      { code: 'graphUnavailable', params: { status: '500', said: '' } },
      { code: 'graphRefused', params: { status: '409', said: '' } },
      { code: 'deviceGone', params: {} },
    ];
    for (const say of refusals) {
      const found = sayOfLogged(english(say));
      expect(found, english(say)).toEqual(say);
      expect(word(sharedText.it.appMessages, found!)).toBe(word(sharedText.it.appMessages, say));
    }
  });

  it('reads a Retry-After back as seconds, whether logged in words or, by an earlier version, in seconds', () => {
    const now = english({ code: 'graphThrottled', params: { seconds: '150' } });
    expect(now).toContain('Try again in 2 minutes 30 seconds.');
    expect(sayOfLogged(now)).toEqual({ code: 'graphThrottled', params: { seconds: '150' } });
    const earlier = sayOfLogged('Intune is limiting requests right now (429). Try again in 300 s.');
    expect(earlier).toEqual({ code: 'graphThrottledInSeconds', params: { seconds: '300' } });
    expect(word(sharedText.it.appMessages, earlier!)).toContain('Riprova tra 5 minuti.');
  });

  it('reads a line an earlier version wrote, word for word', () => {
    const logged =
      "Intune reports that the passcode action failed on the device (error code 42). Common causes: no passcode policy applies to the device, or Intune lacks the device's unlock token (then only a wipe recovers it).";
    const say = sayOfLogged(logged);
    expect(say).toEqual({ code: 'deviceFailedApple', params: { errorCode: '42' } });
    expect(word(sharedText.it.appMessages, say!)).toContain('(codice di errore 42)');
  });

  it('gives nothing for English no code words: an older wording, an edited line, or text from elsewhere', () => {
    expect(sayOfLogged('The device said no.')).toBeNull();
    expect(sayOfLogged('')).toBeNull();
    const edited = english({ code: 'canceledInIntune', params: {} }).replace('canceled', 'cancelled');
    expect(sayOfLogged(edited)).toBeNull();
    expect(sayOfLogged(`${english({ code: 'notSupportedOnDevice', params: {} })} And more.`)).toBeNull();
  });

  it('gives the same answer when asked again (each message is matched once)', () => {
    const message = english({ code: 'graphThrottled', params: { seconds: '12' } });
    expect(sayOfLogged(message)).toEqual(sayOfLogged(message));
    expect(sayOfLogged(message)).toEqual({ code: 'graphThrottled', params: { seconds: '12' } });
  });

  it('reads every code back from its own English, with its values', () => {
    for (const [code, names] of Object.entries(appMessageParams)) {
      // A wait's value is whole seconds (it is worded "2 minutes"); every other value is any text.
      const say = { code, params: Object.fromEntries(names.map((name) => [name, name === 'seconds' ? '150' : `v-${name}`])) } as AppMessage;
      expect(sayOfLogged(english(say)), code).toEqual(say);
    }
  });
});
