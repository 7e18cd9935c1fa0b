"""Run a command and measure its whole process tree: wall time, CPU seconds (user + system)
of every process it started, workers and servers included, and peak memory.

CPU comes from the kernel's own accounting of finished processes (`getrusage` of reaped
children), not from sampling, so a worker that lives for 50 ms is counted in full. A
multiprocessing fork server outlives the command's main process and is orphaned; this
process makes itself a "child subreaper" (Linux) so that orphans of the tree are handed to
it, are reaped here and their CPU counted. Elsewhere the figure is the main process and the
descendants it waited for (a lower bound); `exact_cpu` says which.

    python bench/proctree.py -- samverkan run one.pdf --out /tmp/x
"""
from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass

import psutil

PR_SET_CHILD_SUBREAPER = 36
SAMPLE = 0.05  # seconds between memory samples


def _become_subreaper() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


EXACT_CPU = _become_subreaper()


@dataclass
class Measure:
    wall: float  # seconds
    cpu: float  # user + system seconds of the whole tree
    user: float
    system: float
    peak_mb: float  # largest sum of PSS over the tree, sampled
    returncode: int
    stdout: str
    stderr: str
    exact_cpu: bool = EXACT_CPU


def _pss(p: psutil.Process) -> int:
    """Proportional set size: pages shared by forked workers counted once, split between them."""
    try:
        return p.memory_full_info().pss
    except (AttributeError, psutil.AccessDenied):
        return p.memory_info().rss


def _tree_memory(root: psutil.Process) -> int:
    total = 0
    try:
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += _pss(p)
        except psutil.Error:
            pass
    return total


def _reap_orphans(deadline: float) -> None:
    """Wait for processes handed to us as orphans (a fork server that ends after its parent)."""
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return  # no children left at all
        if pid == 0:
            time.sleep(0.01)


def run(cmd: list[str], memory: bool = True, cwd: str | None = None,
        env: dict | None = None, orphan_wait: float = 10.0) -> Measure:
    """Run `cmd` to its end (and its orphans to theirs); its output is captured."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=cwd, env=env)
    peak = 0
    if memory:
        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            peak = max(peak, _tree_memory(root))
            time.sleep(SAMPLE)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if EXACT_CPU:
        _reap_orphans(time.monotonic() + orphan_wait)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    return Measure(wall, user + system, user, system, peak / 1e6, proc.returncode, out, err)


def main(argv: list[str]) -> int:
    if "--" in argv:
        argv = argv[argv.index("--") + 1:]
    m = run(argv)
    sys.stdout.write(m.stdout)
    sys.stderr.write(m.stderr)
    print(f"wall {m.wall:.2f} s  cpu {m.cpu:.2f} s (user {m.user:.2f}, sys {m.system:.2f})"
          f"{'' if m.exact_cpu else ' (lower bound)'}  peak {m.peak_mb:.0f} MB",
          file=sys.stderr)
    return m.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
