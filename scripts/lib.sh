# Shared by scripts/dev.sh, scripts/test.sh and .ci/run. Source it; it defines functions only.

# The repository root, whatever the caller's working directory.
repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

die() { echo "error: $*" >&2; exit 1; }

# dotnet and Node.js >= 20 must be on PATH; say what is missing and where to get it.
require_tools() {
  command -v dotnet >/dev/null 2>&1 || die "dotnet not found: install the .NET 10 SDK (https://dot.net)."
  command -v node >/dev/null 2>&1 || die "node not found: install Node.js 20 or newer (https://nodejs.org)."
  command -v npm >/dev/null 2>&1 || die "npm not found: it comes with Node.js 20 or newer."
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js $(node --version) is too old: BreedBot's local tools need Node.js 20 or newer."
  # The .NET CLI phones home unless told not to; so do the first-run banners.
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# True when node_modules matches package-lock.json: every package the lock pins is installed at
# that version, per the record npm ci keeps in node_modules/.package-lock.json.
node_modules_current() {
  node -e '
    const fs = require("fs");
    const read = f => JSON.parse(fs.readFileSync(f, "utf8")).packages || {};
    let want, have;
    try { want = read("package-lock.json"); have = read("node_modules/.package-lock.json"); }
    catch { process.exit(1); }
    for (const [path, pkg] of Object.entries(want)) {
      if (path === "" || pkg.optional) continue;
      if (!have[path] || have[path].version !== pkg.version) process.exit(1);
    }'
}

# Runs npm ci when node_modules is missing or stale. A node_modules that is a symbolic link is a
# shared install owned by someone else: reported, never rewritten.
ensure_node_modules() {
  if node_modules_current; then return 0; fi
  if [ -L node_modules ]; then
    echo "warning: node_modules is a link to a shared install that differs from package-lock.json; not touching it." >&2
    return 0
  fi
  echo "Installing the pinned Node tools (npm ci)..." >&2
  npm ci --include=dev --no-audit --no-fund >&2
}

# N distinct TCP ports on 127.0.0.1 that are free right now, one a line (all held at once while
# choosing, so no two are the same).
free_ports() {
  node -e '
    const net = require("net");
    const servers = Array.from({ length: Number(process.argv[1]) }, () => net.createServer());
    Promise.all(servers.map(s => new Promise(r => s.listen(0, "127.0.0.1", r)))).then(() => {
      console.log(servers.map(s => s.address().port).join("\n"));
      servers.forEach(s => s.close());
    });' "$1"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for_port PORT SECONDS PID NAME LOG: fails early when PID dies, showing the end of LOG.
wait_for_port() {
  local port=$1 seconds=$2 pid=$3 name=$4 log=$5 i
  for ((i = 0; i < seconds * 10; i++)); do
    port_open "$port" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "error: $name exited before listening on port $port. End of $log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "error: $name did not listen on port $port within $seconds s. End of $log:" >&2
  tail -n 30 "$log" >&2
  return 1
}

# The explicit connection string for Azurite on custom ports (the key is the emulator's public one).
azurite_connection_string() {
  local queue_port=$1 table_port=$2
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;QueueEndpoint=http://127.0.0.1:%s/devstoreaccount1;' "$table_port" "$queue_port"
}

# Azurite arguments: loopback only, in memory, no telemetry. Azure.Storage.Queues speaks a newer
# service version than Azurite 3.37 knows, hence --skipApiVersionCheck.
azurite_args() {
  local blob_port=$1 queue_port=$2 table_port=$3
  echo --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
    --tableHost 127.0.0.1 --tablePort "$table_port" --inMemoryPersistence --disableTelemetry --skipApiVersionCheck
}
