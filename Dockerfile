# syntax=docker/dockerfile:1
# Attaché: build with dev dependencies, run with production ones only, as a non-root user.
# test/container/productionBuild.test.ts replays these steps without Docker (the same COPY lines, the same
# ENV, npm run build, npm prune --omit=dev, node dist/src/main.js) and lints this file.

# Both stages on the same exact Node LTS release: the native sqlite3 module compiled in `build` must load
# in `run`. Bump both together, with .nvmrc (test/container/dockerfile.test.ts keeps the three equal) and, for a new
# major, `engines` in package.json.
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app
# sqlite3 builds from source when no prebuilt binary can be fetched
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# The workspace's package manifests before the install, so that npm links them into node_modules.
COPY packages/discord-emulator/package.json ./packages/discord-emulator/
# npm install, not npm ci: see "Choices we made" in README.md; the lockfile still fixes every version.
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
# The loopback Discord emulator: what `node dist/src/main.js` runs without a token (the sandbox demo).
COPY packages/discord-emulator/tsconfig.json packages/discord-emulator/tsconfig.build.json ./packages/discord-emulator/
COPY packages/discord-emulator/src ./packages/discord-emulator/src
COPY src ./src
COPY commands ./commands
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24.21.0-bookworm-slim AS run
# A young generation of 8 MB a semi-space, as Node 20 had: Node 24 sizes it from the machine's memory, and at
# 100,000 articles the bot then held ~300 MB more RSS for no speed gained (docs/index.md).
# HEALTH_HOST: the bot alone listens on 127.0.0.1; in a container, a published port and the platform's
# probe arrive on the container's own interface, so the image listens on all of them.
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-semi-space-size=8 \
    SEEDS_DIR=/app/seeds \
    CACHE_DIR=/app/data/cache \
    STORE_URL=sqlite:///app/data/attache.sqlite \
    HEALTH_PORT=8080 \
    HEALTH_HOST=0.0.0.0
WORKDIR /app
# Code and dependencies stay owned by root: the bot's user can read them, not change them.
# package.json is needed at run time: its "type": "module" makes dist/**/*.js ES modules.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# node_modules/@attache/discord-emulator links here: the package's manifest and compiled code, no sources.
COPY --from=build /app/packages/discord-emulator/package.json ./packages/discord-emulator/
COPY --from=build /app/packages/discord-emulator/dist ./packages/discord-emulator/dist
# The bundled articles and actors.json seed the seeds volume the first time it is mounted empty.
COPY --chown=node:node seeds ./seeds
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data", "/app/seeds"]
EXPOSE 8080
# Follows HEALTH_PORT if it is changed at run time (the probe runs with the container's environment).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8080) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 here and main.js installs its own SIGTERM handler (src/shutdown.ts): docker stop closes the
# gateway, the store and the health server, then exits 0, well within the default 10 s grace period.
STOPSIGNAL SIGTERM
# Without DISCORD_TOKEN this runs the sandbox demo and exits; with it, the bot. The sharded run:
#   docker run … attache node dist/src/shard/main.js   (see docker-compose.yml, profile "sharded")
CMD ["node", "dist/src/main.js"]
