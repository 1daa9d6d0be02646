// The mark a resume finds a posted digest message by: short, the same for the same message, at the end of the
// last footer of what is posted, and with room kept for it when the digest is cut, so that a full message
// stays within Discord's limits with it.
import { describe, expect, it } from 'vitest';
import { FormErrors, validateMessagePayload } from '@attache/discord-emulator';
import { composeDigest } from '../../src/digest/compose.js';
import { DELIVERY_MARK_ROOM, deliveryMark } from '../../src/digest/messages.js';
import { digestMessageBody } from '../../src/discord/digestDelivery.js';
import { longStatements } from './fixtures.js';

describe('the delivery mark', () => {
  it('is short and the same for the same nonce, different for another', () => {
    expect(deliveryMark('abc')).toMatch(/^ref [0-9a-f]{8}$/);
    expect(deliveryMark('abc')).toBe(deliveryMark('abc'));
    expect(deliveryMark('abd')).not.toBe(deliveryMark('abc'));
    expect(` · ${deliveryMark('any nonce at all')}`.length).toBeLessThanOrEqual(DELIVERY_MARK_ROOM);
  });

  it('ends the last footer of a posted message that has a nonce, and only then', () => {
    const [message] = composeDigest(longStatements(3, 'truce', 'm').index, ['m000', 'm001', 'm002'], { actors: [], mentionRoleId: null });
    const marked = digestMessageBody({ ...message!, nonce: 'n-1', enforceNonce: true });
    expect(marked.embeds!.at(-1)!.footer!.text).toBe(`Attaché digest · ${deliveryMark('n-1')}`);
    expect(marked.embeds!.slice(0, -1).every((e) => !e.footer)).toBe(true);
    expect(digestMessageBody(message!).embeds!.at(-1)!.footer!.text).toBe('Attaché digest');
    // A record of an earlier release, already rendered, is marked the same way.
    const old = digestMessageBody({
      embeds: [{ title: 't', footer: { text: 'part 1 of 2' } }],
      allowedMentions: { parse: [] },
      nonce: 'n-2',
    });
    expect(old.embeds![0]!.footer!.text).toBe(`part 1 of 2 · ${deliveryMark('n-2')}`);
  });

  it('fits: every message of a long digest, marked, is one Discord takes', () => {
    const { index, ids } = longStatements(120, 'ceasefire', 'x');
    const messages = composeDigest(index, ids, { actors: [], mentionRoleId: null });
    expect(messages.length).toBeGreaterThan(10);
    for (const [i, message] of messages.entries()) {
      const body = digestMessageBody({ ...message, nonce: `nonce-of-message-${i}`, enforceNonce: true });
      const errors = new FormErrors();
      validateMessagePayload(body as Record<string, unknown>, errors);
      expect(errors.toJson()).toEqual({});
      expect(body.embeds!.at(-1)!.footer!.text).toMatch(new RegExp(`part ${i + 1} of ${messages.length} · ref [0-9a-f]{8}$`));
    }
  });
});
