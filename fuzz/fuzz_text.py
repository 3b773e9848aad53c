"""atheris harness for the text reader (see fuzz/README.md): python fuzz/fuzz_text.py [libFuzzer options] [corpus]."""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["beschluss_rules"]):
    from targets import lexicon, run_target

lexicon()  # load the rule base before fuzzing starts


def test_one_input(data: bytes) -> None:
    run_target("text", data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
