#!/usr/bin/env bash
# One command: install, build, and start the API (with an embedded PostgreSQL and demo data)
# and the web app. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-pnpm.sh
echo "==> installing dependencies"
pnpm install --frozen-lockfile
echo "==> building"
pnpm build

export SEED_DEMO="${SEED_DEMO:-true}"
export PORT_API="${PORT_API:-3001}"
export PORT_WEB="${PORT_WEB:-3000}"
export PUBLIC_API_URL="${PUBLIC_API_URL:-http://localhost:${PORT_API}}"
export WEB_URL="${WEB_URL:-http://localhost:${PORT_WEB}}"

PORT="$PORT_API" node apps/api/dist/server.js &
api=$!
trap 'kill $api ${web:-} 2>/dev/null; wait' EXIT INT TERM
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:${PORT_API}/ready" >/dev/null 2>&1 && break
  kill -0 $api 2>/dev/null || { echo "the API did not start"; exit 1; }
  sleep 0.5
done
# BODY_SIZE_LIMIT: uploads up to the largest region limit (adapter-node refuses over 512 KB).
API_URL="http://127.0.0.1:${PORT_API}" PORT="$PORT_WEB" ORIGIN="$WEB_URL" BODY_SIZE_LIMIT=101M node apps/web/build/index.js &
web=$!
cat <<TXT

  Stagebureau is running.
    Web app:  ${WEB_URL}
    API:      ${PUBLIC_API_URL}   (docs: ${PUBLIC_API_URL}/docs)
  Demo logins are listed in README.md. Stop with Ctrl-C.

TXT
wait
