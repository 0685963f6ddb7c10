#!/usr/bin/env bash
# Writes every card the bot can send, for the built-in sample assessment, as JSON in both languages and renders each
# to PNG with the official Adaptive Cards renderer in headless Chromium.
#
# Usage: scripts/render-cards.sh [OUT_DIR]        (default target/cards: OUT_DIR/{en,ja}/*.json and OUT_DIR/png/{en,ja}/*.png)
# Needs: Java 17, Node.js, Chromium at /usr/bin/chromium (apt-get install chromium fonts-noto-cjk).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/target/cards}"
cd "$root"

jar="$(ls target/waf-ml-bot-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)"
if [[ -z "$jar" ]] || [[ -n "$(find src/main cards -newer "$jar" -type f -print -quit)" ]]; then
  ./mvnw -q -B package -DskipTests
  jar="$(ls target/waf-ml-bot-*.jar | grep -v -- '-plain\.jar$' | head -n 1)"
fi
if [[ ! -d src/test/node/node_modules ]]; then
  (cd src/test/node && npm ci --no-audit --no-fund)
fi

java -jar "$jar" cards render --out "$out"
for lang in en ja; do
  node src/test/node/render-png.mjs --in "$out/$lang" --out "$out/png/$lang" > /dev/null
  echo "$(ls "$out/png/$lang" | wc -l) $lang pictures in $out/png/$lang"
done
