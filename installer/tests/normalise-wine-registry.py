#!/usr/bin/env python3
"""Prints a Wine registry file (system.reg, user.reg) as one line per key and per value, "[key]" and
"[key] name=data", without the times Wine writes with each key, so two states of a prefix compare
with diff."""
import re
import sys


def lines(path):
    key = None
    pending = ""
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = pending + raw.rstrip("\n").lstrip() if pending else raw.rstrip("\n")
            pending = ""
            if line.startswith("["):
                key = re.sub(r"\]\s+\d+$", "]", line)
                yield key
            elif not line or line.startswith(("#", ";", "WINE REGISTRY")):
                continue
            elif line.endswith("\\"):  # a long value goes on in the next line
                pending = line[:-1]
            else:
                yield f"{key} {line}"


for entry in lines(sys.argv[1]):
    print(entry)
