# One of the two React apps, built by Vite and served as static files by nginx.
# Build context: the repository root; APP is order-app or analytics-app.
# The VITE_* URLs are inlined into the bundle at build time: they are the addresses the
# browser uses, so they name the public host, not the compose service names.
FROM node:20.20.2-bookworm-slim AS build
ARG APP
WORKDIR /app

COPY package.json package-lock.json tsconfig.base.json ./
COPY src/engine/package.json src/engine/
COPY src/backend/package.json src/backend/
COPY src/dev/package.json src/dev/
COPY src/order-app/package.json src/order-app/
COPY src/analytics-app/package.json src/analytics-app/
COPY src/domain/package.json src/domain/
COPY src/hasura-jwt/package.json src/hasura-jwt/
COPY src/http-body/package.json src/http-body/
# Every workspace: the apps' builds typecheck against the projects they reference.
RUN test -n "$APP" || { echo "build arg APP (order-app or analytics-app) is required" >&2; exit 1; } \
  && npm ci --ignore-scripts --no-audit --no-fund

# The apps import workspace packages (@3factor/domain), so all sources come along.
COPY src/ src/

ARG VITE_GRAPHQL_HTTP_URL
ARG VITE_GRAPHQL_WS_URL
ARG VITE_AUTH_URL
ENV VITE_GRAPHQL_HTTP_URL=$VITE_GRAPHQL_HTTP_URL \
    VITE_GRAPHQL_WS_URL=$VITE_GRAPHQL_WS_URL \
    VITE_AUTH_URL=$VITE_AUTH_URL
RUN npm run build --workspace "src/$APP"

FROM nginx:1.28.0-alpine
ARG APP
COPY docker/nginx/spa.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/src/${APP}/dist /usr/share/nginx/html
EXPOSE 80
