#!/bin/sh
# Starts the packaged bot the fast way (docs/performance.md): the executable jar extracted next to it, a class-data
# sharing archive of the application's classes, and JVM settings for a small container.
#
#   scripts/run.sh [executable jar] [application arguments...]
#
# The jar defaults to the one `./mvnw package` builds; the working directory holds the embedded database (data/). `./mvnw package` also leaves the extracted application and its
# archive in target/app/; elsewhere (a server, another JDK) the first start extracts the jar and records the archive
# with a training run, and later starts reuse both. Environment: JAVA (default: java on the PATH), WAFML_APP_DIR
# (default: app/ next to the jar), JAVA_OPTS (extra JVM options, appended).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
jar=$(ls "$root"/target/waf-ml-bot-*.jar 2>/dev/null | head -n 1)
if [ $# -gt 0 ] && [ "${1%.jar}" != "$1" ]; then
  jar=$1
  shift
fi
java=${JAVA:-java}
app_dir=${WAFML_APP_DIR:-$(dirname "$jar")/app}
name=$(basename "$jar")
archive=$app_dir/waf-ml-bot.jsa
jvm_options="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xms32m -XX:MaxRAMPercentage=75"

if [ ! -f "$app_dir/$name" ] || [ "$jar" -nt "$app_dir/$name" ]; then
  rm -rf "$app_dir"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$app_dir"
  rm -f "$archive"
fi
if [ ! -f "$archive" ]; then
  # shellcheck disable=SC2086
  "$java" $jvm_options -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh \
    -jar "$app_dir/$name" --spring.datasource.url=jdbc:h2:mem:cds-training --server.port=0 \
    --logging.level.root=warn
fi
# Java 19+ re-records an archive that does not fit the running JDK; Java 17 ignores the option.
sharing="-XX:SharedArchiveFile=$archive -XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive"
# shellcheck disable=SC2086
exec "$java" $jvm_options $sharing ${JAVA_OPTS:-} -jar "$app_dir/$name" "$@"
