"""The HTTP API of ``beschluss-rules serve`` (in process, through the ASGI interface): the same
report as the command line, problems as application/problem+json, the limits, the OParl routes
against the local OParl server, and the Checker pool under many threads."""

from __future__ import annotations

import json
import logging
import threading
import time
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("multipart")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note on httpx versions
    from fastapi.testclient import TestClient

from beschluss_rules.cli.app import main
from beschluss_rules.serve.app import create_app
from beschluss_rules.serve.settings import ServeSettings

from ..oparl.server import LocalOParlServer, corpus_available

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "heinsberg-beitritt-netzwerk-innenstadt.txt"
DELEGATION = ROOT / "examples" / "heinsberg-profil-mit-delegation.yaml"


@pytest.fixture(scope="module")
def oparl():
    with LocalOParlServer() as running:
        yield running


@pytest.fixture(scope="module")
def client(oparl):
    app = create_app(ServeSettings(workers=2, oparl_hosts=("127.0.0.1",), max_request_bytes=64 * 1024,
                                   oparl_min_interval=0, oparl_retries=0))
    with TestClient(app) as test_client:
        yield test_client


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def _swapped() -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    return (text.replace("Haupt- und Finanzausschuss:\n", "@@:\n").replace("Rat:\n", "Haupt- und Finanzausschuss:\n")
            .replace("@@:\n", "Rat:\n"))


def test_an_upload_gives_the_bytes_the_command_line_writes(client, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "heinsberg.txt").write_bytes(EXAMPLE.read_bytes())
    assert main(["check", "--format", "json", "--date", "2021-09-01", "heinsberg.txt"]) == 0
    cli = capsys.readouterr().out
    with EXAMPLE.open("rb") as handle:
        response = client.post("/v1/check", files={"file": ("heinsberg.txt", handle, "text/plain")},
                               data={"date": "2021-09-01"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.text == cli


def test_json_text_and_multipart_give_the_same_verdicts(client):
    response = client.post("/v1/check", json={"text": EXAMPLE.read_text(encoding="utf-8"), "date": "2021-09-01"})
    (paper,) = response.json()["papers"]
    assert paper["path"] == "vorlage.txt"
    assert [i["verdict"] for i in paper["items"]] == ["conditional", "competent"]
    second = paper["items"][1]
    assert second["deciding_rule"] == "nw.go.113-2-vertreter"
    assert any(ref["citation"].startswith("§ 113 Abs. 2") for ref in second["findings"][0]["references"])


def test_the_swapped_paper_is_not_competent(client):
    response = client.post("/v1/check", json={"text": _swapped(), "date": "2021-09-01", "name": "vertauscht.txt"})
    items = response.json()["papers"][0]["items"]
    assert [i["verdict"] for i in items] == ["competent", "not-competent"]


def test_a_missing_date_is_not_guessed(client):
    response = client.post("/v1/check", json={"text": EXAMPLE.read_text(encoding="utf-8")})
    paper = response.json()["papers"][0]
    assert paper["date"] is None
    assert {i["verdict"] for i in paper["items"]} == {"unknown"}


def test_an_inline_profile_with_a_delegation_makes_the_accession_competent(client):
    response = client.post("/v1/check", json={"text": EXAMPLE.read_text(encoding="utf-8"), "date": "2021-09-01",
                                              "profile": DELEGATION.read_text(encoding="utf-8")})
    assert response.status_code == 200, response.text
    assert response.json()["papers"][0]["items"][0]["verdict"] == "competent"
    bad = client.post("/v1/check", json={"text": "x", "profile": "id: [unclosed"})
    detail = _problem(bad, 422)["detail"]
    assert "beschluss-profile-" not in detail and "/tmp" not in detail


def test_sarif_and_line_formats(client):
    body = {"text": _swapped(), "date": "2021-09-01", "name": "vertauscht.txt"}
    sarif = client.post("/v1/check?format=sarif", json=body)
    assert sarif.headers["content-type"] == "application/sarif+json"
    assert sarif.json()["version"] == "2.1.0"
    line = client.post("/v1/check?format=line", json=body)
    assert "vertauscht.txt:" in line.text and "error" in line.text
    _problem(client.post("/v1/check?format=pdf", json=body), 422)
    from beschluss_rules.report.registry import FORMAT_NAMES

    for name in FORMAT_NAMES:  # every format of the CLI, each with a declared media type
        answer = client.post(f"/v1/check?format={name}", json=body)
        assert answer.status_code == 200 and answer.text, name


def test_explain_names_the_chain_and_what_would_change(client):
    response = client.post("/v1/explain?lang=de", json={"text": EXAMPLE.read_text(encoding="utf-8"), "date": "2021-09-01"})
    body = response.json()
    assert body["schema"] == "beschluss-rules/explain/v1"
    first, second = body["papers"][0]["items"]
    roles = {e["rule"]: e["role"] for e in first["chain"]}
    assert roles["nw.go.41-2-uebertragung"] == "decides"
    assert roles["nw.go.41-1-1-allzustaendigkeit"] == "overridden"
    assert roles["nw.go.41-1-2-t-beitritt-neue-aufgabe"] == "caution"
    assert any(line.startswith("zuständig, wenn der Rat") and "§ 41 Abs. 2 GO NRW" in line for line in first["would_change"])
    decides = next(e for e in second["chain"] if e["role"] == "decides")
    assert decides["references"][0]["text"]  # the quoted wording travels with the rule
    swapped = client.post("/v1/explain?lang=en", json={"text": _swapped(), "date": "2021-09-01"}).json()
    assert "Competent would be: council." in swapped["papers"][0]["items"][1]["would_change"]


def test_a_binary_upload_is_a_clear_problem(client):
    response = client.post("/v1/check", files={"file": ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")})
    assert "PNG" in _problem(response, 422)["detail"]
    response = client.post("/v1/check?lang=en", files={"file": ("data.bin", bytes(range(256)) * 4)})
    detail = _problem(response, 422)["detail"]
    assert detail.startswith("data.bin: binary content")


def test_no_file_path_is_taken_from_the_client(client):
    with EXAMPLE.open("rb") as handle:
        response = client.post("/v1/check", files={"file": ("../../etc/passwd.txt", handle)}, data={"date": "2021-09-01"})
    assert response.json()["papers"][0]["path"] == "passwd.txt"
    unknown = client.post("/v1/check", json={"text": "x", "extra": "/etc/passwd"})
    _problem(unknown, 422)


def test_limits_and_bad_requests_are_problems(client):
    _problem(client.post("/v1/check", content=b"x" * (65 * 1024), headers={"content-type": "application/json"}), 413)
    _problem(client.post("/v1/check", content=b"text", headers={"content-type": "text/plain"}), 415)
    _problem(client.post("/v1/check", content=b"{", headers={"content-type": "application/json"}), 422)
    _problem(client.post("/v1/check", json={"text": "x", "land": "xx"}), 422)
    _problem(client.post("/v1/check", json={"text": "x", "date": 0}), 422)
    _problem(client.post("/v1/check", json={"text": "x", "municipality": "Atlantis"}), 400)
    _problem(client.get("/v1/nothing"), 404)
    _problem(client.get("/static/../../pyproject.toml"), 404)


def test_rules_laender_and_municipalities(client):
    rules = client.get("/v1/rules?land=nw").json()
    assert rules and all(r["land"] == "nw" for r in rules)
    rule = client.get("/v1/rules/nw.go.113-2-vertreter").json()
    assert rule["valid"]["from"] and rule["references"][0]["text"]
    _problem(client.get("/v1/rules/nw.go.nothing"), 404)
    laender = {land["code"]: land for land in client.get("/v1/laender").json()}
    assert laender["nw"]["rules"] > 0
    found = client.get("/v1/municipalities?q=05370016").json()
    assert [(m["name"], m["profile"]) for m in found] == [("Stadt Heinsberg", True)]
    directory = client.get("/v1/municipalities?q=Erkelenz").json()
    assert any(m["ags"].startswith("05370") and m["land"] == "nw" and m["profile"] is False for m in directory)
    by_ags = client.get("/v1/municipalities?q=0537").json()
    assert by_ags and all(m["ags"].startswith("0537") for m in by_ags if not m["profile"])


def test_the_page_and_its_assets_come_from_the_application(client):
    page = client.get("/")
    assert page.status_code == 200 and 'lang="de"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert 'lang="en"' in client.get("/?lang=en").text
    for asset in ("app.js", "app.css", "favicon.svg"):
        assert client.get(f"/static/{asset}").status_code == 200
    # No CDN, no external fonts: the page and its script and style name no other host.
    for text in (page.text, client.get("/static/app.js").text, client.get("/static/app.css").text):
        assert "://" not in text


def test_an_access_log_line_per_request(client, caplog):
    with caplog.at_level(logging.INFO, logger="beschluss_rules.serve.access"):
        client.get("/v1/laender")
    (line,) = [r.getMessage() for r in caplog.records if r.name == "beschluss_rules.serve.access"]
    assert '"GET /v1/laender" 200' in line and line.endswith("ms")


def test_an_oparl_paper_url_is_checked(client, oparl):
    response = client.post("/v1/oparl/check", json={"url": oparl.base + "/oparl/hs/paper/1", "date": "2021-09-01"})
    assert response.status_code == 200, response.text
    (paper,) = response.json()["papers"]
    assert paper["path"] == oparl.base + "/oparl/hs/paper/1"
    assert [i["verdict"] for i in paper["items"]] == ["conditional", "competent"]


def test_oparl_fetching_refuses_hosts_outside_the_allow_list(client, oparl):
    _problem(client.post("/v1/oparl/check", json={"url": "http://localhost:9/oparl/paper/1"}), 403)
    _problem(client.post("/v1/oparl/check", json={"url": "http://10.1.2.3/oparl/paper/1"}), 403)
    _problem(client.post("/v1/oparl/check", json={"url": oparl.base + "/oparl/fail"}), 502)
    _problem(client.post("/v1/oparl/check", json={"url": oparl.base + "/oparl/system"}), 422)


def test_without_configured_hosts_the_server_fetches_nothing():
    app = create_app(ServeSettings(workers=1))
    with TestClient(app) as test_client:
        _problem(test_client.post("/v1/oparl/check", json={"url": "https://example.org/oparl/paper/1"}), 403)


@pytest.mark.skipif(not corpus_available(), reason="the corpus in ../shared/corpus is absent")
def test_a_body_url_starts_a_job_with_paged_results_and_a_stream(client, oparl):
    response = client.post("/v1/oparl/check", json={"url": oparl.base + "/oparl/body/1"})
    assert response.status_code == 202, response.text
    job = response.json()
    deadline = time.monotonic() + 120
    while True:
        status = client.get(f"/v1/jobs/{job['id']}?limit=3").json()
        if status["status"] != "running" or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert status["status"] == "done" and status["papers_done"] == 10
    assert len(status["results"]) == 3
    assert status["results"][0]["path"].startswith(oparl.base + "/oparl/paper/")
    lines = [json.loads(line) for line in client.get(job["stream"]).text.splitlines()]
    assert len(lines) == 11 and lines[-1] == {"status": "done", "papers_done": 10, "error": None}
    _problem(client.get("/v1/jobs/nothing"), 404)


def test_many_threads_share_the_pool_without_disagreement(client):
    text = EXAMPLE.read_text(encoding="utf-8")
    swapped = _swapped()
    failures: list[str] = []

    def work(n: int) -> None:
        for i in range(6):
            paper = swapped if (n + i) % 2 else text
            expected = ["competent", "not-competent"] if (n + i) % 2 else ["conditional", "competent"]
            items = client.post("/v1/check", json={"text": paper, "date": "2021-09-01"}).json()["papers"][0]["items"]
            got = [item["verdict"] for item in items]
            if got != expected or any(f["rule"].startswith("internal") for item in items for f in item["findings"]):
                failures.append(f"{n}/{i}: {got}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_an_oparl_paper_record_can_be_uploaded(client):
    record = {"id": "https://ratsinfo.example.org/oparl/paper/1", "type": "https://schema.oparl.org/1.1/Paper",
              "name": 'Beitritt der Stadt Heinsberg zum "Netzwerk Innenstadt NRW"',
              "body": {"id": "https://ratsinfo.example.org/oparl/body/1", "type": "https://schema.oparl.org/1.1/Body",
                       "name": "Stadt Heinsberg", "ags": "05370016"},
              "mainFile": {"id": "https://ratsinfo.example.org/oparl/file/1", "type": "https://schema.oparl.org/1.1/File",
                           "name": "Vorlage", "text": EXAMPLE.read_text(encoding="utf-8")}}
    response = client.post("/v1/check", files={"file": ("paper.json", json.dumps(record).encode("utf-8"))},
                           data={"date": "2021-09-01"})
    assert response.status_code == 200, response.text
    (paper,) = response.json()["papers"]
    assert paper["path"] == "paper.json" and paper["municipality"] == "Stadt Heinsberg"
    assert [i["verdict"] for i in paper["items"]] == ["conditional", "competent"]


def test_checker_check_bytes_reads_like_check_file(tmp_path):
    import datetime as dt

    from beschluss_rules import Checker, CheckOptions

    checker = Checker()
    options = CheckOptions(date=dt.date(2021, 6, 1))
    (from_bytes,) = checker.check_bytes(EXAMPLE.read_bytes(), "heinsberg.txt", options)
    (from_file,) = checker.check_file(EXAMPLE, options)
    assert from_bytes.path == "heinsberg.txt"
    assert [(i.verdict, i.deciding, i.findings) for i in from_bytes.items] == \
           [(i.verdict, i.deciding, i.findings) for i in from_file.items]
    (empty,) = checker.check_bytes(b"  \n", "leer.txt", options)
    assert empty.paper is None and "empty" in empty.errors[0].en
