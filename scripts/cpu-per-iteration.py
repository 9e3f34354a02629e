#!/usr/bin/env python3
"""Runs JMH benchmarks and shows, beside each iteration, the CPU its benchmark thread ran on.

Usage: scripts/cpu-per-iteration.py INCLUDE [JMH ARGS...]
  e.g. scripts/cpu-per-iteration.py 'JsonBenchmark.read(TradeJson|PlainJackson)$' -p jackson=jackson2

Linux only: every 0.25 s it reads /proc for the forked benchmark JVM, takes the thread that used
the most CPU since the last look (the benchmark thread) and notes the CPU it last ran on. Each
iteration line is followed by those CPUs in order, e.g. "0000" or "0011" (moved from CPU 0 to 1).
At the end it counts the iterations (from a fork's third on) whose time differs from the fork's
previous one by more than a quarter, and how many of those changed CPU: on a virtual machine whose CPUs are not equally
fast, a change of speed that comes with a change of CPU is the machine, not the code.
"""
import os
import re
import subprocess
import sys
import threading
import time

def sample(samples, stop):
    used = {}
    while not stop.is_set():
        now = time.time()
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if b"ForkedMain" not in f.read():
                        continue
                hottest = None
                for tid in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{tid}/stat") as f:
                        stat = f.read()
                    fields = stat[stat.rfind(")") + 2:].split()
                    ticks, cpu = int(fields[11]) + int(fields[12]), int(fields[36])
                    delta = ticks - used.get(tid, ticks)
                    used[tid] = ticks
                    if hottest is None or delta > hottest[0]:
                        hottest = (delta, cpu)
                # A thread busy for most of the interval (25 ticks of 100 Hz) is the benchmark's.
                if hottest and hottest[0] >= 15:
                    samples.append((now, hottest[1]))
            except (OSError, ValueError):
                pass  # the fork ended between two reads
        stop.wait(0.25)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    include, extra = sys.argv[1], " ".join(sys.argv[2:])
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    samples, stop = [], threading.Event()
    threading.Thread(target=sample, args=(samples, stop), daemon=True).start()
    command = ["mvn", "-B", "-Pbench", "verify", "-DskipTests", f"-Djmh.include={include}",
               f"-Djmh.args={extra}"]
    iteration = re.compile(r"^(# Warmup )?Iteration\s+\d+: ([\d.,]+) (\S+)")
    previous, index, changes, moved = None, 0, 0, 0
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as mvn:
        started = time.time()
        for line in mvn.stdout:
            line = line.rstrip()
            if line.startswith("# Benchmark:") or line.startswith("# Parameters:"):
                print(line)
            if line.startswith("# Run progress"):
                previous, index = None, 0  # a new fork
            match = iteration.match(line)
            if not match:
                continue
            ended = time.time()
            cpus = "".join(str(cpu) for at, cpu in list(samples) if started <= at <= ended)
            score = float(match.group(2).replace(",", ""))
            mark = ""
            index += 1
            # The first two warmup iterations are still compiling: not compared.
            if index > 3 and abs(score - previous[0]) > previous[0] / 4:
                changes += 1
                if len(set(cpus + previous[1])) > 1:
                    moved += 1
                    mark = "  <- speed changed with the CPU"
                else:
                    mark = "  <- speed changed on the same CPU"
            print(f"  {line:45} cpu {cpus}{mark}")
            previous, started = (score, cpus), ended
    stop.set()
    print(f"{changes} changes of speed by more than a quarter between iterations of a fork; {moved} came with a change of CPU")
    sys.exit(mvn.returncode)


if __name__ == "__main__":
    main()
