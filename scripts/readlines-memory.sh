#!/usr/bin/env bash
# Reads 1,000,000 trade flows through TradeJson.readLines in a JVM with -Xmx64m, with
# Jackson 3 and Jackson 2, and prints throughput and peak heap.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -DskipTests pre-integration-test
classpath=$(mvn -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
for jackson in jackson3 jackson2; do
  java -Xmx64m -cp "target/jmh-classes:target/test-classes:target/classes:$classpath" \
    io.github.tradecoop.bench.ReadLinesMeasure 1000000 "$jackson"
done
