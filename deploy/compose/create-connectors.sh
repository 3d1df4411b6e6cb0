#!/bin/sh
# Waits for the Connect worker, then creates or updates both connectors (PUT is idempotent).
set -eu
until curl -fsS http://connect:8083/connector-plugins >/dev/null; do sleep 2; done
for name in postgres-sink opensearch-sink; do
  sed "s/\${POSTGRES_PASSWORD}/${POSTGRES_PASSWORD}/" "/etc/wirefeed/${name}.json" |
    curl -fsS -X PUT -H 'Content-Type: application/json' --data-binary @- \
      "http://connect:8083/connectors/wirefeed-${name}/config"
  echo
done
