# The functions (src/backend) as one HTTP server: src/backend/src/localDevelopment.ts mounts
# every Lambda handler behind the same API Gateway adapter that serverless.yml gets on AWS.
# Build context: the repository root (docker-compose.yml).
FROM node:20.20.2-bookworm-slim

WORKDIR /app

# Only the manifests first, so the npm layer is rebuilt only when dependencies change.
# npm ci checks the lockfile against every workspace, so all their package.json come along.
COPY package.json package-lock.json tsconfig.base.json ./
COPY src/engine/package.json src/engine/
COPY src/backend/package.json src/backend/
COPY src/dev/package.json src/dev/
COPY src/order-app/package.json src/order-app/
COPY src/analytics-app/package.json src/analytics-app/
COPY src/domain/package.json src/domain/
COPY src/hasura-jwt/package.json src/hasura-jwt/
COPY src/http-body/package.json src/http-body/
# The root brings tsx, which runs the TypeScript sources as `npm start` does; the Lambda
# artifacts are bundled by serverless-esbuild instead.
RUN npm ci --workspace @3factor/backend --include-workspace-root --ignore-scripts --no-audit --no-fund \
  && npm cache clean --force

# The functions import the shared vocabulary (@3factor/domain), the JWT-secret parser
# (@3factor/hasura-jwt) and the request-body reader (@3factor/http-body) from their workspaces.
COPY src/domain/ src/domain/
COPY src/hasura-jwt/ src/hasura-jwt/
COPY src/http-body/ src/http-body/
COPY src/backend/ src/backend/

ENV NODE_ENV=production \
    FUNCTIONS_HOST=0.0.0.0 \
    FUNCTIONS_PORT=8081
USER node
EXPOSE 8081
CMD ["node", "--import", "tsx", "src/backend/src/localDevelopment.ts"]
