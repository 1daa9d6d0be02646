// `npm run deploy-commands`: register the slash commands now, without starting the bot. Same sync as on
// start: to DISCORD_GUILD_ID if set (instant), else globally; written only when they differ from what
// Discord has. Prints what it did; exit code 0 on success, 1 on any failure.
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.js';
import { ConfigError, readConfig as readSettings } from '../src/config.js';
import { describeSync, GUILD_ONLY_NOTE, syncCommands } from '../src/discord/commandSync.js';
import { createLogger } from '../src/log.js';

loadDotenv({ quiet: true });

async function main(): Promise<number> {
  let settings;
  try {
    settings = readSettings();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
      return 1;
    }
    throw err;
  }
  if (!settings.discordToken) {
    process.stderr.write(
      'DISCORD_TOKEN is not set: there is no Discord application to register commands with.\n(The sandbox, `npm start` without a token, registers them with its local emulator by itself.)\n',
    );
    return 1;
  }
  const logger = createLogger({ level: settings.logLevel, secrets: [settings.discordToken] });
  const rest = new REST({ api: settings.discordApiUrl }).setToken(settings.discordToken);
  try {
    // The application id comes with the token: the same bot, whatever the environment calls it.
    const application = (await rest.get(Routes.currentApplication())) as { id: string; name?: string };
    const result = await syncCommands(
      rest,
      { applicationId: application.id, guildId: settings.discordGuildId },
      commands.map((c) => c.data.toJSON()),
      logger,
    );
    process.stdout.write(`${describeSync(result)}\n`);
    // A guild command is only in its server, so a user install (DMs, servers without the bot) sees none of them.
    if (result.scope === 'guild') process.stdout.write(`${GUILD_ONLY_NOTE}\n`);
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    logger.error('deploy-commands failed', { err });
    process.stderr.write(`Could not register the commands: ${message}\n${hint(err)}`);
    return 1;
  }
}

function hint(err: unknown): string {
  const status = (err as { status?: number }).status;
  const code = (err as { code?: number | string }).code;
  if (status === 401) return 'Discord refused the token: check DISCORD_TOKEN (Developer Portal → Bot → Reset Token).\n';
  if (code === 50001 || status === 403)
    return 'The bot has no access to that server: check DISCORD_GUILD_ID and that the bot was invited with the applications.commands scope.\n';
  return '';
}

process.exitCode = await main();
