# syntax=docker/dockerfile:1
# Build: install dependencies (our postinstall generates the Prisma client).
FROM node:24-bookworm-slim AS build
WORKDIR /app
# postinstall generates code from prisma/ and src/, so the sources come first.
COPY . .
RUN npm ci --no-audit --no-fund
RUN npm run typecheck && npm prune --omit=dev

# Run: the API as a non-root user. Migrations and the first seed run at start.
FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# scripts/start.mjs runs dist/start.mjs, the server bundle postinstall built (esbuild is pruned here).
# --max-semi-space-size: see "Node flags" in docs/benchmarks.md (the same flag as `npm start`).
CMD ["node", "--max-semi-space-size=64", "scripts/start.mjs"]
