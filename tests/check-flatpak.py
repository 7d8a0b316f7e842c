#!/usr/bin/env python3
"""Checks the Flatpak manifest: flatpak-builder parses it, it grants no network,
it has the display sockets a GNOME app needs, and every download is pinned by sha256.
The Flatpak itself cannot be built here (no Flathub), so this is what can be checked."""
import json, shutil, subprocess, sys

manifest = sys.argv[1]
if shutil.which("flatpak-builder") is None:
    print("flatpak-builder is not installed; skipping")
    sys.exit(77)

env = {"G_DEBUG": "fatal-warnings", "PATH": "/usr/bin:/bin"}
shown = subprocess.run(["flatpak-builder", "--show-manifest", manifest],
                       capture_output=True, text=True, env=env)
if shown.returncode != 0:
    print(shown.stderr)
    sys.exit(1)
m = json.loads(shown.stdout)

problems = []
args = m.get("finish-args", [])
if any("network" in a for a in args):
    problems.append("finish-args grant network access")
for needed in ("--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--device=dri"):
    if needed not in args:
        problems.append(f"finish-args lack {needed}")
if not m.get("runtime", "").startswith("org.gnome."):
    problems.append("the runtime is not GNOME's")
for module in m.get("modules", []):
    for source in module.get("sources", []):
        if source.get("type") in ("archive", "file") and len(source.get("sha256", "")) != 64:
            problems.append(f"{module['name']}: {source.get('url')} has no sha256")
if m["modules"][-1]["name"] != "futureproof":
    problems.append("the app is not the last module")

for p in problems:
    print("problem:", p)
sys.exit(1 if problems else 0)
