/**
 * The routes a discord.js bot calls, as Discord answers them: GET /gateway/bot, GET /applications/@me,
 * the application commands (listed and overwritten in bulk), the interaction callback and webhooks, and
 * channel messages (./channelMessages.ts). Every other route answers 404, as an unknown one does on Discord.
 */
import type { EmulatorCore } from '../core.js';
import type { InteractionResponses } from '../interactions/responses.js';
import { FormErrors, validateCommand } from '../validation.js';
import { applicationJson, threadJson } from '../world/json.js';
import type { Json } from '../world/types.js';
import { defineChannelMessageRoutes } from './channelMessages.js';
import { overwriteCommands } from './commands.js';
import { defineForumRoutes, GUILDS_INTENT } from './forums.js';
import { Errors } from './http.js';
import type { DefineRoute, RouteResult } from './server.js';

export interface RouteDeps {
  readonly core: EmulatorCore;
  readonly interactions: InteractionResponses;
  /** IDENTIFYs so far, for session_start_limit.remaining; guild events (forum posts, tags) */
  readonly gateway: {
    readonly identifyCount: number;
    dispatchGuildEvent(guildId: string | null, t: string, d: unknown, intent?: number): number[];
  };
}

const ok = (body?: unknown): RouteResult => ({ status: body === undefined ? 204 : 200, body });

export function defineRoutes(route: DefineRoute, { core, interactions, gateway }: RouteDeps): void {
  const world = core.world;

  // gateway and application (GET /applications/@me: scripts/deploy-commands.ts)
  route('GET /gateway/bot', 'bot', () => {
    const { shards, minShards, maxConcurrency, sessionStartLimit } = core.options;
    return ok({
      url: core.gatewayUrl,
      shards: Math.max(shards, minShards),
      session_start_limit: {
        total: sessionStartLimit,
        remaining: Math.max(0, sessionStartLimit - gateway.identifyCount),
        reset_after: 86_400_000,
        max_concurrency: maxConcurrency,
      },
    });
  });
  route('GET /applications/@me', 'bot', () => ok(applicationJson(world, core.options.applicationFlags, core.options.installTypes)));

  // application commands: listed and overwritten in bulk, globally or for a guild (src/discord/commandSync.ts)
  const appCheck = (appId: string) => {
    if (appId !== world.applicationId) throw Errors.unknownApplication();
  };
  const guildCheck = (guildId: string | undefined) => {
    if (guildId !== undefined && !world.guilds.has(guildId)) throw Errors.unknownGuild();
    // A server the app was never added to (reached only through a user's install): no commands of its own.
    if (guildId !== undefined && !world.guilds.get(guildId)!.members.has(world.botUser.id)) throw Errors.missingAccess();
    return guildId ?? null;
  };
  for (const scope of ['', '/guilds/:guild_id'] as const) {
    const base = `/applications/:application_id${scope}/commands`;
    route(`GET ${base}`, 'bot', ({ params }) => {
      appCheck(params.application_id!);
      return ok(world.commandsFor(guildCheck(params.guild_id)));
    });
    route(`PUT ${base}`, 'bot', ({ params, body }) => {
      appCheck(params.application_id!);
      const guildId = guildCheck(params.guild_id);
      if (!Array.isArray(body)) throw Errors.invalidFormBody({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] });
      const errors = new FormErrors();
      body.forEach((c: unknown, i: number) => validateCommand(c, errors, [i]));
      if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
      const next = overwriteCommands(world, core.ids, guildId, body as Json[], core.options.installTypes);
      core.changed('commands', { guildId, commands: next });
      return ok(next);
    });
  }

  // interactions (authenticated by the interaction token, no Authorization header)
  route('POST /interactions/:interaction_id/:token/callback', 'interaction', ({ params, body, query, arrivedAt }) => {
    const withResponse = query.get('with_response') === 'true';
    return interactions.callback(params.interaction_id!, params.token!, body, withResponse, arrivedAt);
  });
  route('PATCH /webhooks/:application_id/:token/messages/:message_id', 'interaction', ({ params, body }) =>
    ok(interactions.editWebhookMessage(params.application_id!, params.token!, params.message_id!, body)),
  );
  route('POST /webhooks/:application_id/:token', 'interaction', ({ params, body, query }) => {
    const message = interactions.followUp(params.application_id!, params.token!, body);
    return query.get('wait') === 'true' ? ok(message) : ok();
  });

  // channel messages (digests: posted, and read back after a restart); forum posts, their threads and tags
  const dispatch = (guildId: string, t: string, d: unknown) => void gateway.dispatchGuildEvent(guildId, t, d, GUILDS_INTENT);
  defineChannelMessageRoutes(route, core, (thread) => dispatch(thread.guildId!, 'THREAD_UPDATE', threadJson(thread)));
  defineForumRoutes(route, core, dispatch);
}
