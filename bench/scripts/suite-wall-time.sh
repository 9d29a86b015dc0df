#!/usr/bin/env bash
# End-to-end benchmark: the wall time of `gridprobe run` (JVM start, logins, scenarios, report files), repeated.
#
#   bench/scripts/suite-wall-time.sh RUNS -- GRIDPROBE_RUN_ARGS...
#   e.g. bench/scripts/suite-wall-time.sh 3 -- --accounts grid.yaml --tags smoke --no-html
#
# Prints one line per run (wall seconds, the run's own verdict line) and the median. A run that does not exit 0 is
# reported and counts: a fast failure is no result. Timing comes from the shell, not from gridprobe.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:?usage: suite-wall-time.sh RUNS -- GRIDPROBE_RUN_ARGS...}"
shift
[ "${1:-}" = "--" ] && shift
jar="$here/cli/target/gridprobe.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests -pl cli -am package)
report="$(mktemp -d)"
trap 'rm -rf "$report"' EXIT
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  set +e
  out=$(java ${GRIDPROBE_JAVA_OPTS:-} -jar "$jar" run --report "$report/r$i" "$@" 2>&1)
  code=$?
  set -e
  end=$(date +%s.%N)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')
  times+=("$wall")
  verdict=$(grep -E '^[0-9]+ passed, [0-9]+ failed' <<<"$out" | tail -1)
  printf 'run %d: %6.2f s, exit %d, %s\n' "$i" "$wall" "$code" "${verdict:-no verdict line}"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
printf 'median of %d: %.2f s (%s)\n' "$runs" "$median" "$*"
