#!/usr/bin/env python3
"""Copies tagged regions of compiled sources into README.md and docs/*.md.

A Java block preceded by <!-- snippet: FILE#TAG --> is replaced by the lines between
// tag::TAG[] and // end::TAG[] in FILE, without their common indentation and without
other tags' marker lines. DocSnippetsTest fails when a page and its source disagree;
run this script from the project root to bring the pages up to date.
"""
import pathlib
import re
import textwrap

MARKER = re.compile(r"(<!-- snippet: (\S+)#(\S+) -->\n```java\n)(.*?)(\n```)", re.S)
TAG_LINE = re.compile(r"^\s*// (tag|end)::[\w-]+\[\]\s*$")


def region(path, tag):
    lines = pathlib.Path(path).read_text(encoding="utf-8").split("\n")
    start = next(i for i, l in enumerate(lines) if l.strip() == f"// tag::{tag}[]") + 1
    end = next(i for i, l in enumerate(lines) if l.strip() == f"// end::{tag}[]")
    kept = [l for l in lines[start:end] if not TAG_LINE.match(l)]
    return textwrap.dedent("\n".join(kept))


for page in [pathlib.Path("README.md"), *sorted(pathlib.Path("docs").rglob("*.md"))]:
    text = page.read_text(encoding="utf-8")
    updated = MARKER.sub(lambda m: m.group(1) + region(m.group(2), m.group(3)) + m.group(5), text)
    if updated != text:
        page.write_text(updated, encoding="utf-8")
        print("updated", page)
