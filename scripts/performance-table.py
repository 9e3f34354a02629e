#!/usr/bin/env python3
"""Prints the Markdown table of docs/performance.md from a JMH JSON result file.

Usage: scripts/performance-table.py [target/jmh-result.json]
"""
import json
import statistics
import sys

PEERS = {
    "MoneySumBenchmark.tradecoopMoneyPlus": ["MoneySumBenchmark.bigDecimalAdd", "MoneySumBenchmark.jodaMoneyPlus",
                                             "MoneySumBenchmark.monetaMoneyAdd", "MoneySumBenchmark.monetaFastMoneyAdd"],
    "ParseBenchmark.tradecoopMoneyParse": ["ParseBenchmark.jodaMoneyParse"],
    "JsonBenchmark.readTradeJson": ["JsonBenchmark.readPlainJackson", "JsonBenchmark.readPlainJacksonStrictKeys"],
    "JsonBenchmark.writeTradeJson": ["JsonBenchmark.writePlainJackson"],
    "ValidationBenchmark.tradeValidator": ["ValidationBenchmark.hibernateValidatorDirectly"],
}

results = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "target/jmh-result.json"))
score = {}
for r in results:
    name = r["benchmark"].removeprefix("io.github.tradecoop.bench.")
    param = r.get("params", {}).get("jackson")
    m = r["primaryMetric"]
    # The median of every measured iteration of every fork: a fork slowed by the machine
    # (or by an unlucky compilation) moves the mean, not the median.
    iterations = [v for fork in m["rawData"] for v in fork]
    median = statistics.median(iterations)
    # The fastest iteration: what the code costs when nothing else on the machine gets in the way.
    score[(name, param)] = (m["score"], m["scoreError"], m["scoreUnit"], median, min(iterations))

print("| benchmark | tradecoop | peer | peer score | speed relative to the peer | from medians | from the fastest iterations |")
print("|---|---|---|---|---|---|---|")
for ours, peers in PEERS.items():
    for (name, param), (value, error, unit, median, fastest) in sorted(score.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if name != ours:
            continue
        for peer in peers:
            if (peer, param) not in score:
                continue
            pv, pe, _, pm, pf = score[(peer, param)]
            label = ours.split(".")[1] + (f" ({param})" if param else "")
            print(f"| {label} | {value:.1f} ± {error:.1f} {unit} | {peer.split('.')[1]} | {pv:.1f} ± {pe:.1f} {unit} "
                  f"| {pv / value:.2f}× | {pm / median:.2f}× | {pf / fastest:.2f}× |")
