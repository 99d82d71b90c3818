#!/bin/sh
# Starts Printernizer inside the Home Assistant add-on: data in /data (persistent, backed up by Home Assistant),
# listening on the ingress port, trusting X-Ingress-Path from the Supervisor's ingress proxy.
set -eu

OPTIONS=/data/options.json
LOG_LEVEL=Information
DEMO=""
if [ -f "$OPTIONS" ]; then
  case "$(sed -n 's/.*"log_level"[[:space:]]*:[[:space:]]*"\([a-z]*\)".*/\1/p' "$OPTIONS")" in
    trace) LOG_LEVEL=Trace ;;
    debug) LOG_LEVEL=Debug ;;
    warning) LOG_LEVEL=Warning ;;
    error) LOG_LEVEL=Error ;;
    *) LOG_LEVEL=Information ;;
  esac
  if grep -q '"demo"[[:space:]]*:[[:space:]]*true' "$OPTIONS"; then
    DEMO="--demo"
  fi
fi

export Printernizer__TrustIngressHeader=true
export Logging__LogLevel__Default="$LOG_LEVEL"
export TZ="${TZ:-Europe/Berlin}"

echo "Starting Printernizer (data in /data, log level $LOG_LEVEL)"
# shellcheck disable=SC2086
exec dotnet /app/Printernizer.Api.dll --data /data --urls http://0.0.0.0:5080 $DEMO
