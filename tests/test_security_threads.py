"""Issue 12 (Low, needed by the HTTP server): one Checker used by many threads at once gives the
same results as used by one; before, 39 % of the results were engine disagreements."""

from __future__ import annotations

import datetime as dt
import json
import sys
from concurrent.futures import ThreadPoolExecutor

from beschluss_rules.model import FindingId
from beschluss_rules.report.report import render_json
from beschluss_rules.verdict.checker import CheckOptions

from .conftest import EXAMPLE

SATZUNG = """Beschlussvorlage
Betreff: Hundesteuersatzung

Beschlussvorschlag:
Der {body} beschließt die Satzung über die Erhebung der Hundesteuer.
"""


def test_one_checker_shared_by_eight_threads_under_load(checker):
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show at once
    try:
        _shared_checker(checker)
    finally:
        sys.setswitchinterval(interval)


def _shared_checker(checker):
    options = CheckOptions(municipality="heinsberg", date=dt.date(2021, 9, 1))
    texts = [EXAMPLE.read_text(encoding="utf-8")] + [
        SATZUNG.format(body=body) for body in ("Rat", "Haupt- und Finanzausschuss", "Bürgermeister")]
    jobs = [(index % len(texts)) for index in range(160)]

    def one(index: int) -> str:
        result = checker.check_text(texts[index], path=f"p{index}.txt", options=options)
        return json.dumps(json.loads(render_json([result]))["papers"][0]["items"], sort_keys=True)

    expected = [one(index) for index in range(len(texts))]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(one, jobs))
    assert got == [expected[index] for index in jobs]
    assert FindingId.ENGINE_DISAGREEMENT not in "".join(got)
