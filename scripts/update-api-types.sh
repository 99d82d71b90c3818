#!/usr/bin/env bash
# Regenerates the web client's API types from the running API's OpenAPI document:
# builds the API, starts it on a free loopback port with a temporary data folder, saves
# /swagger/v1/swagger.json to web-client/src/api/openapi.json and runs openapi-typescript.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Printernizer.Api -c Release -v quiet -nologo
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
dotnet src/Printernizer.Api/bin/Release/net10.0/Printernizer.Api.dll --data "$data" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/swagger/v1/swagger.json" | python3 -c 'import json,sys; json.dump(json.load(sys.stdin), open("web-client/src/api/openapi.json","w"), indent=2, ensure_ascii=False); open("web-client/src/api/openapi.json","a").write("\n")'
(cd web-client && npm run gen:api)
echo "web-client/src/api/openapi.json and schema.d.ts updated"
