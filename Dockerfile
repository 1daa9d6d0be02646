# syntax=docker/dockerfile:1
# Attaché: build with dev dependencies, run with production ones only, as a non-root user.

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
# sqlite3 builds from source when no prebuilt binary can be fetched
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev

FROM node:20.20-bookworm-slim AS run
ENV NODE_ENV=production \
    SEEDS_DIR=/app/seeds \
    CACHE_DIR=/app/data/cache \
    STORE_URL=sqlite:///app/data/attache.sqlite \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY seeds ./seeds
RUN mkdir -p /app/data && chown -R node:node /app/data /app/seeds
USER node
VOLUME ["/app/data", "/app/seeds"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# main.js closes the gateway, the store and the health server on SIGTERM (docker stop)
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
