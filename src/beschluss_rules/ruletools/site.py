"""The rule catalogue as a static HTML site (``beschluss-rules rules site --output DIR``).

Layout (relative links only, so the folder can be served from any base URL or opened locally)::

    index.html                  the Länder, with their statutes
    <land>/index.html           one Land: its statutes and every rule
    <land>/<statute>.html       one statute of a Land (``nw/go.html``: GO NRW)
    rules/<rule-id>.html        one page per rule: the catalogue section of ``rules docs``

SARIF results link to ``<base>/rules/<rule-id>.html`` when a base URL is configured
(``--catalogue-url`` / ``catalogue-url``; :func:`rule_page`). The pages are rendered from the same
Markdown as the catalogue (:func:`~beschluss_rules.ruletools.catalogue.rule_section`) with
markdown-it-py; output is deterministic (sorted, no dates).
"""

from __future__ import annotations

import html
import os
import shutil
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from .._version import __version__
from ..model import LANDS
from ..rulebase.types import Rule, RuleBase
from .cases import RuleCase
from .catalogue import _cases_by_rule, _rule_cases, precedence, rule_section

__all__ = ["rule_page", "site_pages", "write_site"]

_STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}
blockquote{border-left:4px solid #ccc;margin-left:0;padding-left:1rem;color:#333}
code{background:#f4f4f4;padding:0 .2rem}nav{margin-bottom:1rem;font-size:.9rem}"""


def rule_page(rule_id: str, base_url: str | None = None) -> str:
    """The path of a rule's page in the site (``rules/<id>.html``), under ``base_url`` if given."""
    path = f"rules/{rule_id}.html"
    return f"{base_url.rstrip('/')}/{path}" if base_url else path


def _statute(rule: Rule) -> str:
    """The statute part of a rule id (``nw.go.41-2-…`` → ``go``)."""
    parts = rule.id.split(".")
    return parts[1] if len(parts) > 2 else "andere"


def _statute_label(rules: Sequence[Rule]) -> str:
    laws = [ref.law for rule in rules for ref in rule.references[:1]]
    return max(sorted(set(laws)), key=laws.count) if laws else "?"


def _page(title: str, body: str, depth: int) -> str:
    up = "../" * depth
    return (
        "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"generator\" content=\"beschluss-rules {html.escape(__version__)}\">\n"
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<nav><a href=\"{up}index.html\">Regelkatalog (Rule catalogue)</a></nav>\n"
        f"{body}</body>\n</html>\n"
    )


def _markdown() -> object:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _rule_table(rules: Sequence[Rule], up: str) -> str:
    rows = ["<table>\n<tr><th>Regel (rule)</th><th>Art (kind)</th><th>Norm</th><th>Titel (title)</th></tr>\n"]
    for rule in rules:
        cites = "; ".join(ref.cite() for ref in rule.references)
        rows.append(f"<tr><td><a href=\"{up}{rule_page(rule.id)}\"><code>{html.escape(rule.id)}</code></a></td>"
                    f"<td>{html.escape(rule.kind)}</td><td>{html.escape(cites)}</td>"
                    f"<td>{html.escape(rule.title.de)}</td></tr>\n")
    rows.append("</table>\n")
    return "".join(rows)


def site_pages(rule_base: RuleBase, cases: Sequence[RuleCase] = ()) -> dict[str, str]:
    """Relative path → HTML text of every page of the site."""
    md = _markdown()
    order = precedence(rule_base.rules, rule_base.vocabulary.private_forms)
    by_rule = _cases_by_rule(cases)
    by_land: dict[str, dict[str, list[Rule]]] = defaultdict(lambda: defaultdict(list))
    for rule in sorted(rule_base.rules, key=lambda r: r.id):
        by_land[rule.land][_statute(rule)].append(rule)
    lands = sorted(by_land, key=lambda code: (list(LANDS).index(code) if code in LANDS else 99, code))
    pages: dict[str, str] = {}
    index = ["<h1>Regelkatalog (Rule catalogue)</h1>\n",
             f"<p>{len(rule_base.rules)} Regeln; eine Seite je Regel, ein Verzeichnis je Land und Gesetz. "
             "Erzeugt mit <code>beschluss-rules rules site</code>.</p>\n<ul>\n"]
    for land in lands:
        statutes: Mapping[str, list[Rule]] = by_land[land]
        name = LANDS.get(land, land)
        count = sum(len(r) for r in statutes.values())
        links = ", ".join(f"<a href=\"{land}/{key}.html\">{html.escape(_statute_label(rules))}</a>"
                          for key, rules in sorted(statutes.items()))
        index.append(f"<li><a href=\"{land}/index.html\">{html.escape(name)}</a> ({count} Regeln): {links}</li>\n")
        land_body = [f"<h1>Regelkatalog {html.escape(name)}</h1>\n<h2>Gesetze (statutes)</h2>\n<ul>\n"]
        for key, rules in sorted(statutes.items()):
            label = _statute_label(rules)
            land_body.append(f"<li><a href=\"{key}.html\">{html.escape(label)}</a> ({len(rules)} Regeln)</li>\n")
            pages[f"{land}/{key}.html"] = _page(
                f"{label} – Regelkatalog", f"<h1>{html.escape(label)} ({html.escape(name)})</h1>\n"
                + _rule_table(rules, "../"), 1)
        land_body.append("</ul>\n<h2>Alle Regeln (all rules)</h2>\n")
        land_body.append(_rule_table([r for rules in statutes.values() for r in rules], "../"))
        pages[f"{land}/index.html"] = _page(f"Regelkatalog {name}", "".join(land_body), 1)
        for rules in statutes.values():
            for rule in rules:
                text = rule_section(rule, rule_base, cases=_rule_cases(rule.id, by_rule), order=order, heading="#")
                body = md.render(text)  # type: ignore[attr-defined]
                body += (f"<p><a href=\"../{land}/{_statute(rule)}.html\">{html.escape(_statute_label(rules))}</a>"
                         f" · <a href=\"../{land}/index.html\">{html.escape(name)}</a></p>\n")
                pages[rule_page(rule.id)] = _page(f"{rule.id} – {rule.title.de}", body, 1)
    index.append("</ul>\n")
    pages["index.html"] = _page("Regelkatalog (Rule catalogue)", "".join(index), 0)
    return dict(sorted(pages.items()))


def write_site(rule_base: RuleBase, directory: str | os.PathLike[str], cases: Sequence[RuleCase] = ()) -> list[Path]:
    """Write the site into ``directory``, replacing what an earlier build left there."""
    out = Path(directory)
    if out.exists():
        shutil.rmtree(out)
    written = []
    for name, text in site_pages(rule_base, cases).items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
