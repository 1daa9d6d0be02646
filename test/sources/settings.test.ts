// The sources' settings as config.ts will hand them over: defaults, problems, and the User-Agent.
import { describe, expect, it } from 'vitest';
import { readSourcesSettings, userAgentFor } from '../../src/sources/settings.js';

describe('readSourcesSettings', () => {
  it('defaults to seeds/sources.json, no private addresses, and warns that no contact is set', () => {
    const { settings, problems, warnings } = readSourcesSettings({}, '/srv/attache');
    expect(settings).toEqual({
      sourcesFile: '/srv/attache/seeds/sources.json',
      allowPrivate: false,
      contactUrl: null,
      userAgent: 'AttacheBot/0.1 (diplomatic news briefings)',
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual(['SOURCES_CONTACT_URL is not set: the sites polled cannot tell who to contact about this bot']);
  });

  it('puts the contact URL in the User-Agent', () => {
    const { settings } = readSourcesSettings({ SOURCES_CONTACT_URL: 'https://example.org/bot', SOURCES_ALLOW_PRIVATE: 'TRUE' }, '/');
    expect(settings.userAgent).toBe('AttacheBot/0.1 (+https://example.org/bot; diplomatic news briefings)');
    expect(settings.allowPrivate).toBe(true);
    expect(userAgentFor('mailto:ops@example.org')).toBe('AttacheBot/0.1 (+mailto:ops@example.org; diplomatic news briefings)');
  });

  it('reports every wrong value at once', () => {
    const { problems } = readSourcesSettings({ SOURCES_ALLOW_PRIVATE: 'yes', SOURCES_CONTACT_URL: 'call me (maybe)' }, '/');
    expect(problems).toEqual([
      'SOURCES_ALLOW_PRIVATE "yes" must be true or false',
      'SOURCES_CONTACT_URL "call me (maybe)" must be an http(s) or mailto: URL where site owners can reach you',
    ]);
  });
});
