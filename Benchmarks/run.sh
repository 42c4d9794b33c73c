#!/usr/bin/env bash
# Runs the benchmarks side by side: loopscope (release build) and CPython 3.11 on a
# virtual clock (Tests/Corpus/record/record.py's loop), reporting wall time, peak memory
# and the ratio. Usage: Benchmarks/run.sh [N]   (default N = 100000 tasks)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
swift build -c release --product loopscope >/dev/null
work=$(mktemp -d)
sed "s/^N = .*/N = $N/" Benchmarks/tasks_semaphore.py > "$work/bench.py"

measure() {  # prints "seconds peak_MiB"
    /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$work/time" || true
    tail -1 "$work/time" | awk '{ printf "%s %.0f\n", $1, $2 / 1024 }'
}

read ls_s ls_m < <(measure .build/release/loopscope run "$work/bench.py")
mkdir -p "$work/rec"
read py_s py_m < <(measure python3 Tests/Corpus/record/record.py --into "$work/rec" "$work/bench.py")
echo "tasks_semaphore N=$N"
printf "  loopscope: %6.2f s  %6s MiB\n" "$ls_s" "$ls_m"
printf "  CPython:   %6.2f s  %6s MiB\n" "$py_s" "$py_m"
awk -v a="$py_s" -v b="$ls_s" -v c="$ls_m" -v d="$py_m" 'BEGIN { printf "  speed-up: %.1fx   memory: %.2f of CPython\n", a / b, c / d }'
rm -rf "$work"
