// Dispatch: each interaction goes to the command module (or the paging buttons) it belongs to. Whatever
// happens inside, the user gets an answer where one is still possible, the error is logged with what was
// asked, and the bot keeps running; one log line per interaction says how it went.
import type { AutocompleteInteraction, Interaction } from 'discord.js';
import type { CommandContext, CommandModule } from './commandContract.js';
import type { AttacheMetrics, CommandOutcome } from '../metrics/index.js';
import { IndexUnavailableError, UNAVAILABLE_TEXT } from './errors.js';
import { logInteraction, noteOutcome, outcomeOf, type Outcome } from './interactionLog.js';
import { PAGE_PREFIX, turnPage } from './paging.js';
import { replyEphemeral, respond } from './replies.js';

export function apologyText(what: string): string {
  return `Sorry — something went wrong on my side while answering ${what}. It has been logged; please try again in a moment.`;
}

export type Router = (interaction: Interaction) => Promise<void>;

/** The instruments the router updates; optional, so a router without metrics works as before. */
export type RouterMetrics = Pick<AttacheMetrics, 'commands' | 'commandDuration' | 'autocompleteDuration'>;

export function createRouter(commands: readonly CommandModule[], context: CommandContext, metrics?: RouterMetrics): Router {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const ctx: CommandContext = {
    ...context,
    index: () => {
      try {
        return context.index();
      } catch (cause) {
        throw new IndexUnavailableError(cause);
      }
    },
  };

  async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command)
        return replyEphemeral(
          interaction,
          `I don't know /${interaction.commandName} (any more); type / to see the commands I have.`,
          'unhandled',
        );
      return command.execute(interaction, ctx);
    }
    if (interaction.isAutocomplete()) return autocomplete(interaction, byName.get(interaction.commandName));
    if (interaction.isButton()) {
      if (interaction.customId.startsWith(PAGE_PREFIX)) return turnPage(interaction, ctx.paging);
      const command = byName.get(interaction.customId.split(':', 1)[0]!);
      if (command?.button) return command.button(interaction, ctx);
      return replyEphemeral(interaction, 'This button does nothing any more; run the command again.', 'unhandled');
    }
    // Nothing else is registered (no modals, menus or context commands): Discord will not send them.
    noteOutcome(interaction, 'unhandled');
  }

  async function autocomplete(interaction: AutocompleteInteraction, command: CommandModule | undefined): Promise<void> {
    if (!command?.autocomplete) {
      noteOutcome(interaction, 'unhandled');
      return interaction.respond([]);
    }
    return command.autocomplete(interaction, ctx);
  }

  return async function route(interaction: Interaction): Promise<void> {
    const started = performance.now();
    let error: unknown;
    try {
      await dispatch(interaction);
    } catch (err) {
      error = err;
      await recover(interaction, err).catch((followUpError: unknown) => {
        // The apology failed too (the interaction expired, the network is gone): nothing more to try.
        context.logger.warn('interaction apology failed', { interaction: interaction.id, error: followUpError });
      });
    }
    const latencyMs = performance.now() - started;
    if (metrics) record(metrics, interaction, latencyMs / 1000);
    logInteraction(context.logger, interaction, {
      latencyMs,
      outcome: outcomeOf(interaction),
      // An unavailable index is expected while loading, but its cause (a failed load) is worth a look too.
      ...(error !== undefined ? { error, context: { options: optionsOf(interaction) } } : {}),
    });
  };

  /** Slash commands and autocomplete; a name Discord still has but this bot dropped counts as "unknown" (bounded labels). */
  function record(m: RouterMetrics, interaction: Interaction, seconds: number): void {
    if (interaction.isChatInputCommand()) {
      const command = byName.has(interaction.commandName) ? interaction.commandName : 'unknown';
      m.commands.inc({ command, outcome: coarseOutcome(outcomeOf(interaction)) });
      m.commandDuration.observe({ command }, seconds);
    } else if (interaction.isAutocomplete()) {
      m.autocompleteDuration.observe({ command: byName.has(interaction.commandName) ? interaction.commandName : 'unknown' }, seconds);
    }
  }
}

/**
 * The log's outcome, folded for alerting: a bad option or an unknown actor is the user's to fix; an
 * unloaded index is the bot's (not the user's) failure to answer, like an unexpected error.
 */
export function coarseOutcome(outcome: Outcome): CommandOutcome {
  if (outcome === 'ok') return 'ok';
  if (outcome === 'error' || outcome === 'unavailable') return 'error';
  return 'user_error';
}

/** After a failure: an ephemeral word to the user, through whatever call the interaction still allows. */
async function recover(interaction: Interaction, error: unknown): Promise<void> {
  const unavailable = error instanceof IndexUnavailableError;
  noteOutcome(interaction, unavailable ? 'unavailable' : 'error');
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const what = interaction.isCommand() ? `/${interaction.commandName}` : interaction.isButton() ? 'that button' : 'that';
  const text = unavailable ? UNAVAILABLE_TEXT : apologyText(what);
  await respond(interaction, { content: text }, { ephemeral: true });
}

/** The command's options as given, for the error log (values are the user's own words, at most 200 characters). */
function optionsOf(interaction: Interaction): Record<string, unknown> | undefined {
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return undefined;
  const out: Record<string, unknown> = {};
  for (const o of interaction.options.data) out[o.name] = typeof o.value === 'string' ? o.value.slice(0, 200) : o.value;
  return out;
}
