"""The OParl client against a local OParl server on 127.0.0.1 (tests/oparl/server.py): pages,
links, files, a slow and a failing endpoint, revalidation, the host allow-list; and papers read
from the server give the verdicts the same papers give when read from the archive."""

from __future__ import annotations

import datetime as dt
import json

import pytest

pytest.importorskip("httpx")

from beschluss_rules import Checker, CheckOptions
from beschluss_rules.cli.app import main
from beschluss_rules.oparl import FetchError, HostPolicy, OParlClient, PaperFetcher, check_body, check_url

from .server import CORPUS, LocalOParlServer, corpus_available

SEPTEMBER = CheckOptions(date=dt.date(2021, 9, 1))  # outside the declared epidemic periods


@pytest.fixture(scope="module")
def server():
    with LocalOParlServer() as running:
        yield running


@pytest.fixture(scope="module")
def checker():
    return Checker()


def _client(**kwargs) -> OParlClient:
    kwargs.setdefault("min_interval", 0)
    kwargs.setdefault("backoff", 0.01)
    return OParlClient(HostPolicy(allowed=["127.0.0.1"]), **kwargs)


def _verdicts(result):
    return [(r.verdict.value, r.deciding) for r in result.items]


def test_the_heinsberg_paper_read_from_a_server_as_a_pdf_gets_the_verdicts_of_the_file(server, checker):
    with _client() as client:
        (result,) = check_url(checker, client, server.base + "/oparl/hs/paper/1", SEPTEMBER)
    assert result.path == server.base + "/oparl/hs/paper/1"
    assert result.paper.municipality.name == "Stadt Heinsberg"
    assert _verdicts(result) == [("conditional", "nw.go.41-2-uebertragung"), ("competent", "nw.go.113-2-vertreter")]
    assert server.fixture.hits["/oparl/hs/download/vorlage.pdf"] >= 1


@pytest.mark.skipif(not corpus_available(), reason="the corpus in ../shared/corpus is absent")
def test_every_paper_of_a_paged_body_list_gives_the_verdicts_of_the_archived_paper(server, checker):
    with _client() as client:
        results = list(check_body(checker, client, server.base + "/oparl/body/1"))
    assert len(results) == len(server.fixture.papers) == 10
    assert server.fixture.hits["/oparl/body/1/papers"] == 3  # pages of 4: links.next followed twice
    compared = 0
    for result in results:
        ref = result.path.rsplit("/", 1)[-1]
        direct = checker.check_file(CORPUS / "papers" / f"{ref}.json")[0]
        if result.paper.date != direct.paper.date:
            continue  # the server's meeting gives the decision date; the archive has only the paper's
        compared += 1
        assert _verdicts(result) == _verdicts(direct), ref
        assert [r.item.body.name if r.item.body else None for r in result.items] == \
               [r.item.body.name if r.item.body else None for r in direct.items]
    assert compared >= 7
    # Organizations and meetings were fetched once each per run, not once per paper.
    assert max(n for path, n in server.fixture.hits.items() if "/organizations/" in path) == 1


@pytest.mark.skipif(not corpus_available(), reason="the corpus in ../shared/corpus is absent")
def test_a_linked_meeting_gives_the_decision_date(server):
    with _client() as client:
        fetched = PaperFetcher(client).fetch(server.base + "/oparl/paper/2013-0045")
    meeting = fetched.record["consultation"][0]["meeting"]
    assert meeting["start"].startswith("2013-09-05")
    assert fetched.record["consultation"][0]["organization"][0]["name"] == "Gemeinderat"
    assert fetched.record["body"]["ags"] == "08212000"
    assert fetched.text and "Beschluss" in fetched.text


@pytest.mark.skipif(not corpus_available(), reason="the corpus in ../shared/corpus is absent")
def test_since_and_organization_select_papers(server, checker):
    with _client() as client:
        fetcher = PaperFetcher(client)
        since = [p["reference"] for p in fetcher.body_papers(server.base + "/oparl/body/1", since=dt.date(2014, 1, 1))]
        assert since == ["2014/0007"]
        nobody = list(fetcher.body_papers(server.base + "/oparl/body/1", organization="Ortschaftsrat Nirgendwo"))
        assert nobody == []
        council = list(fetcher.body_papers(server.base + "/oparl/body/1", organization="gemeinderat"))
        assert council


def test_a_slow_endpoint_times_out_with_a_clear_error(server):
    with _client(timeout=0.3, retries=1) as client, pytest.raises(FetchError, match="did not answer in time"):
        client.get_json(server.base + "/oparl/slow")


def test_a_failing_endpoint_is_retried_then_reported(server):
    before = server.fixture.hits["/oparl/fail"]
    with _client(retries=2) as client, pytest.raises(FetchError, match="HTTP 500") as caught:
        client.get_json(server.base + "/oparl/fail")
    assert caught.value.status == 500
    assert server.fixture.hits["/oparl/fail"] - before == 3  # one try and two retries


def test_a_503_with_retry_after_is_retried(server, checker):
    with _client(retries=2) as client:
        (result,) = check_url(checker, client, server.base + "/oparl/flaky", SEPTEMBER)
    assert result.errors == () and len(result.items) == 2


def test_an_unreachable_paper_is_an_unreadable_result_not_a_crash(server, checker):
    with _client(retries=0) as client:
        (result,) = check_url(checker, client, server.base + "/oparl/fail", SEPTEMBER)
    assert result.paper is None and "HTTP 500" in result.errors[0].en
    with _client(retries=0) as client:
        (result,) = check_url(checker, client, server.base + "/oparl/not-json", SEPTEMBER)
    assert "not JSON" in result.errors[0].en


def test_the_cache_revalidates_with_the_etag(server, tmp_path):
    url = server.base + "/oparl/hs/paper/1"
    with _client(cache_dir=tmp_path) as client:
        first = client.get(url)
        second = client.get(url)
    assert not first.from_cache and second.from_cache
    assert second.content == first.content
    assert any(tmp_path.iterdir())


def test_loopback_is_refused_unless_named_in_the_allow_list(server):
    with OParlClient(HostPolicy(), min_interval=0) as client, pytest.raises(FetchError, match="loopback or private") as caught:
        client.get_json(server.base + "/oparl/system")
    assert caught.value.refused
    with OParlClient(HostPolicy(allowed=["oparl.example.org"]), min_interval=0) as client, \
            pytest.raises(FetchError, match="not in the allow-list"):
        client.get_json(server.base + "/oparl/system")


def test_a_redirect_to_a_host_outside_the_allow_list_is_refused(server):
    with _client() as client, pytest.raises(FetchError, match="not in the allow-list"):
        client.get_json(server.base + "/oparl/redirect-out")


def test_private_addresses_of_public_names_are_refused():
    policy = HostPolicy(resolve=lambda host: ["10.0.0.7"])
    with pytest.raises(FetchError, match="private"):
        policy.check("https://ratsinfo.example.org/oparl/system")
    HostPolicy(resolve=lambda host: ["93.184.215.14"]).check("https://ratsinfo.example.org/oparl/system")
    with pytest.raises(FetchError, match="http"):
        HostPolicy().check("file:///etc/passwd")


def test_check_accepts_a_paper_url(server, capsys, monkeypatch):
    monkeypatch.setenv("BESCHLUSS_RULES_OPARL_HOSTS", "127.0.0.1")
    code = main(["check", "--format", "json", "--date", "2021-09-01", server.base + "/oparl/hs/paper/1"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    (paper,) = report["papers"]
    assert paper["path"] == server.base + "/oparl/hs/paper/1"
    assert [i["verdict"] for i in paper["items"]] == ["conditional", "competent"]


def test_check_refuses_a_loopback_url_without_configuration(server, capsys, monkeypatch):
    monkeypatch.delenv("BESCHLUSS_RULES_OPARL_HOSTS", raising=False)
    code = main(["check", "--date", "2021-09-01", server.base + "/oparl/hs/paper/1"])
    assert code == 2
    assert "lokale oder private Adresse" in capsys.readouterr().err


@pytest.mark.skipif(not corpus_available(), reason="the corpus in ../shared/corpus is absent")
def test_the_oparl_command_checks_a_body(server, capsys, tmp_path):
    code = main(["oparl", server.base + "/oparl/body/1", "--allow-host", "127.0.0.1", "--format", "json",
                 "--cache", str(tmp_path), "--limit", "5", "--exit-zero"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert len(report["papers"]) == 5
    assert all(p["path"].startswith(server.base + "/oparl/paper/") for p in report["papers"])
    assert report["papers"][0]["municipality"] == "Stadt Karlsruhe"
