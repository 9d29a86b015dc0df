#!/usr/bin/env bash
# Post-deploy check of a grid, usable from any CI: builds gridprobe (if needed), runs the suites against GRID_URI,
# and leaves JUnit XML, the Allure results/report and summary.json in $REPORT_DIR. Exit code: 0 passed, 1 a scenario
# failed, 2 the grid could not be reached or the configuration is wrong.
#
#   ci/post-deploy.sh GRID_URI [TAGS] [ACCOUNTS_FILE]
#
# Credentials come from the environment (GRIDPROBE_ACCOUNT_ALICE="First Last", GRIDPROBE_PASSWORD_ALICE=...,
# likewise BOB, CAROL and OWNER: the four roles the suites use) or from ACCOUNTS_FILE with ${ENV} placeholders; never pass passwords as arguments.
# An account pool (GRIDPROBE_POOL_PATTERN="Load Bot{n}", GRIDPROBE_POOL_RANGE=0-59, GRIDPROBE_POOL_PASSWORD, or pool: in
# ACCOUNTS_FILE) lets scenario classes run at once on accounts of their own (PARALLEL) and separate runs split it (SHARD).
# Optional: REPORT_DIR (default gridprobe-report), PREVIOUS_REPORT (a previous report folder, for trends),
# PARALLEL (default 1), SHARD (i/n: use only the i-th of n slices of the pool), TIMEOUT_SCALE (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."

grid="${1:?usage: ci/post-deploy.sh GRID_URI [TAGS] [ACCOUNTS_FILE]}"
tags="${2:-smoke}"
accounts="${3:-}"
report="${REPORT_DIR:-gridprobe-report}"

if [ ! -f cli/target/gridprobe.jar ]; then
  mvn -B -q -DskipTests -pl cli -am package
fi

args=(run --grid "$grid" --tags "$tags" --report "$report" --parallel "${PARALLEL:-1}" --timeout-scale "${TIMEOUT_SCALE:-1}")
if [ -n "$accounts" ]; then args+=(--accounts "$accounts"); fi
if [ -n "${PREVIOUS_REPORT:-}" ]; then args+=(--history "$PREVIOUS_REPORT"); fi
if [ -n "${SHARD:-}" ]; then args+=(--shard "$SHARD"); fi

exec java ${GRIDPROBE_JAVA_OPTS:-} -jar cli/target/gridprobe.jar "${args[@]}"
