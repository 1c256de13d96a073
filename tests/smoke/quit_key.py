#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Ctrl+Q typed at the real executable on a real X server (issue 16).

The application runs on Xvfb through Qt's xcb platform, as on a desktop; xdotool finds its window,
resizes it to 1000x700 and types Ctrl+Q through the XTEST extension (the way a keyboard's key reaches
X). The program must exit with code 0 within the time limit, having closed its window the normal
way: the settings file then holds the window's new size. Fails with a message that says which step
did not happen.

usage: quit_key.py APP DATA_DIR WORK_DIR
"""
import configparser
import os
import shutil
import subprocess
import sys
import time

TITLE = "Shanghai Innovation Map"


def fail(message, app=None):
    if app is not None and app.poll() is None:
        app.kill()
    if app is not None:
        out, err = app.communicate()
        message += f"\n--- the application's stdout:\n{out}\n--- stderr:\n{err}"
    sys.exit(f"quit_key: {message}")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    app_path, data_dir, work = sys.argv[1:]
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            fail(f"{tool} is not installed (Debian: xvfb, xdotool)")
    shutil.rmtree(work, ignore_errors=True)
    config = os.path.join(work, "config")
    os.makedirs(os.path.join(config, "ShanghaiInnovationMap"))
    conf = os.path.join(config, "ShanghaiInnovationMap", "shanghai-innovation-map.conf")
    with open(conf, "w", encoding="utf-8") as f:  # a returning user: no first-start hint
        f.write("[hints]\nfirstStartHintDismissed=true\n")

    # a free display number: Xvfb writes the one it took to the pipe (-displayfd)
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as r:
            display = ":" + r.readline().strip()
        if display == ":":
            fail("Xvfb did not start: " + xvfb.stderr.read().decode(errors="replace"))
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=config, LANG="C.UTF-8")
        env.pop("WAYLAND_DISPLAY", None)
        app = subprocess.Popen([app_path, "--data", data_dir, "--lang", "en", "--no-watch"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        def xdotool(*args, timeout=60):
            try:
                done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=timeout)
            except subprocess.TimeoutExpired:
                fail(f"xdotool {' '.join(args)}: no answer within {timeout} s", app)
            if done.returncode != 0:
                fail(f"xdotool {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}", app)
            return done.stdout.strip()

        # the window, once it is mapped (the sanitizer build starts several times slower)
        deadline = time.monotonic() + 120
        window = ""
        while not window:
            if app.poll() is not None:
                fail(f"the application exited ({app.returncode}) before its window appeared", app)
            if time.monotonic() > deadline:
                fail("no window titled '" + TITLE + "' appeared within 120 s", app)
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^" + TITLE + "$"],
                                   env=env, capture_output=True, text=True)
            window = found.stdout.split()[0] if found.returncode == 0 and found.stdout.strip() else ""
            if not window:
                time.sleep(0.5)

        xdotool("windowsize", "--sync", window, "1000", "700")
        xdotool("windowfocus", "--sync", window)
        time.sleep(1.0)  # (let the window take the new size before it is asked to save it)
        xdotool("key", "--clearmodifiers", "ctrl+q")
        try:
            app.wait(timeout=60)
        except subprocess.TimeoutExpired:
            fail("Ctrl+Q: the application was still running 60 s later", app)
        out, err = app.communicate()
        if app.returncode != 0:
            fail(f"Ctrl+Q: the application exited with {app.returncode}\nstderr: {err}")

        settings = configparser.ConfigParser(interpolation=None)
        settings.read(conf, encoding="utf-8")
        if not settings.has_section("window"):
            fail(f"Ctrl+Q quit without the window saving itself: no [window] in {conf}\n{open(conf).read()}")
        size = (settings.get("window", "width", fallback="?"), settings.get("window", "height", fallback="?"))
        if size != ("1000", "700"):
            fail(f"the window was 1000x700 when Ctrl+Q was typed, the settings remember {size[0]}x{size[1]}")
        print(f"Ctrl+Q on {display}: exited with 0, the window's 1000x700 remembered")
    finally:
        xvfb.terminate()
        try:
            xvfb.wait(timeout=10)
        except subprocess.TimeoutExpired:
            xvfb.kill()


if __name__ == "__main__":
    main()
