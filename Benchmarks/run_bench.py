#!/usr/bin/env python3
"""Times midocs against cmark-gfm alone and Hugo on the same generated corpus.

Usage: run_bench.py MIDOCS TEMPLATES WORK_DIR [--pages 1000 10000] [--runs 3] [--baseline OLD_MIDOCS]

For each size: `midocs build` (every output), `cmark-gfm -e table -e autolink` over the
pages concatenated into one file (the floor: parse and render alone), and `hugo` on a
minimal site with the same pages. Prints the median wall time, pages per second and peak
memory of each (from GNU time), and the ratios midocs/cmark-gfm and midocs/hugo; then, from
one more `midocs build --timings`, how long each of its stages took, to set beside
cmark-gfm's whole run. With --baseline, an earlier midocs binary is timed too, its runs
alternating with the new one's (and the other tools'), so both see the same machine; the
ratio new/baseline is printed. Every run writes into a new folder under WORK_DIR/runs, deleted at
the end.
"""
import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(command, cwd=None, allow_failure=False):
    """Wall seconds and peak resident megabytes of one run, from GNU time. `allow_failure`
    is for `check` on docs with errors, which exits 1 by design."""
    run = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, cwd=cwd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    last = run.stderr.strip().splitlines()[-1]
    if run.returncode != 0 and not (allow_failure and run.returncode == 1):
        sys.exit(f"{command[0]} failed ({run.returncode}):\n{run.stderr[-2000:]}")
    seconds, kilobytes = last.split()[-2:]
    return float(seconds), int(kilobytes) / 1024


def stage_timings(command):
    """The stages `midocs build --timings` reports, as printed: `parse 412 ms, extract 1429 ms, ...`."""
    run = subprocess.run(command + ["--timings"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"{command[0]} failed ({run.returncode}):\n{run.stderr[-2000:]}")
    lines = [line for line in run.stderr.splitlines() if line.startswith(("midocs: parse ", "midocs: extract "))]
    return lines[-1][len("midocs: "):] if lines else "(no timings printed)"


def median_runs(commands, runs, allow_failure=False):
    """Each of `commands` (functions of the run's output folder, a new one each time) run
    `runs` times, the tools taking turns; the median wall time and the peak memory of each."""
    results = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(measure(command(next(FRESH_FOLDERS)), allow_failure=allow_failure))
    return {name: (statistics.median(r[0] for r in rs), max(r[1] for r in rs)) for name, rs in results.items()}


# Every run writes into a folder that never existed, and the folders are deleted only when
# the benchmark ends. ext4 skips inodes freed in the last `dirty_expire_centisecs` (30 s)
# when it creates files, reading each one's inode block: after deleting the last run's
# 10,000 files, creating the next run's cost 4 to 5 s of kernel time, so the timings
# measured the benchmark's own `rm -rf` rather than the tools.
RUNS_FOLDER = None
FRESH_FOLDERS = None


def start_runs(work):
    global RUNS_FOLDER, FRESH_FOLDERS
    RUNS_FOLDER = os.path.abspath(os.path.join(work, "runs"))
    stamp = os.path.join(os.path.abspath(work), "runs-deleted")
    if os.path.isdir(RUNS_FOLDER):  # left by a benchmark that was interrupted
        delete_runs(stamp)
    if os.path.exists(stamp):
        time.sleep(max(0.0, deletion_window() - (time.time() - os.path.getmtime(stamp))))
    os.makedirs(RUNS_FOLDER)
    FRESH_FOLDERS = (os.path.join(RUNS_FOLDER, str(n)) for n in itertools.count())
    return stamp


def deletion_window():
    """Seconds after a deletion during which creating files is slow (see above)."""
    with open("/proc/sys/vm/dirty_expire_centisecs") as setting:
        return int(setting.read()) / 100


def delete_runs(stamp):
    shutil.rmtree(RUNS_FOLDER, ignore_errors=True)
    with open(stamp, "w"):
        pass


def prepare(pages, work, defects=False):
    folder = os.path.abspath(os.path.join(work, f"{pages}-defects" if defects else str(pages)))
    content = os.path.join(folder, "content")
    if not os.path.isdir(content):
        command = [sys.executable, os.path.join(HERE, "make_corpus.py"), str(pages), folder]
        subprocess.run(command + (["--defects"] if defects else []), check=True)
    if defects:
        return folder, None
    names = sorted(name for name in os.listdir(content) if name.endswith(".md"))
    with open(os.path.join(folder, "all.md"), "w", encoding="utf-8") as combined:
        for name in names:
            with open(os.path.join(content, name), encoding="utf-8") as page:
                combined.write(page.read())
                combined.write("\n")
    hugo = os.path.join(folder, "hugo")
    if not os.path.isdir(hugo):
        os.makedirs(os.path.join(hugo, "layouts", "_default"))
        shutil.copytree(content, os.path.join(hugo, "content"))
        # In Hugo, a folder's index.md makes the whole folder one page; _index.md does not.
        os.rename(os.path.join(hugo, "content", "index.md"), os.path.join(hugo, "content", "_index.md"))
        with open(os.path.join(hugo, "hugo.toml"), "w") as config:
            config.write('baseURL = "http://localhost/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
        for layout in ("single", "list"):
            with open(os.path.join(hugo, "layouts", "_default", f"{layout}.html"), "w") as template:
                template.write("<!DOCTYPE html><html><body>{{ .Content }}</body></html>\n")
    return folder, len(names)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("midocs")
    parser.add_argument("templates")
    parser.add_argument("work")
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", help="an earlier midocs binary, timed alternately with MIDOCS")
    arguments = parser.parse_args()

    stamp = start_runs(arguments.work)
    try:
        rows, midocs_times, stages = run(arguments)
    finally:
        delete_runs(stamp)
    report(rows, midocs_times, stages)


def run(arguments):
    rows = []
    midocs_times = {}
    stages = {}
    for pages in arguments.pages:
        folder, count = prepare(pages, arguments.work)
        tools = {
            "midocs": lambda output: [arguments.midocs, "build", "--content", os.path.join(folder, "content"),
                                      "--templates", arguments.templates, "--output", output],
            "cmark-gfm": lambda _: ["cmark-gfm", "-e", "table", "-e", "autolink", os.path.join(folder, "all.md")],
            "hugo": lambda output: ["hugo", "--quiet", "--source", os.path.join(folder, "hugo"),
                                    "--destination", output],
        }
        if arguments.baseline:
            tools["baseline"] = lambda output: [arguments.baseline] + tools["midocs"](output)[1:]
        results = median_runs(tools, arguments.runs)
        midocs_times[pages] = results["midocs"][0]
        stages[pages] = stage_timings(tools["midocs"](next(FRESH_FOLDERS)))
        for name, (seconds, megabytes) in results.items():
            rows.append((pages, name, seconds, count / seconds if seconds else 0, megabytes))
        ratio_cmark = results["midocs"][0] / results["cmark-gfm"][0]
        ratio_hugo = results["midocs"][0] / results["hugo"][0]
        rows.append((pages, "ratios", None, ratio_cmark, ratio_hugo))
        if "baseline" in results:
            rows.append((pages, "baseline", None, results["midocs"][0] / results["baseline"][0],
                         results["midocs"][1] / results["baseline"][1]))
        # `check` on the same corpus and on its defect-heavy variant (issue 19: within 2x).
        defective, _ = prepare(pages, arguments.work, defects=True)
        checks = median_runs({
            "check": lambda _: [arguments.midocs, "check", "--content", os.path.join(folder, "content")],
            "check-defects": lambda _: [arguments.midocs, "check", "--content", os.path.join(defective, "content")],
        }, arguments.runs, allow_failure=True)
        rows.append((pages, "check", None, checks["check"][0], checks["check-defects"][0]))
    return rows, midocs_times, stages


def report(rows, midocs_times, stages):
    print(f"{'pages':>6}  {'tool':<10} {'wall s':>8} {'pages/s':>9} {'peak MB':>8}")
    for pages, name, seconds, rate, megabytes in rows:
        if name == "ratios":
            print(f"{pages:>6}  midocs/cmark-gfm = {rate:.2f}   midocs/hugo = {megabytes:.2f}")
        elif name == "check":
            print(f"{pages:>6}  midocs check: clean {rate:.2f} s, one defect in about eight lines {megabytes:.2f} s "
                  f"(x{megabytes / rate:.2f}; issue 19 wants at most x2)")
        elif name == "baseline" and seconds is None:
            print(f"{pages:>6}  midocs/baseline: time x{rate:.2f}, peak memory x{megabytes:.2f}")
        else:
            print(f"{pages:>6}  {name:<10} {seconds:>8.2f} {rate:>9.0f} {megabytes:>8.0f}")
    if len(midocs_times) >= 2:
        small, large = sorted(midocs_times)[0], sorted(midocs_times)[-1]
        growth = midocs_times[large] / midocs_times[small]
        print(f"midocs growth {small} -> {large} pages: x{growth:.1f} (linear would be x{large / small:.0f})")
    # The stages run one after the other, each on every core: set any one beside cmark-gfm's
    # whole run to see what a ratio of 1.0 leaves for the rest.
    for pages, line in stages.items():
        print(f"midocs stages at {pages} pages (one run, --timings): {line}")


if __name__ == "__main__":
    main()
