#!/usr/bin/env bash
# Quick start 1: the whole local stack. Azurite (in memory), BreedBot on http://127.0.0.1:3978 with
# the development switch for unauthenticated requests, and the Microsoft 365 Agents Playground to
# chat with it in the browser. Ctrl+C stops all three. Telemetry of every tool is off.
#
# Ports (environment, with defaults): BREEDBOT_PORT=3978 PLAYGROUND_PORT=56150
#   AZURITE_BLOB_PORT=10000 AZURITE_QUEUE_PORT=10001 AZURITE_TABLE_PORT=10002
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
cd "$root"
require_tools

bot_port=${BREEDBOT_PORT:-3978}
playground_port=${PLAYGROUND_PORT:-56150}
blob_port=${AZURITE_BLOB_PORT:-10000}
queue_port=${AZURITE_QUEUE_PORT:-10001}
table_port=${AZURITE_TABLE_PORT:-10002}
for port in "$bot_port" "$playground_port" "$blob_port" "$queue_port" "$table_port"; do
  if port_open "$port"; then die "port $port is already in use (another dev.sh? see the port variables at the top of $0)."; fi
done

ensure_node_modules
logs="$root/.artifacts/logs"
mkdir -p "$logs" "$root/.artifacts/playground"

# Each tool runs in its own process group (job control on), so stopping takes its children too
# (dotnet run starts the app as a child) and Ctrl+C reaches only this script, which stops them in order.
set -m
pids=()
stopping=false
stop_all() {
  $stopping && return
  stopping=true
  trap - INT TERM
  echo
  echo "Stopping the local stack..."
  local pid
  for pid in "${pids[@]}"; do
    # Azurite (the first) flushes and exits cleanly on SIGINT; the others take SIGTERM.
    if [ "$pid" = "${pids[0]}" ]; then kill -INT -- "-$pid" 2>/dev/null || true
    else kill -TERM -- "-$pid" 2>/dev/null || true; fi
  done
  for _ in $(seq 1 100); do
    local alive=false
    for pid in "${pids[@]}"; do kill -0 -- "-$pid" 2>/dev/null && alive=true; done
    $alive || break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  echo "Stopped."
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

# shellcheck disable=SC2046 # azurite_args is a word list by design
node_modules/.bin/azurite $(azurite_args "$blob_port" "$queue_port" "$table_port") >"$logs/azurite.log" 2>&1 &
pids+=($!)
echo "Starting Azurite on 127.0.0.1:$queue_port (queues) and :$table_port (tables)..."
wait_for_port "$table_port" 60 "${pids[0]}" Azurite "$logs/azurite.log"
wait_for_port "$queue_port" 10 "${pids[0]}" Azurite "$logs/azurite.log"

echo "Building and starting BreedBot on http://127.0.0.1:$bot_port (the first build takes a minute)..."
ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="http://127.0.0.1:$bot_port" \
Bot__DangerouslyAllowUnauthenticatedRequests=true \
Storage__ConnectionString="$(azurite_connection_string "$queue_port" "$table_port")" \
  dotnet run --project src/BreedBot.Web --no-launch-profile >"$logs/breedbot.log" 2>&1 &
pids+=($!)
for ((i = 0; ; i++)); do
  if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
      "http://127.0.0.1:$bot_port/healthz" 2>/dev/null; then break; fi
  kill -0 "${pids[1]}" 2>/dev/null || { echo "error: BreedBot stopped. End of $logs/breedbot.log:" >&2; tail -n 40 "$logs/breedbot.log" >&2; exit 1; }
  [ "$i" -lt 600 ] || { echo "error: BreedBot was not healthy within 5 minutes; see $logs/breedbot.log" >&2; exit 1; }
  sleep 0.5
done

# Both telemetry switches are needed: --disable-telemetry alone still reaches out. Its own log
# (devTools/) lands in its working folder under .artifacts/, not in the repository root.
(cd "$root/.artifacts/playground" && \
  TEAMSAPPTESTER_BROWSER=none APPLICATION_INSIGHTS_NO_STATSBEAT=true exec "$root/node_modules/.bin/agentsplayground" \
    -e "http://127.0.0.1:$bot_port/api/messages" -c msteams -p "$playground_port" \
    --service-url "http://127.0.0.1:$playground_port/_connector" --disable-telemetry) >"$logs/playground.log" 2>&1 &
pids+=($!)
wait_for_port "$playground_port" 60 "${pids[2]}" "Agents Playground" "$logs/playground.log"

cat <<MSG

BreedBot is running.
  Open http://127.0.0.1:$playground_port in your browser to chat with it in the Agents Playground.
  Bot endpoint: http://127.0.0.1:$bot_port/api/messages   Health: http://127.0.0.1:$bot_port/healthz
  Logs: $logs/{azurite,breedbot,playground}.log
Press Ctrl+C to stop everything.
MSG

# Stay up until Ctrl+C, or until one of the three stops by itself.
set +e
wait -n "${pids[@]}"
echo "error: a part of the stack stopped by itself; see $logs/." >&2
exit 1
