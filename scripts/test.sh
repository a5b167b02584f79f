#!/usr/bin/env bash
# Quick start 2: builds the solution and runs every test project. The last line is
# "N passed, N failed" (", N skipped" when any were); the exit code is non-zero when a test
# failed, a test host crashed, the build failed or no test ran.
#
# Storage: set BREEDBOT_TEST_STORAGE to a full Azurite connection string to share one Azurite
# (.ci/run does); otherwise the test fixtures start their own. Extra arguments go to every
# `dotnet test`, e.g. scripts/test.sh --filter "FullyQualifiedName~Domain".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Whatever stops this script early, its last line is still a summary.
summary_printed=false
trap '$summary_printed || echo "0 passed, 0 failed"' EXIT
root=$(repo_root)
cd "$root"
require_tools
ensure_node_modules

results="$root/.artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build BreedBot.sln -nologo -v quiet; then
  echo "error: the build failed; no tests ran." >&2
  exit 1
fi

# One `dotnet test` per project, each with its own TRX file, so a project whose test host crashed
# (no TRX, or a non-zero exit without failed tests) is seen and counted rather than lost in a sum.
mapfile -t projects < <(dotnet sln BreedBot.sln list | tr '\\' '/' | grep -E '\.Tests\.csproj$' | sort)
passed=0 failed=0 skipped=0 broken=()
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  rc=0
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || rc=$?
  trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then
    broken+=("$name (no results: the test host did not finish)")
    continue
  fi
  # Counters of the TRX: passed; failed + error + timeout + aborted; notExecuted (xunit skips).
  read -r p f s < <(node -e '
    const x = require("fs").readFileSync(process.argv[1], "utf8");
    const c = (x.match(/<Counters\b[^>]*>/) || [""])[0];
    const n = k => Number((c.match(new RegExp(`\\b${k}="(\\d+)"`)) || [0, 0])[1]);
    console.log(n("passed"), n("failed") + n("error") + n("timeout") + n("aborted"), n("notExecuted"));' "$trx")
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    broken+=("$name (dotnet test exited with $rc without a failed test: crashed or aborted)")
  fi
done

status=0
for b in "${broken[@]}"; do
  echo "error: $b" >&2
  failed=$((failed + 1))
done
[ "$failed" -eq 0 ] || status=1
if [ $((passed + failed)) -eq 0 ]; then
  echo "error: no test ran." >&2
  status=1
fi
echo "TRX results: $results" >&2
summary="$passed passed, $failed failed"
[ "$skipped" -eq 0 ] || summary="$summary, $skipped skipped"
summary_printed=true
echo "$summary"
exit "$status"
