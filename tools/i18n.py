"""The translation pipeline: source → .ts (lupdate) → translations from src/*.json → .qm.

Run from the repository root:

    python tools/i18n.py update    # pyside6-lupdate over annstudio/ into the .ts files
    python tools/i18n.py fill      # write the translations of src/*.json into the .ts files
    python tools/i18n.py release   # pyside6-lrelease each .ts into the .qm beside it
    python tools/i18n.py all       # update, fill, release
    python tools/i18n.py check     # exit 1 listing unfinished or damaged translations

``fill`` edits the .ts text in place, message by message, and escapes the way lupdate
writes, so a later ``update`` leaves the file byte for byte as it was (a test checks it).
The translations of src/*.json win over what a .ts holds for the same (context, source);
strings that no JSON file has keep what Qt Linguist wrote.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "annstudio"
TRANSLATIONS = PACKAGE / "assets" / "translations"
SOURCES = TRANSLATIONS / "src"
# Shipped languages; a new one also goes into annstudio/gui/i18n.py LANGUAGES.
LANGUAGES = ("de", "es", "fr", "zh_CN")
# -locations none: no file names or line numbers in the .ts, so a moved line changes nothing.
LUPDATE_FLAGS = ("-no-obsolete", "-locations", "none", "-silent")

_PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")
_MESSAGE = re.compile(r"<message\b[^>]*>.*?</message>", re.S)
_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation(?: type=\"(\w+)\")?>(.*?)</translation>"
                          r"|<translation type=\"(\w+)\"/>|<translation/>", re.S)


class ToolError(Exception):
    """A one-sentence reason the pipeline cannot go on (a missing tool, a bad JSON file)."""


def tool(name: str) -> str:
    """The path of pyside6-<name>: beside the running Python first, then on PATH."""
    exe = f"pyside6-{name}" + (".exe" if os.name == "nt" else "")
    here = Path(sys.executable).parent / exe
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise ToolError(f"pyside6-{name} was not found beside {sys.executable} or on PATH.")
    return found


def source_files(package: Path | None = None) -> list[Path]:
    """Every .py of the package, sorted (the order lupdate meets them in)."""
    package = package or PACKAGE
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or TRANSLATIONS) / f"annstudio_{lang}.ts"


def lupdate(ts_files, package: Path | None = None) -> None:
    """pyside6-lupdate over the package into ``ts_files`` (kept translations stay)."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files(package)) + "\n",
                           encoding="utf-8")
        cmd = [tool("lupdate"), f"@{listing}", "-ts", *map(str, ts_files), *LUPDATE_FLAGS]
        _run(cmd)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    _run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)])


def _run(cmd) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise ToolError(f"{Path(cmd[0]).name} failed: {(done.stderr or done.stdout).strip()}")


# ----------------------------------------------------------------------------- .ts text
def protect(text: str) -> str:
    """Text escaped as lupdate writes it (Qt's TS writer: quotes too, and odd spaces as
    numeric entities), so that lupdate reads it back and writes the same bytes."""
    out = []
    for ch in text:
        c = ord(ch)
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif (c < 0x20 or (c > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f'<byte value="x{c:x}"/>' if c < 0x20 else f"&#x{c:x};")
        else:
            out.append(ch)
    return "".join(out)


_ENTITIES = {'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;", "'": "&apos;"}


def unprotect(text: str) -> str:
    text = re.sub(r'<byte value="x([0-9a-fA-F]+)"/>', lambda m: chr(int(m.group(1), 16)), text)
    return html.unescape(text)


def messages(ts_text: str):
    """(context, source, translation, finished, span of the <message> element) for each
    message of a .ts text, in file order."""
    for ctx in _CONTEXT.finditer(ts_text):
        name = unprotect(ctx.group(1))
        for msg in _MESSAGE.finditer(ts_text, ctx.start(2), ctx.end(2)):
            body = msg.group(0)
            source = unprotect(_SOURCE.search(body).group(1))
            tr = _TRANSLATION.search(body)
            kind = (tr.group(1) or tr.group(3)) if tr else "unfinished"
            text = unprotect(tr.group(2) or "") if tr else ""
            yield name, source, text, kind is None, msg.span()


def read_sources(folder: Path | None = None) -> dict:
    """{(context, source): {lang: translation}} from every src/*.json."""
    table: dict = {}
    for path in sorted((folder or SOURCES).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ToolError(f"{path.name} is not readable JSON: {exc}") from exc
        for context, strings in data.items():
            for source, langs in strings.items():
                table.setdefault((context, source), {}).update(
                    {k: v for k, v in langs.items() if isinstance(v, str) and v})
    return table


def fill_text(ts_text: str, lang: str, table: dict):
    """The .ts text with each message that ``table`` translates into ``lang`` finished;
    returns (new text, strings, translated, overridden)."""
    out, last = [], 0
    strings = translated = overridden = 0
    for context, source, old, finished, (start, end) in list(messages(ts_text)):
        strings += 1
        new = table.get((context, source), {}).get(lang)
        if new is None:
            translated += bool(finished and old)
            continue
        translated += 1
        overridden += bool(finished and old and old != new)
        body = _TRANSLATION.sub(lambda _m: f"<translation>{protect(new)}</translation>",
                                ts_text[start:end], count=1)
        out += [ts_text[last:start], body]
        last = end
    out.append(ts_text[last:])
    return "".join(out), strings, translated, overridden


# ----------------------------------------------------------------------------- checks
def placeholders(text: str) -> set[str]:
    return {m.group(0) for m in _PLACEHOLDER.finditer(text)}


def has_accelerator(text: str) -> bool:
    """An ``&`` that marks a letter (``&&`` is a literal ampersand)."""
    return re.search(r"&(?!&)[^\s&]", text.replace("&&", "")) is not None


def problems(ts_text: str, label: str = "") -> list[str]:
    """What stops a .ts from shipping: unfinished or empty translations, a placeholder of
    the source missing from its translation, a lost ``&`` accelerator."""
    found = []
    for context, source, text, finished, _span in messages(ts_text):
        where = f"{label}{context}: {source!r}"
        if not finished or not text:
            found.append(f"{where} is not translated")
            continue
        lost = placeholders(source) - placeholders(text)
        if lost:
            found.append(f"{where} → {text!r} lacks {', '.join(sorted(lost))}")
        if has_accelerator(source) and not has_accelerator(text):
            found.append(f"{where} → {text!r} lacks the & accelerator")
    return found


# ----------------------------------------------------------------------------- commands
def update(folder: Path | None = None) -> None:
    folder = folder or TRANSLATIONS
    folder.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(lang, folder) for lang in LANGUAGES])
    print(f"updated {len(LANGUAGES)} .ts files in {folder}")


def fill(folder: Path | None = None) -> None:
    table = read_sources()
    for lang in LANGUAGES:
        path = ts_path(lang, folder)
        text, strings, done, overridden = fill_text(path.read_text(encoding="utf-8"), lang,
                                                    table)
        path.write_text(text, encoding="utf-8", newline="\n")
        note = f", {overridden} replaced by src/*.json" if overridden else ""
        print(f"{lang}: {strings} strings, {done} translated, {strings - done} missing{note}")


def release(folder: Path | None = None) -> None:
    for lang in LANGUAGES:
        lrelease(ts_path(lang, folder), ts_path(lang, folder).with_suffix(".qm"))
    print(f"released {len(LANGUAGES)} .qm files")


def check(folder: Path | None = None) -> list[str]:
    found = []
    for lang in LANGUAGES:
        path = ts_path(lang, folder)
        if not path.exists():
            found.append(f"{path.name} is missing (run: python tools/i18n.py update)")
            continue
        found += problems(path.read_text(encoding="utf-8"), f"{lang} ")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["update", "fill", "release", "all", "check"])
    command = parser.parse_args(argv).command
    try:
        if command in ("update", "all"):
            update()
        if command in ("fill", "all"):
            fill()
        if command in ("release", "all"):
            release()
        if command == "check":
            found = check()
            for line in found:
                print(line)
            print(f"{len(found)} problem(s)" if found else "all translations complete")
            return 1 if found else 0
    except ToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
