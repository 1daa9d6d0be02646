// The sources' settings as src/config.ts will read them: this module takes the raw values and says what is
// wrong with them, all at once, so that config.ts only has to call it and add the problems to its own.
//
//   SOURCES_FILE           the sources file (default seeds/sources.json, relative to the working folder)
//   SOURCES_ALLOW_PRIVATE  true: loopback and private addresses may be fetched (tests, the sandbox)
//   SOURCES_CONTACT_URL    a page or mailto: where a site's owner reaches the operator; in the User-Agent
import { resolve } from 'node:path';
import { DEFAULT_SOURCES_FILE } from './sourcesFile.js';

/** The product token robots.txt groups name (`User-agent: AttacheBot`). */
export const ROBOTS_TOKEN = 'AttacheBot';
export const BOT_VERSION = '0.1';

export interface SourcesSettings {
  readonly sourcesFile: string;
  readonly allowPrivate: boolean;
  readonly contactUrl: string | null;
  readonly userAgent: string;
}

export interface SourcesSettingsValues {
  readonly SOURCES_FILE?: string | undefined;
  readonly SOURCES_ALLOW_PRIVATE?: string | undefined;
  readonly SOURCES_CONTACT_URL?: string | undefined;
}

export interface SourcesSettingsResult {
  readonly settings: SourcesSettings;
  /** Wrong values, each naming its variable; the defaults are used meanwhile. */
  readonly problems: readonly string[];
  /** Allowed but unwise (no contact URL), for a warning in the log. */
  readonly warnings: readonly string[];
}

export function readSourcesSettings(values: SourcesSettingsValues, cwd: string): SourcesSettingsResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

  const sourcesFile = resolve(cwd, text(values.SOURCES_FILE) ?? DEFAULT_SOURCES_FILE);

  const allowText = text(values.SOURCES_ALLOW_PRIVATE)?.toLowerCase() ?? 'false';
  const allowPrivate = allowText === 'true';
  if (allowText !== 'true' && allowText !== 'false')
    problems.push(`SOURCES_ALLOW_PRIVATE "${values.SOURCES_ALLOW_PRIVATE}" must be true or false`);

  let contactUrl = text(values.SOURCES_CONTACT_URL);
  if (contactUrl !== null) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(contactUrl);
    } catch {}
    if (!parsed || !['http:', 'https:', 'mailto:'].includes(parsed.protocol) || /[\s()]/.test(contactUrl)) {
      problems.push(`SOURCES_CONTACT_URL "${contactUrl}" must be an http(s) or mailto: URL where site owners can reach you`);
      contactUrl = null;
    }
  } else {
    warnings.push('SOURCES_CONTACT_URL is not set: the sites polled cannot tell who to contact about this bot');
  }
  return { settings: { sourcesFile, allowPrivate, contactUrl, userAgent: userAgentFor(contactUrl) }, problems, warnings };
}

/**
 * `AttacheBot/0.1 (+https://example.org/bot; diplomatic news briefings)`: the product token robots.txt
 * names, and in the comment the operator's contact, as the big crawlers write theirs.
 */
export function userAgentFor(contactUrl: string | null): string {
  const contact = contactUrl ? `+${contactUrl}; ` : '';
  return `${ROBOTS_TOKEN}/${BOT_VERSION} (${contact}diplomatic news briefings)`;
}
