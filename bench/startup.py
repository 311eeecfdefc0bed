"""Start-up benchmark: whole processes, each beside a bare interpreter measured in the same run.

- `focal-desk --version`;
- `focal-desk --profile DIR sync` with nothing to do, against a real `focal-server` (SQLite) on
  127.0.0.1, the profile signed in with a file keyring (as in bench/sync.py);
- the window shown, for a signed-in profile: `focal-desk --profile DIR --exit-after-show`
  prints a line at the main window's first paint (with the CPU time used so far) and quits;
  timed from the start of the process to that line (offscreen when there is no display). From
  source, and from the frozen bundle when there is one (`make dist` builds
  dist/focal-desk/focal-desk; `--bundle PATH` names another).

Each figure is the median of several runs (after one warm-up run), wall time and the CPU time
the process used (on a busy machine the CPU time is the steadier of the two). The sources'
bytecode is cached in a temporary folder (PYTHONPYCACHEPREFIX), as an installed copy has it.
Last, what a sync with nothing to do spends importing, by package (`python -X importtime`).
Run: `.venv/bin/python bench/startup.py [--runs N] [--bundle PATH]`.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUPPORT = [str(ROOT / "tests" / "support"), str(ROOT / "tests" / "sync")]
sys.path[:0] = [*SUPPORT, str(ROOT)]

from live_server import PASSWORD, LiveServer  # noqa: E402

BUNDLE = ROOT / "dist" / "focal-desk" / "focal-desk"
SHOWN = "focal-desk: window shown"  # desktop.ui.app.SHOWN_LINE (not imported: that loads Qt)
KEYRING_CONFIG = "[backend]\ndefault-keyring = file_keyring.FileKeyring\nkeyring-path = {path}\n"


def source_command() -> list[str]:
    """The installed console script when there is one (what users run), else `-m desktop`."""
    script = Path(sys.executable).with_name("focal-desk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def whole(cmd: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one whole process."""
    cpu = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run(cmd, input=stdin, text=True, capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}): {result.stderr.strip()}")
    return elapsed, _children_cpu() - cpu


def until_shown(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds from the start of the process to the line the window prints at its
    first paint, which says how much CPU time the process had used by then."""
    start = time.perf_counter()
    process = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )  # fmt: skip
    assert process.stdout is not None
    shown = cpu = None
    for line in process.stdout:
        if line.startswith(SHOWN):
            shown = time.perf_counter() - start
            told = re.search(r"\((\d+) ms of CPU\)", line)  # an older build does not say
            cpu = float(told[1]) / 1000 if told else float("nan")
            break
    _, err = process.communicate(timeout=120)
    if shown is None or cpu is None:
        raise SystemExit(f"{' '.join(cmd)}: the window was not shown ({err.strip()})")
    return shown, cpu


def medians(runs: int, measure) -> tuple[float, float]:
    """Median wall and CPU milliseconds over `runs`, after one warm-up run."""
    measure()  # the OS file cache, the bytecode cache
    samples = [measure() for _ in range(runs)]
    return tuple(statistics.median(s[i] for s in samples) * 1000 for i in (0, 1))


def import_shares(cmd: list[str], env: dict[str, str], top: int = 12) -> list[str]:
    """Lines "package: ms (share)" of what `cmd` spends importing, by top-level package."""
    result = subprocess.run(
        cmd, text=True, capture_output=True, env={**env, "PYTHONPROFILEIMPORTTIME": "1"}
    )  # fmt: skip
    spent: collections.Counter[str] = collections.Counter()
    for match in re.finditer(r"import time:\s+(\d+) \|\s+\d+ \| *(\S+)", result.stderr):
        parts = match[2].split(".")
        spent[".".join(parts[:2]) if parts[0] == "desktop" else parts[0]] += int(match[1])
    total = sum(spent.values()) or 1
    lines = [f"all imports {total / 1000:.0f} ms (under -X importtime, which inflates them)"]
    for name, us in spent.most_common(top):
        lines.append(f"{name} {us / 1000:.0f} ms ({100 * us / total:.0f}%)")
    return lines


def frozen_figures(bundle: Path, work: Path, env: dict[str, str], runs: int, server: str) -> dict:
    """--version and the window from the bundle, its profile signed in to the same server with
    the same file keyring (the bundle cannot read PYTHONPATH; keyring's own config file names
    the backend)."""
    config = work / "xdg-config"
    (config / "python_keyring").mkdir(parents=True)
    (config / "python_keyring" / "keyringrc.cfg").write_text(
        KEYRING_CONFIG.format(path=SUPPORT[0]), "utf-8"
    )
    frozen_env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "PYTHON_KEYRING_BACKEND")}
    frozen_env["XDG_CONFIG_HOME"] = str(config)
    profile = work / "frozen-profile"
    login = [str(bundle), "--profile", str(profile), "login", "--server", server]
    signed = subprocess.run(
        [*login, "--email", "fp2.sn@example.org"], input=PASSWORD, text=True,
        capture_output=True, env=frozen_env,
    )  # fmt: skip
    if signed.returncode != 0 or "keyring" in signed.stderr:
        raise SystemExit(f"the bundle did not sign in with the file keyring: {signed.stderr}")
    whole([str(bundle), "--profile", str(profile), "sync"], frozen_env)
    return {
        "focal-desk --version, frozen bundle": medians(
            runs, lambda: whole([str(bundle), "--version"], frozen_env)
        ),
        "window shown, frozen bundle": medians(
            runs,
            lambda: until_shown(
                [str(bundle), "--profile", str(profile), "--exit-after-show"], frozen_env
            ),
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="runs per figure (median)")
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the frozen executable")
    options = parser.parse_args()
    runs = options.runs
    work = Path(tempfile.mkdtemp(prefix="focal-startup-bench-"))
    env = {
        **os.environ,
        "FOCAL_TEST_KEYRING_FILE": str(work / "keyring.json"),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "PYTHONPATH": os.pathsep.join([*SUPPORT, str(ROOT)]),
        "PYTHONPYCACHEPREFIX": str(work / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.update(env)  # the live server's own processes
    desk = source_command()
    profile = work / "profile"
    (work / "server").mkdir()
    server = LiveServer(work / "server")
    server.create_users()
    try:
        server.start()
        login = ["--profile", str(profile), "login", "--server", server.url]
        whole([*desk, *login, "--email", "fp.sn@example.org"], env, stdin=PASSWORD)
        sync = [*desk, "--profile", str(profile), "sync"]
        whole(sync, env)  # the first sync pulls whatever there is
        window = [*desk, "--profile", str(profile), "--exit-after-show"]
        figures = {
            "bare interpreter (python -c pass)": medians(
                runs, lambda: whole([sys.executable, "-c", "pass"], env)
            ),
            "focal-desk --version": medians(runs, lambda: whole([*desk, "--version"], env)),
            "focal-desk sync, nothing to do": medians(runs, lambda: whole(sync, env)),
            "window shown, from source": medians(runs, lambda: until_shown(window, env)),
        }
        if options.bundle.exists():
            figures.update(frozen_figures(options.bundle, work, env, runs, server.url))
        shares = import_shares(sync, env)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)

    base_wall, base_cpu = figures["bare interpreter (python -c pass)"]
    load = os.getloadavg()[0]
    print(f"start-up bench: whole processes, median of {runs} runs; {os.cpu_count()} cores, "
          f"load average {load:.1f} at the end")  # fmt: skip
    print(f"  {'':<36}  {'wall':>8}  {'x bare':>6}  {'CPU':>8}  {'x bare':>6}")
    for name, (wall, cpu) in figures.items():
        print(f"  {name:<36}  {wall:6.0f}ms  {wall / base_wall:5.1f}x  {cpu:6.0f}ms  "
              f"{cpu / base_cpu:5.1f}x")  # fmt: skip
    if not options.bundle.exists():
        print(f"  (no {options.bundle}: run `make dist` for the frozen figures)")
    print("  a sync with nothing to do, importing: " + "; ".join(shares[:1]))
    for line in shares[1:]:
        print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
