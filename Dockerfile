# syntax=docker/dockerfile:1
# Luotsi: multi-stage build, compiled JavaScript, production dependencies only, non-root, health-checked.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bot ./bot
COPY dialogs ./dialogs
COPY knowledge ./knowledge
COPY adapters ./adapters
COPY locales ./locales
# The Web Chat bundle (adapters/web/webchat/, in the repository) gets its brotli and gzip copies once, here;
# build.mjs compiles and copies knowledge/data, locales and the web files into dist/, which then runs on its own
RUN node scripts/precompress-webchat.mjs \
 && npm run build \
 && npm run --silent kb:validate > /dev/null

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3978
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./
COPY --chown=node:node package.json ./
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM reaches node directly (exec form): turns in flight finish, then the process exits.
# The heap flags are npm start's: V8 collects at 1.5x the live heap instead of letting it grow to several times it.
CMD ["node", "--heap-growing-percent=50", "--max-semi-space-size=8", "adapters/main.js"]
