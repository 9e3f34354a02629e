#!/usr/bin/env bash
# Builds the artifact twice from clean and compares every jar byte for byte.
# Exit status 0 when the builds are identical; the differing jars are named otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for build in 1 2; do
  mvn -B -q clean package -DskipTests
  mkdir -p "$out/$build"
  cp target/*.jar "$out/$build/"
done

status=0
for jar in "$out"/1/*.jar; do
  name=$(basename "$jar")
  if cmp -s "$jar" "$out/2/$name"; then
    echo "reproducible: $name $(sha256sum "$jar" | cut -c1-16)"
  else
    echo "NOT reproducible: $name"
    status=1
  fi
done
exit $status
