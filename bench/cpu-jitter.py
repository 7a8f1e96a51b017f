#!/usr/bin/env python3
"""How much this machine alone stretches a fixed piece of work: the yardstick for a latency tail.

Calibrates a busy loop to take about MS milliseconds, runs it RUNS times, and prints
"p50 p99 slow kept" of its wall-clock times: p50 and p99 in milliseconds; how many runs took more than
twice p50; and how many of those the system kept on its core throughout (the thread's own CPU clock
advanced at least 90% as far as the wall clock). On an idle machine with steady cores p99 stays near
p50; a shared virtual machine shows how far the tail of any request of that length reaches, and "kept"
near "slow" says the stretch came from below this system (the host), which no change to the program
being measured can remove.

Usage: cpu-jitter.py MS [RUNS]
"""
import sys
import time


def busy(iterations):
    total = 0
    for i in range(iterations):
        total += i
    return total


def timed(iterations):
    """Milliseconds one busy loop of `iterations` takes."""
    start = time.perf_counter()
    busy(iterations)
    return (time.perf_counter() - start) * 1000


def main():
    target_ms = float(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    iterations = 10000
    while True:
        took = timed(iterations)
        if took >= target_ms / 4:
            iterations = int(iterations * target_ms / took)
            break
        iterations *= 2
    # One stretched calibration run would shorten every loop: scale again by the median of several.
    iterations = int(iterations * target_ms / sorted(timed(iterations) for _ in range(9))[4])
    runs_taken = []  # (wall ms, thread CPU ms)
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        busy(iterations)
        runs_taken.append(((time.perf_counter() - start) * 1000, (time.thread_time() - start_cpu) * 1000))
    times = sorted(wall for wall, _ in runs_taken)
    p50 = times[len(times) // 2]
    slow = [(wall, cpu) for wall, cpu in runs_taken if wall > 2 * p50]
    kept = sum(1 for wall, cpu in slow if cpu >= 0.9 * wall)
    print(f"{p50:.2f} {times[int(len(times) * 0.99)]:.2f} {len(slow)} {kept}")


if __name__ == "__main__":
    main()
