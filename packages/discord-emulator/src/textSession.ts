/**
 * A text session: an emulator with one guild, its #general channel and one user, "tester", who types
 * slash commands as lines of text. Log a discord.js client in with `clientOptions` and `token`. Attaché's
 * sandbox (`npm start` without a token) is one, with a prompt and a transcript on top.
 *
 *   const session = await startTextSession();
 *   const client = new Client({ intents, ...session.clientOptions });
 *   await client.login(session.token);
 *   const reply = await session.run('/brief topic:Armenia count:3').waitForReply();
 *   console.log(renderMessage(reply, { world: session.emulator.world }));
 */
import type { DiscordEmulatorOptions } from './options.js';
import { DiscordEmulator } from './emulator.js';
import { parseCommandLine } from './commandLine.js';
import type { InteractionHandle } from './interactions/records.js';
import type { ChannelState, GuildState, UserState } from './world/types.js';

export interface TextSessionOptions {
  emulator?: DiscordEmulatorOptions;
}

export interface TextSession {
  emulator: DiscordEmulator;
  token: string;
  /** spread into the discord.js ClientOptions: REST base URL and a no-wait identify throttler */
  clientOptions: {
    rest: { api: string };
    ws: { buildIdentifyThrottler: () => { waitForIdentify(): Promise<void> } };
  };
  guild: GuildState;
  channel: ChannelState;
  user: UserState;
  /** runs a command line such as `/brief topic:"Gas supply" count:3` as the session's user, in #general */
  run(line: string): InteractionHandle;
  stop(): Promise<void>;
}

export async function startTextSession(options: TextSessionOptions = {}): Promise<TextSession> {
  const emulator = new DiscordEmulator(options.emulator);
  await emulator.start();
  const { guild, channel, user } = emulator.seedDefaultWorld();
  return {
    emulator,
    token: emulator.token,
    clientOptions: {
      rest: { api: emulator.restUrl },
      ws: { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) },
    },
    guild,
    channel,
    user,
    run(line: string) {
      const parsed = parseCommandLine(line, emulator.world, guild.id);
      return emulator.sendCommand({ guildId: guild.id, channelId: channel.id, userId: user.id, ...parsed });
    },
    stop: () => emulator.stop(),
  };
}
