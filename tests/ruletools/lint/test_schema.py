"""``lint.schema``: every broken file, several problems per file, profile delegations too."""

from __future__ import annotations

from beschluss_rules.model import Level

from .planting import edit, findings_of


def test_schema_reports_several_problems_per_file_and_every_broken_file(base):
    broken = base / "nw" / "go" / "113-2-vertreter.yaml"
    edit(broken, "when:", "wenn:")
    edit(broken, "from: 2019-01-01", "from: 01.01.2019")
    edit(broken, "exclusive: true", "exclusive: true\nlevel: hinweis")
    other = base / "nw" / "go" / "113-4-vorstand.yaml"
    edit(other, "matter: vorstand_bestellung", "matter: vorstand_bestelung")
    findings = findings_of(base, "schema")
    in_broken = [f for f in findings if f.path == str(broken)]
    messages = " | ".join(f.message.en for f in in_broken)
    assert len(in_broken) >= 3, messages
    assert "did you mean 'when'" in messages
    assert "must be a date YYYY-MM-DD" in messages
    assert "unknown level 'hinweis'" in messages
    assert all(f.level is Level.ERROR for f in findings)
    assert [f.message.en for f in findings if f.path == str(other)] == [
        ("key 'matter': unknown matter 'vorstand_bestelung' (see rules/vocab/matters.yaml) "
         "(did you mean 'vorstand_bestellung'?)")]
    line = next(f for f in in_broken if "'from'" in f.message.en).line
    assert broken.read_text(encoding="utf-8").splitlines()[line - 1].strip().startswith("from:")


def test_schema_problems_of_a_profile_delegation_are_reported(base):
    profile = base / "municipalities" / "nw" / "heinsberg.yaml"
    edit(profile, "competent: [bau]", "competent: [bauausschuss]")
    edit(profile, "      from: 2017-05-03", "      from: 2017-05-03\n      until: 2016-01-01")
    messages = [f.message.en for f in findings_of(base, "schema") if f.path == str(profile)]
    assert any("unknown body 'bauausschuss'" in m for m in messages), messages
    assert any("lies before valid.from" in m for m in messages), messages
