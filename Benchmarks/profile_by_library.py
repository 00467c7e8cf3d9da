#!/usr/bin/env python3
"""Splits the CPU of one `midocs build` by the library whose code ran.

Usage: profile_by_library.py MIDOCS TEMPLATES WORK_DIR [--pages 10000]

Builds the benchmark corpus of that size once unprofiled (for its user and system time,
from GNU time) and once under `perf record -g`, then charges every sample outside the
kernel to the nearest frame, from the leaf up, that belongs to one of: midocs, OpenAPIKit,
Mustache, cmark-gfm, Foundation. Swift's runtime and standard library and the allocator are
charged to whoever called them (a retain inside OpenAPIKit's `encode(to:)` is OpenAPIKit's; midocs' encoder,
called from there, is midocs'). Prints each library's share of the user time, and its
seconds. Samples with no frame of any of them (mostly inside mimalloc, which perf cannot
unwind) are shown apart; samples in the kernel are the system time, given on its own.

The libraries' rows are a floor no change to midocs' own code can go below.
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import time

import run_bench

SPECIALIZATION = re.compile(
    r"(function signature specialization|generic specialization|specialized|merged|outlined \w+ of|"
    r"partial apply forwarder for|partial apply for|reabstraction thunk helper from|"
    r"(?:implicit )?closure #\d+ .*? in|\w+ thunk for|thunk for)\s*")
MODULES = {"MidocsCompiler": "midocs", "midocs": "midocs", "MidocsPreview": "midocs", "Mustache": "Mustache"}


def function_name(frame):
    """`closure #1 in generic specialization <X> of M.f()` is M.f's."""
    name = re.sub(r"\+0x[0-9a-f]+ \(.*\)$", "", frame.split(" ", 1)[-1])
    while match := SPECIALIZATION.match(name):
        name = name[match.end():]
        if name.startswith("<"):
            depth = 0
            for index, character in enumerate(name):
                depth += {"<": 1, ">": -1}.get(character, 0)
                if depth == 0:
                    name = name[index + 1:].lstrip()
                    break
        name = name[3:] if name.startswith(("of ", "in ")) else name
    return name


def owner(frame, binary):
    """The library a stack frame's code belongs to, or None for the runtime and the kernel.
    `binary` is the frame's file when its code is linked into midocs."""
    if "libcmark-gfm" in frame:
        return "cmark-gfm"
    if f"({binary})" not in frame:
        return None  # the kernel, libc, the allocator, the Swift runtime
    name = function_name(frame)
    conformance = re.search(r" in conformance .* in (\w+)$", name)
    qualified = re.match(r"\(?(\w+)\.", name)
    module = conformance.group(1) if conformance else qualified.group(1) if qualified else None
    if module is None:
        return None
    if module.startswith("OpenAPIKit"):
        return "OpenAPIKit"
    if module.startswith("Foundation"):
        return "Foundation"
    return MODULES.get(module)


def samples(script):
    stack = []
    for line in script:
        if line[:1] in (" ", "\t"):
            stack.append(line.strip())
        elif stack:
            yield stack
            stack = []
    if stack:
        yield stack


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("midocs")
    parser.add_argument("templates")
    parser.add_argument("work")
    parser.add_argument("--pages", type=int, default=10000)
    arguments = parser.parse_args()

    binary = os.path.realpath(arguments.midocs)  # as perf names it
    stamp = run_bench.start_runs(arguments.work)
    try:
        folder, count = run_bench.prepare(arguments.pages, arguments.work)
        # Files deleted by anything just before (`make bench` deletes its watch copy last)
        # would make creating the build's files slow: wait out the window in any case.
        time.sleep(run_bench.deletion_window())

        def build(output):
            return [arguments.midocs, "build", "--content", os.path.join(folder, "content"),
                    "--templates", arguments.templates, "--output", output]

        timed = subprocess.run(["/usr/bin/time", "-f", "%U %S"] + build(next(run_bench.FRESH_FOLDERS)),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
        user, system = map(float, timed.stderr.strip().splitlines()[-1].split())
        data = os.path.join(run_bench.RUNS_FOLDER, "perf.data")
        subprocess.run(["perf", "record", "-F", "999", "-g", "-q", "-o", data] + build(next(run_bench.FRESH_FOLDERS)),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        script = subprocess.Popen(["perf", "script", "-i", data], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        demangled = subprocess.Popen(["swift", "demangle"], stdin=script.stdout, stdout=subprocess.PIPE, text=True)
        # Samples in the kernel are the system time, shown apart: how much of it there is
        # depends on the file system's state (see run_bench.py), not on the libraries.
        shares = collections.Counter()
        for stack in samples(demangled.stdout):
            if "[kernel.kallsyms]" in stack[0]:
                continue
            owners = (owner(frame, binary) for frame in stack)
            shares[next(filter(None, owners), "not attributed (no frames)")] += 1
        demangled.wait()
    finally:
        run_bench.delete_runs(stamp)
    total = sum(shares.values())
    if not total:
        sys.exit("perf recorded no samples")
    print(f"one midocs build of {count} pages, unprofiled: {user:.1f} s user, {system:.1f} s system")
    print(f"user time by library (perf samples outside the kernel):")
    print(f"{'library':<30} {'share':>6} {'user s':>7}")
    for library, number in shares.most_common():
        print(f"{library:<30} {100 * number / total:>5.1f}% {user * number / total:>7.2f}")


if __name__ == "__main__":
    main()
