#!/usr/bin/env python3
"""How much this machine alone stretches a fixed piece of work: the yardstick for a latency tail.

Calibrates a busy loop to take about MS milliseconds, runs it RUNS times, and prints
"p50 p99" of its wall-clock times in milliseconds. On an idle machine with steady cores p99 stays
near p50; a shared virtual machine shows how far the tail of any request of that length reaches.

Usage: cpu-jitter.py MS [RUNS]
"""
import sys
import time


def busy(iterations):
    total = 0
    for i in range(iterations):
        total += i
    return total


def main():
    target_ms = float(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    iterations = 10000
    while True:
        start = time.perf_counter()
        busy(iterations)
        took = (time.perf_counter() - start) * 1000
        if took >= target_ms / 4:
            iterations = int(iterations * target_ms / took)
            break
        iterations *= 2
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        busy(iterations)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{times[len(times) // 2]:.2f} {times[int(len(times) * 0.99)]:.2f}")


if __name__ == "__main__":
    main()
