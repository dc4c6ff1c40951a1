"""Build ANN Studio's installers with one command.

    python packaging/build.py                    # NumPy engine only (no torch)
    python packaging/build.py --flavour torch    # bundles the PyTorch CPU engine too
    python packaging/build.py --smoke            # then run the frozen app's checks

Steps: (1) an isolated build venv `build/venv-<flavour>` with the pinned tools and the
project, from wheels only (`pip install --only-binary=:all:`; the project itself is built
from this folder); (2) a PyInstaller one-folder bundle, windowed, with the icon and
`annstudio/assets` (packaging/annstudio.spec); (3) this platform's installers:
  Linux   <out>/annstudio-<version>-linux-<arch>.tar.gz  (portable, runs from any folder)
          <out>/annstudio_<version>_<arch>.deb            (/opt/annstudio, /usr/bin/annstudio)
  Windows <out>/annstudio-<version>-windows-setup.exe   (Inno Setup, per-user, if iscc found)
  macOS   <out>/ANNStudio-<version>-macos-<arch>.dmg      (packaging/macos/build_dmg.sh)
It prints the sizes and the build time, and writes them to <out>/build-info-<flavour>.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ASSETS = ROOT / "annstudio" / "assets"
sys.path.insert(0, str(PACKAGING))
import icons  # noqa: E402  (packaging/icons.py)

MAINTAINER = "ANN Studio developers <annstudio@users.noreply.github.com>"
DESCRIPTION = ("watch neural networks learn, step through backpropagation\n"
               " ANN Studio teaches how fully connected neural networks learn: build a\n"
               " network, train it live on 2-D data, step through the forward pass and\n"
               " backpropagation with real numbers, and export the model to PyTorch.\n"
               " Works offline; everything it needs is bundled in /opt/annstudio.")
# System libraries the bundled Qt (xcb platform plugin, OpenGL, fonts) loads and does not
# ship itself; found with ldd on the bundle. Debian 12 / Ubuntu 22.04+ package names.
DEB_RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei"
DEB_DEPENDS = ("libgl1, libegl1, libfontconfig1, libfreetype6, "
               "libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcb1, "
               "libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, "
               "libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, "
               "libxcb-xkb1, libdbus-1-3, libglib2.0-0")


def version() -> str:
    text = (ROOT / "annstudio" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def run(cmd, **kw) -> None:
    log("$ " + " ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def make_venv(build: Path, flavour: str, fresh: bool) -> Path:
    """An isolated build venv with pinned tools; reused while its inputs are unchanged."""
    venv = build / f"venv-{flavour}"
    reqs = PACKAGING / "requirements-build.txt"
    key = hashlib.sha256(b"".join([
        reqs.read_bytes(), (ROOT / "pyproject.toml").read_bytes(), flavour.encode(),
        sys.version.encode()])).hexdigest()
    stamp = venv / ".annstudio-build-key"
    if fresh or not stamp.exists() or stamp.read_text() != key:
        shutil.rmtree(venv, ignore_errors=True)
        run([sys.executable, "-m", "venv", venv])
        py = venv_python(venv)
        pip = [py, "-m", "pip", "install", "--only-binary=:all:", "--disable-pip-version-check"]
        if flavour == "torch":
            # First, so that the project's torch extra is already satisfied by the CPU
            # build (plain `pip install torch` may fetch a multi-GB CUDA build).
            run(pip + ["torch==2.13.0"])
        run(pip + ["-r", reqs, ROOT])
        stamp.write_text(key)
    else:
        log(f"reusing {venv}")
        # Freeze the current sources (the version number does not change per commit).
        run([venv_python(venv), "-m", "pip", "install", "--no-deps", "--force-reinstall",
             "--disable-pip-version-check", "-q", ROOT], cwd=build)
    return venv


def pyinstaller(venv: Path, build: Path, out: Path, flavour: str) -> Path:
    icon_dir = build / "icons"
    icons.write_ico(icon_dir / "annstudio.ico")
    icons.write_icns(icon_dir / "annstudio.icns")
    env = dict(os.environ, ANNSTUDIO_FLAVOUR=flavour, ANNSTUDIO_ICON_DIR=str(icon_dir))
    env.pop("PYTHONPATH", None)  # freeze the venv's installed annstudio, nothing else
    # cwd=build so that no ./annstudio source folder shadows the installed package.
    run([venv_python(venv), "-m", "PyInstaller", "--noconfirm", "--log-level=WARN",
         "--distpath", out, "--workpath", build / f"pyinstaller-{flavour}",
         PACKAGING / "annstudio.spec"], cwd=build, env=env)
    name = "annstudio" if flavour == "numpy" else f"annstudio-{flavour}"
    bundle = out / name
    if sys.platform.startswith("linux"):
        strip_python_debug_info(bundle)
        strip_llvmlite(bundle)
    ship_kernel_cache(bundle, build)
    return bundle


def strip_python_debug_info(bundle: Path) -> None:
    """Drop debug info from the Python runtime's own libraries (pyenv and some distros
    ship libpython with it: 22 MB -> 5 MB). Never the wheels' libraries: auditwheel-
    patched ones (numpy.libs) stop loading when stripped."""
    strip = shutil.which("strip")
    if strip is None:
        log("strip not found: the bundle keeps the Python runtime's debug info")
        return
    internal = bundle / "_internal"
    files = [p for p in internal.glob("libpython*.so*") if not p.is_symlink()]
    files += sorted((internal / f"python{sys.version_info[0]}.{sys.version_info[1]}"
                     / "lib-dynload").glob("*.so"))
    if files:
        subprocess.run([strip, "--strip-debug", *map(str, files)], check=True)


def strip_llvmlite(bundle: Path) -> None:
    """Drop the symbol tables of llvmlite's LLVM library (179 -> 160 MB): it is a plain
    library of its own (no auditwheel-patched dependencies), so it loads stripped."""
    strip = shutil.which("strip")
    lib = bundle / "_internal" / "llvmlite" / "binding" / "libllvmlite.so"
    if strip is None or not lib.is_file():
        log("strip not found or no libllvmlite.so: the bundle keeps llvmlite's symbols")
        return
    subprocess.run([strip, "--strip-unneeded", str(lib)], check=True)


def kernel_targets() -> list[str]:
    """The CPU targets to ship kernels for: "generic" (every CPU of this architecture) and
    each of `engines.fast.FROZEN_TARGETS` that this machine's CPU runs (the kernels are
    compiled by running them)."""
    sys.path.insert(0, str(ROOT))
    from annstudio.engines import fast
    best = fast.frozen_target()
    names = [name for name, _ in fast.FROZEN_TARGETS.get(platform.machine().lower(), ())]
    runnable = names[names.index(best):] if best in names else []
    return ["generic", *reversed(runnable)]


def ship_kernel_cache(bundle: Path, build: Path) -> None:
    """Compile the fast path's kernels with the frozen app itself, once per CPU target
    (`kernel_targets`: generic, x86-64-v2, x86-64-v3 on this machine), and ship numba's cache
    files in the bundle. numba's cache records the target it compiled for and loads only on
    a match; the frozen app picks the best target its CPU runs (engines/fast.py
    `frozen_target`) and copies the files where numba looks, so its first start loads
    them in about a second. One index holds every target's entries."""
    internal = bundle / ("Contents/Frameworks" if bundle.suffix == ".app" else "_internal")
    if not (internal / "numba").is_dir():
        log("no numba in the bundle: no compiled kernels to ship")
        return
    cache = build / "kernel-cache"
    shutil.rmtree(cache, ignore_errors=True)
    exe = bundle / ("annstudio-cli.exe" if os.name == "nt" else "annstudio")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NUMBA_"))}
    env.update(NUMBA_CACHE_DIR=str(cache), QT_QPA_PLATFORM="offscreen")
    targets = kernel_targets()
    for target in targets:
        run([exe, "bench", "--quick"], env={**env, "NUMBA_CPU_NAME": target}, cwd=build,
            stdout=subprocess.DEVNULL)
    files = sorted(p for p in cache.rglob("fast_kernels.*") if p.suffix in (".nbi", ".nbc"))
    if not files:
        raise SystemExit("the frozen app compiled no kernels into its cache")
    target_dir = internal / "annstudio" / "engines" / "kernel-cache"
    shutil.rmtree(target_dir, ignore_errors=True)
    target_dir.mkdir(parents=True)
    for p in files:
        shutil.copy2(p, target_dir / p.name)
    log(f"shipped {len(files)} compiled-kernel cache files for {', '.join(targets)} "
        f"({sum(p.stat().st_size for p in files) / 1024:.0f} KB)")


def tree_size(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(bundle: Path, out: Path, flavour: str) -> Path:
    """Portable archive: unpack anywhere, run ./annstudio; install-user.sh adds a menu entry."""
    suffix = "" if flavour == "numpy" else f"-{flavour}"
    top = f"annstudio-{version()}{suffix}"
    path = out / f"annstudio-{version()}-linux-{platform.machine()}{suffix}.tar.gz"
    with tarfile.open(path, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=top, filter=_root_owned)
        tar.add(PACKAGING / "linux" / "install-user.sh", arcname=f"{top}/install-user.sh",
                filter=_root_owned)
        tar.add(PACKAGING / "linux" / "README-portable.txt", arcname=f"{top}/README.txt",
                filter=_root_owned)
    return path


def glibc_needed(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled ELF file asks for: the bundle runs
    only where the C library is at least that new (so build on an old distribution)."""
    newest = (2, 17)
    pattern = re.compile(rb"GLIBC_(2\.\d+)(?:\.\d+)?\x00")
    for p in bundle.rglob("*"):
        if not p.is_file() or p.is_symlink():
            continue
        with open(p, "rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
            data = f.read()
        for m in pattern.finditer(data):
            newest = max(newest, tuple(int(x) for x in m.group(1).split(b".")))
    return ".".join(map(str, newest))


def deb_arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(
        machine, machine)


def make_deb(bundle: Path, build: Path, out: Path, flavour: str) -> Path:
    """/opt/annstudio + /usr/bin link + desktop entry + hicolor icons, via dpkg-deb."""
    package = "annstudio" if flavour == "numpy" else f"annstudio-{flavour}"
    stage = build / f"deb-{flavour}"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "annstudio", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/annstudio/annstudio", stage / "usr" / "bin" / "annstudio")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(ASSETS / "annstudio.desktop", apps / "annstudio.desktop")
    hicolor = stage / "usr" / "share" / "icons" / "hicolor"
    for size in icons.SIZES:
        d = hicolor / f"{size}x{size}" / "apps"
        d.mkdir(parents=True)
        shutil.copy2(icons.png_path(size), d / "annstudio.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(icons.SVG, hicolor / "scalable" / "apps" / "annstudio.svg")
    doc = stage / "usr" / "share" / "doc" / package
    doc.mkdir(parents=True)
    shutil.copy2(PACKAGING / "linux" / "copyright", doc / "copyright")
    for p in stage.rglob("*"):  # dpkg wants 0755 dirs / 0644 files, whatever the umask
        if p.is_symlink():
            continue
        executable = p.is_dir() or os.access(p, os.X_OK)
        p.chmod(0o755 if executable else 0o644)

    md5 = []
    for p in sorted(stage.rglob("*")):
        if p.is_file() and not p.is_symlink():
            md5.append(f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(stage)}")
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "md5sums").write_text("\n".join(md5) + "\n")
    control = {
        "Package": package,
        "Version": version(),
        "Section": "education",
        "Priority": "optional",
        "Architecture": deb_arch(),
        "Maintainer": MAINTAINER,
        "Installed-Size": str(tree_size(stage) // 1024),
        "Depends": f"libc6 (>= {glibc_needed(bundle)}), {DEB_DEPENDS}",
        # the Chinese translation needs a CJK font; most desktops have one, a bare one not
        "Recommends": DEB_RECOMMENDS,
        "Description": DESCRIPTION,
    }
    if flavour != "numpy":
        control.update({"Provides": "annstudio", "Conflicts": "annstudio",
                        "Replaces": "annstudio"})
    (debian / "control").write_text("".join(f"{k}: {v}\n" for k, v in control.items()))
    path = out / f"{package}_{version()}_{deb_arch()}.deb"
    run(["dpkg-deb", "--root-owner-group", "--build", stage, path])
    return path


def make_windows_installer(bundle: Path, build: Path, out: Path, flavour: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC") or next(
        (str(p) for p in (Path(os.environ.get("ProgramFiles(x86)", "C:/Program Files (x86)"))
                          / "Inno Setup 6" / "ISCC.exe",) if p.exists()), None)
    if iscc is None:
        log("Inno Setup (iscc) not found: skipping the Windows installer")
        return None
    suffix = "" if flavour == "numpy" else f"-{flavour}"
    base = f"annstudio-{version()}-windows{suffix}-setup"
    run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={bundle}", f"/DOutputDir={out}",
         f"/DOutputBase={base}", f"/DIconFile={build / 'icons' / 'annstudio.ico'}",
         PACKAGING / "windows" / "annstudio.iss"])
    return out / f"{base}.exe"


def make_dmg(out: Path, flavour: str) -> Path:
    app = out / ("ANN Studio.app" if flavour == "numpy" else f"ANN Studio ({flavour}).app")
    suffix = "" if flavour == "numpy" else f"-{flavour}"
    dmg = out / f"ANNStudio-{version()}-macos-{platform.machine()}{suffix}.dmg"
    run(["bash", PACKAGING / "macos" / "build_dmg.sh", app, dmg])
    return dmg


def main(argv=None) -> int:
    p = argparse.ArgumentParser(
        prog="python packaging/build.py",
        description="Build ANN Studio's one-folder bundle and this platform's installers.")
    p.add_argument("--flavour", choices=["numpy", "torch"], default="numpy",
                   help="numpy: NumPy engine only, small (default); torch: bundle the "
                        "PyTorch CPU engine too (~+600 MB)")
    p.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    p.add_argument("--build-dir", type=Path, default=ROOT / "build",
                   help="work folder for the venv and PyInstaller (build/)")
    p.add_argument("--fresh", action="store_true", help="recreate the build venv")
    p.add_argument("--bundle-only", action="store_true",
                   help="stop after the PyInstaller bundle (no installers)")
    p.add_argument("--smoke", action="store_true",
                   help="afterwards run the frozen app's checks (packaging/smoke.py)")
    a = p.parse_args(argv)
    out, build = a.out.resolve(), a.build_dir.resolve()
    out.mkdir(parents=True, exist_ok=True)
    build.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    venv = make_venv(build, a.flavour, a.fresh)
    t_venv = time.perf_counter() - t0
    bundle = pyinstaller(venv, build, out, a.flavour)
    t_bundle = time.perf_counter() - t0 - t_venv
    artifacts = {}
    if not a.bundle_only:
        if sys.platform.startswith("linux"):
            artifacts["tar.gz"] = make_tarball(bundle, out, a.flavour)
            artifacts["deb"] = make_deb(bundle, build, out, a.flavour)
        elif sys.platform == "win32":
            artifacts["setup.exe"] = make_windows_installer(bundle, build, out, a.flavour)
        elif sys.platform == "darwin":
            artifacts["dmg"] = make_dmg(out, a.flavour)
    seconds = time.perf_counter() - t0

    info = {"version": version(), "flavour": a.flavour, "platform": sys.platform,
            "bundle": str(bundle), "bundle_bytes": tree_size(bundle),
            "seconds_total": round(seconds, 1), "seconds_venv": round(t_venv, 1),
            "seconds_pyinstaller": round(t_bundle, 1),
            "artifacts": {k: {"path": str(v), "bytes": v.stat().st_size}
                          for k, v in artifacts.items() if v is not None}}
    (out / f"build-info-{a.flavour}.json").write_text(json.dumps(info, indent=2) + "\n")
    mb = 1024 * 1024
    log(f"bundle {bundle}: {info['bundle_bytes'] / mb:.1f} MB unpacked")
    for kind, item in info["artifacts"].items():
        log(f"{kind:9s} {item['path']}: {item['bytes'] / mb:.1f} MB")
    log(f"build time {seconds:.0f} s (venv {t_venv:.0f} s, PyInstaller {t_bundle:.0f} s, "
        f"installers {seconds - t_venv - t_bundle:.0f} s)")

    if a.smoke:
        import smoke  # packaging/smoke.py
        return smoke.main([str(bundle)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
