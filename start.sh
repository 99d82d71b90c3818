#!/usr/bin/env bash
# Starts Printernizer: builds the web client and the API, then runs on http://localhost:5080 with SQLite in ./data.
# Extra arguments go to the server: --demo (simulated printers), --data <dir>, --urls <url>.
set -euo pipefail
cd "$(dirname "$0")"

if [ -f web-client/package.json ]; then
  echo "==> Building the web client"
  (cd web-client && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build)
fi

echo "==> Building the API"
dotnet build src/Printernizer.Api -c Release -v quiet -nologo

echo "==> Starting Printernizer (Ctrl+C stops it)"
exec dotnet src/Printernizer.Api/bin/Release/net10.0/Printernizer.Api.dll "$@"
