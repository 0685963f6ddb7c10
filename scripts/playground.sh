#!/usr/bin/env bash
# Starts the Microsoft 365 Agents Playground (emulated Teams) against the bot, with the repository's mock Teams
# context (.m365agentsplayground.yml), without opening a browser, and prints the URL to open.
#
# Usage: scripts/playground.sh [extra playground options]
# Environment: BOT_ENDPOINT (default http://localhost:3978/api/messages), PLAYGROUND_PORT (default 56150).
set -euo pipefail

readonly PLAYGROUND_VERSION=0.2.28

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
endpoint="${BOT_ENDPOINT:-http://localhost:3978/api/messages}"
port="${PLAYGROUND_PORT:-56150}"
log_dir="$root/target/playground"

if [[ "$endpoint" =~ ^https?://([^/:]+):([0-9]+)/ ]] \
    && ! (exec 3<>"/dev/tcp/${BASH_REMATCH[1]}/${BASH_REMATCH[2]}") 2>/dev/null; then
  echo "Nothing answers at $endpoint yet: start the bot first (./mvnw spring-boot:run)." >&2
fi

mkdir -p "$log_dir"
cd "$root"
export TEAMSAPPTESTER_BROWSER=none
export M365_AGENTS_PLAYGROUND_CONFIG_PATH="$root/.m365agentsplayground.yml"
export M365_AGENTS_PLAYGROUND_LOGFILE="$log_dir/m365agentsplayground.log"

npx --yes "@microsoft/m365agentsplayground@$PLAYGROUND_VERSION" \
    --app-endpoint "$endpoint" --channel-id msteams --port "$port" --disable-telemetry "$@" \
  | while IFS= read -r line; do
      printf '%s\n' "$line"
      if [[ "$line" =~ ^Listening\ on\ ([0-9]+) ]]; then
        printf 'Open http://localhost:%s and pick "General" (ML Platform), then type: @WAF ML Assessment help\n' \
          "${BASH_REMATCH[1]}"
      fi
    done
