#!/usr/bin/env bash
# Times Consistency.check over trade statistics of 125,000 to 1,000,000 flows shaped like a year of
# provincial releases (months, cumulative periods, partners, products, three directions), and prints
# the time per flow at each size: the check is linear when that stays flat.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -DskipTests pre-integration-test
classpath=$(mvn -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -Xmx6g -cp "target/jmh-classes:target/test-classes:target/classes:$classpath" \
  io.github.tradecoop.bench.ConsistencyMeasure "${1:-1000000}"
