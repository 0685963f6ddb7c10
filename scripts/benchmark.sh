#!/bin/sh
# Benchmarks (docs/performance.md): the answer round trip against a bare SDK echo bot, start-up and memory, the score
# card and the reminder sweep, in one run on this machine. Not part of `./mvnw verify`. Results in target/bench/.
#
#   scripts/benchmark.sh [--members 20,50] [--seconds 15] [--warmup 20] [--starts 3] [--target kind:label=command]...
#
# Environment: JAVA25 (the java of a JDK 25, to also measure its AOT cache; unset: skipped),
# TEST_POSTGRES_URL / TEST_POSTGRES_USER (PostgreSQL for the sweep; default the local `test` database),
# BENCH_SKIP_BUILD=true to reuse the last build.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=$root/target/bench
java25=${JAVA25:-}
options="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xms32m -XX:MaxRAMPercentage=75"

if [ "${BENCH_SKIP_BUILD:-false}" != true ]; then
  ./mvnw -q -B package -DskipTests
  ./mvnw -q -B -f bench/pom.xml package
fi
jar=$(ls target/waf-ml-bot-*.jar | head -n 1)
app=$root/target/app/$(basename "$jar")
echo_jar=$root/bench/echo-bot/target/echo-bot.jar
classpath="bench/harness/target/harness.jar:bench/harness/target/lib/*:$app"
mkdir -p "$out"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  free -h
  java -version 2>&1
  echo "load before: $(cat /proc/loadavg)"
} > "$out/machine.txt"

aot_target=""
if [ -n "$java25" ] && [ -x "$java25" ]; then
  (cd "$root/target" && "$java25" $options -XX:AOTCacheOutput="$root/target/app/waf-ml-bot.aot" \
    -Dspring.context.exit=onRefresh -Xlog:aot=error -jar "$app" \
    --spring.datasource.url=jdbc:h2:mem:aot-training --server.port=0 --logging.level.root=warn)
  aot_target="product:optimised-java25-aot=$java25 $options -XX:AOTCache=$root/target/app/waf-ml-bot.aot -jar $app"
fi

# Where start-up goes: classes loaded up to a refreshed context, and how many came from the archive.
for variant in plain archive; do
  flags=""
  target=$root/$jar
  if [ "$variant" = archive ]; then
    flags="$options -XX:SharedArchiveFile=$root/target/app/waf-ml-bot.jsa"
    target=$app
  fi
  (cd "$out" && java $flags -Xlog:class+load:file="$out/class-load-$variant.txt" -Dspring.context.exit=onRefresh \
    -jar "$target" --spring.datasource.url=jdbc:h2:mem:count --server.port=0 --logging.level.root=warn)
  echo "$variant: $(wc -l < "$out/class-load-$variant.txt") classes loaded," \
    "$(grep -c 'shared objects file' "$out/class-load-$variant.txt") from the archive" >> "$out/class-load.txt"
done

set -- --members 20,50 --seconds 15 --warmup 20 --starts 3 \
  --target "echo:echo (plain)=java -jar $echo_jar" \
  --target "echo:echo (same settings)=java $options -jar $echo_jar" \
  --target "product:product (plain)=java -jar $root/$jar" \
  --target "product:product (scripts/run.sh)=$root/scripts/run.sh $root/$jar" \
  --target "product:product (archive, C2)=java -XX:+UseSerialGC -Xss512k -Xms32m -XX:MaxRAMPercentage=75 -XX:SharedArchiveFile=$root/target/app/waf-ml-bot.jsa -jar $app" \
  ${aot_target:+--target} ${aot_target:+"$aot_target"} \
  "$@"
java -cp "$classpath" io.wafml.bench.RoundTrip --out "$out/round-trip.md" --logs "$out/logs" "$@"

java -cp "$classpath" org.openjdk.jmh.Main -wi 2 -w 1 -i 3 -r 1 -f 1 -prof gc -rf text -rff "$out/jmh.txt" \
  'ScoreCardBenchmark|SweepBenchmark'
java -cp "$classpath" io.wafml.bench.SweepPlans "$out/sweep-plans.md"
echo "load after: $(cat /proc/loadavg)" >> "$out/machine.txt"
cat "$out/machine.txt" "$out/class-load.txt" "$out/round-trip.md" "$out/jmh.txt"
