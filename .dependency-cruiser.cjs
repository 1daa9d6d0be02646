// The layers of docs' flow (seeds → src/corpus → src/extract → src/index → src/views, commands/, src/digest →
// src/discord), checked by dependency-cruiser in `npm run lint` (npm run lint:deps). test/lint/layers.test.ts
// shows that a breach of each rule is reported. Only value and type imports of our own code count; tests may
// import anything.

/** The core: reads, extracts and queries articles, and knows nothing of Discord. */
// The news side of issue #12 (sources, ingest, ingestion) is core too: it fills the seeds folder, Discord-free.
// So is the picture of /contacts (issue #13): drawn and rasterised without knowing where it is sent.
const CORE = '^src/(corpus|extract|index|pipeline|sources|ingest|ingestion|picture)/';
/**
 * What is shown, apart from how Discord shows it: the view models (src/views), the terminal's formatting of
 * them (src/format) and Discord's limits and id format as plain data (src/platform).
 */
const VIEWS = '^src/(views|format|platform)/';
/** discord.js itself, and the packages it is made of (dependency-cruiser matches the resolved file). */
const DISCORD = '^node_modules/(discord\\.js|@discordjs)/';

// No cycle is allowed anywhere. (The emulator's core and its gateway and interaction manager held each other
// when the rule came in; the core now holds neither, and DiscordEmulator hands each part what it needs of
// the others. The cycles between commands/index.ts and every command, and between src/discord and commands/,
// went when the command contract moved to src/discord/commandContract.ts.)

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-without-discord',
      comment:
        'src/corpus, src/extract, src/index, src/pipeline, src/sources, src/ingest, src/ingestion and src/picture know nothing of Discord: ' +
        'no discord.js, no src/discord. ' +
        'Shape results as plain data (src/model.ts, src/index/api.ts) and let src/discord turn them into messages.',
      severity: 'error',
      from: { path: CORE },
      to: { path: [DISCORD, '^src/discord/'] },
    },
    {
      name: 'views-without-discord',
      comment:
        'src/views, src/format and src/platform shape what is shown as plain data and terminal text; turning it into ' +
        "embeds and buttons is src/discord/render's alone: no discord.js, no src/discord.",
      severity: 'error',
      from: { path: VIEWS },
      to: { path: [DISCORD, '^src/discord/'] },
    },
    {
      name: 'digest-without-discord',
      comment:
        'src/digest decides what to send and when, and composes it as a view model (src/digest/types.ts); how it ' +
        "looks on Discord is src/discord/render's: no discord.js, no src/discord.",
      severity: 'error',
      from: { path: '^src/digest/' },
      to: { path: [DISCORD, '^src/discord/'] },
    },
    {
      name: 'discord-only-at-the-edge',
      comment:
        'discord.js is imported only where the bot meets Discord: src/discord (client, routing, rendering), commands/ ' +
        "(the discord.js guide's command contract: builders and interaction types) and the processes that own a " +
        'client (src/runtime, src/shard, scripts/).',
      severity: 'error',
      from: {
        path: '^(src|commands|scripts)/',
        pathNot: ['^src/(discord|runtime|shard)/', '^commands/', '^scripts/'],
      },
      to: { path: DISCORD },
    },
    {
      name: 'commands-through-src-discord',
      comment:
        'A command reaches Discord only through src/discord (replies, paging, rendering, option parsing) and the ' +
        'interaction it is handed; discord.js for its definition and types. It never opens a connection of its own ' +
        "(discord.js's REST or gateway packages, ws) nor reaches into the process that runs it (src/runtime, " +
        'src/shard other than its protocol types, src/main), the emulator, the offline run (src/offline), the store or the pipeline: ' +
        'those come as services in its CommandContext.',
      severity: 'error',
      from: { path: '^commands/' },
      to: {
        path: [
          '^node_modules/(@discordjs|ws|undici)/',
          '^src/(runtime|offline|store|pipeline)/',
          '^packages/discord-emulator/',
          '^src/shard/(?!protocol\\.ts$)',
          '^src/main\\.ts$',
        ],
      },
    },
    {
      name: 'discord-without-commands',
      comment:
        'src/discord holds the command contract (commandContract.ts) and dispatches to the commands it is handed; ' +
        'it never imports commands/, so the two layers do not depend on each other. The processes that run a bot ' +
        '(src/runtime, src/offline, scripts/, bench/) hand commands/index.ts to createBot.',
      severity: 'error',
      from: { path: '^src/discord/' },
      to: { path: '^commands/' },
    },
    {
      name: 'emulator-stands-alone',
      comment:
        'packages/discord-emulator is a Discord of its own, for any discord.js client: it imports nothing of the bot ' +
        '(src, commands, scripts) and not discord.js, whose behaviour it must not borrow. Node and ws only.',
      severity: 'error',
      from: { path: '^packages/discord-emulator/src/' },
      to: { path: ['^(src|commands|scripts|bench|test)/', DISCORD] },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be understood, tested or moved one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type from discord.js in the core is still the core knowing Discord.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
