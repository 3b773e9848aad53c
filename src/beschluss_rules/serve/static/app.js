// beschluss-rules web page: sends the paper to POST /v1/explain and shows the result.
// No framework, no external assets. Every text the page writes comes from T (German first).
"use strict";

const T = {
  de: {
    title: "Zuständigkeitsprüfung für Beschlussvorlagen",
    intro: "Ist das Gremium, das die Vorlage nennt, für jeden Beschlusspunkt zuständig? Vorlage hochladen oder Text einfügen; das Ergebnis nennt und zitiert die Norm.",
    paper: "Vorlage", file: "Datei (Text, Markdown, DOCX, PDF, OParl-JSON)", text: "oder Text einfügen",
    facts: "Angaben (aus der Vorlage vorbelegt, änderbar)", land: "Land", municipality: "Gemeinde",
    date: "Sitzungsdatum", "from-paper": "aus der Vorlage", check: "Prüfen", busy: "Wird geprüft …",
    memo: "Aktenvermerk: Prüfung der Zuständigkeit", "checked-on": "Geprüft am", with: "mit",
    "rule-base": "Regelstand", "download-json": "JSON herunterladen", "download-sarif": "SARIF herunterladen",
    print: "Drucken / Aktenvermerk",
    footer: "Rechtliche Prüfung durch Menschen bleibt nötig: Das Ergebnis stützt sich auf die hinterlegten Normen und das örtliche Gemeindeprofil.",
    "no-input": "Bitte eine Datei wählen oder den Text der Vorlage einfügen.",
    "date-missing": "Die Vorlage nennt kein Sitzungsdatum. Bitte das Datum eingeben und erneut prüfen – das Datum wählt die geltende Rechtslage und wird nicht geraten.",
    item: "Beschlusspunkt", body: "Gremium", matters: "Angelegenheit", reason: "Begründung",
    chain: "Begründungskette (welche Regeln passten, welche entschieden)", role: "Rolle", rule: "Regel",
    kind: "Art", norms: "Normen", change: "Was würde das Ergebnis ändern?", none: "—",
    "paper-title": "Titel", "paper-land": "Land", "paper-municipality": "Gemeinde", "paper-date": "Datum",
    notes: "Hinweise zum Lesen der Vorlage", errors: "Probleme",
    "no-items": "Keine Beschlusspunkte gefunden.", source: "Quelle", "unknown-body": "nicht erkannt",
    recommendation: "Empfehlung", checked: "geprüft",
    level: { info: "Grund", warning: "Warnung", error: "Fehler" },
    verdict: { "competent": "zuständig", "conditional": "bedingt zuständig", "not-competent": "nicht zuständig", "unknown": "unbekannt" },
    roles: { "decides": "entscheidet", "overridden": "verdrängt", "caution": "Hinweis", "not-deciding": "nachrangig" },
    "request-failed": "Die Prüfung ist fehlgeschlagen",
    unreadable: "Diese Datei lässt sich nicht als Vorlage lesen",
  },
  en: {
    title: "Decision competence check for council papers",
    intro: "Is the body the paper names competent for each proposed decision? Upload the paper or paste its text; the result names and quotes the norm.",
    paper: "Paper", file: "File (text, Markdown, DOCX, PDF, OParl JSON)", text: "or paste the text",
    facts: "Facts (pre-filled from the paper, changeable)", land: "Land", municipality: "Municipality",
    date: "Session date", "from-paper": "from the paper", check: "Check", busy: "Checking …",
    memo: "File note: check of decision competence", "checked-on": "Checked on", with: "with",
    "rule-base": "rule base", "download-json": "Download JSON", "download-sarif": "Download SARIF",
    print: "Print / file note",
    footer: "Legal review by people remains necessary: the result rests on the encoded norms and the local municipality profile.",
    "no-input": "Please choose a file or paste the paper's text.",
    "date-missing": "The paper states no session date. Please enter the date and check again – the date selects the law in force and is never guessed.",
    item: "Decision item", body: "Body", matters: "Matter", reason: "Reasons",
    chain: "Chain of reasoning (which rules matched, which decided)", role: "Role", rule: "Rule",
    kind: "Kind", norms: "Norms", change: "What would change the verdict?", none: "—",
    "paper-title": "Title", "paper-land": "Land", "paper-municipality": "Municipality", "paper-date": "Date",
    notes: "Notes on reading the paper", errors: "Problems",
    "no-items": "No decision items found.", source: "Source", "unknown-body": "not recognised",
    recommendation: "recommendation", checked: "checked",
    level: { info: "Reason", warning: "Warning", error: "Error" },
    verdict: { "competent": "competent", "conditional": "conditional", "not-competent": "not competent", "unknown": "unknown" },
    roles: { "decides": "decides", "overridden": "overridden", "caution": "caution", "not-deciding": "not deciding" },
    "request-failed": "The check failed",
    unreadable: "This file cannot be read as a council paper",
  },
};
const SYMBOL = { "competent": "✓", "conditional": "◐", "not-competent": "✗", "unknown": "?" };
const LANDS = {};     // code -> name, from GET /v1/laender

let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "de";
let last = null;      // {form: FormData, explain: object}

const $ = (id) => document.getElementById(id);
function t(key) { return T[lang][key] ?? T.de[key] ?? key; }
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = t("title") + " – beschluss-rules";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const button of document.querySelectorAll("nav.lang button")) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  if (last) send(last.form);  // messages come from the server in the chosen language
}

async function loadChoices() {
  try {
    const response = await fetch("/v1/laender");
    if (response.ok) {
      for (const land of await response.json()) {
        LANDS[land.code] = land.name;
        if (land.rules > 0) $("land").append(el("option", { value: land.code }, `${land.name} (${land.code})`));
      }
    }
  } catch (e) { /* the paper may still name its Land */ }
  try {
    const response = await fetch("/v1/municipalities");
    if (!response.ok) return;
    const list = $("municipality-list");
    for (const m of await response.json()) list.append(el("option", { value: m.name }, `${m.name} (${m.ags})`));
  } catch (e) { /* the list only helps typing */ }
}

function formData() {
  const data = new FormData();
  const file = $("file").files[0];
  const text = $("text").value;
  if (file) data.append("file", file, file.name);
  else if (text.trim()) data.append("text", text);
  else return null;
  for (const key of ["land", "municipality", "date"]) {
    const value = $(key).value.trim();
    if (value) data.append(key, value);
  }
  return data;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
}

async function problemText(response) {
  try {
    const body = await response.json();
    return body.detail || body.title || response.statusText;
  } catch (e) { return response.statusText || String(response.status); }
}

async function submit(event) {
  event.preventDefault();
  $("error").hidden = true;
  const data = formData();
  if (!data) { showError(t("no-input")); return; }
  await send(data);
}

async function send(data) {
  $("error").hidden = true;
  $("busy").hidden = false;
  $("submit").disabled = true;
  try {
    const response = await fetch(`/v1/explain?lang=${lang}`, { method: "POST", body: data });
    if (!response.ok) {
      $("result").hidden = true;
      const prefix = response.status === 422 || response.status === 413 ? t("unreadable") : `${t("request-failed")} (${response.status})`;
      showError(`${prefix}: ${await problemText(response)}`);
      return;
    }
    const explain = await response.json();
    last = { form: data, explain };
    prefill(explain.report);
    render(explain);
  } catch (e) {
    showError(`${t("request-failed")}: ${e}`);
  } finally {
    $("busy").hidden = true;
    $("submit").disabled = false;
  }
}

function prefill(report) {
  const paper = report.papers[0];
  if (!paper) return;
  if (!$("land").value && paper.land) $("land").value = paper.land;
  if (!$("municipality").value && paper.ags && paper.municipality) $("municipality").value = paper.municipality;
  if (!$("date").value && paper.date) $("date").value = paper.date;
}

function norms(references) {
  return references.map((ref) => el("div", { class: "norm" },
    el("div", { class: "cite" }, ref.url ? el("a", { href: ref.url, rel: "noopener noreferrer" }, ref.citation) : ref.citation),
    ref.text ? el("blockquote", { lang: "de" }, `„${ref.text}“`) : null,
    ref.note ? el("div", { class: "note" }, ref.note) : null));
}

function matterNames(item, extra) {
  const names = extra && extra.matters ? extra.matters : item.matters;
  return names.length ? names.join(", ") : t("none");
}

function renderItem(item, extra) {
  const verdict = item.verdict;
  let body = item.body ? item.body.name : t("unknown-body");
  if (item.recommended_by) {
    // "Der Ortschaftsrat Durlach empfiehlt dem Gemeinderat ...": the recommender, and the body checked.
    body = `${t("recommendation")}: ${item.recommended_by.name}; ${t("checked")}: ${body}`;
  }
  const node = el("article", { class: "item", "data-verdict": verdict, "data-index": item.index },
    el("h3", {}, `${t("item")} ${item.index}: ${body}`),
    el("p", {}, el("span", { class: "verdict", role: "status" },
      el("span", { "aria-hidden": "true" }, SYMBOL[verdict] + " "), T[lang].verdict[verdict] || verdict,
      el("span", { class: "code" }, `(${verdict})`))),
    el("p", { class: "text", lang: "de" }, `„${item.text}“`),
    el("p", { class: "facts" }, `${t("matters")}: ${matterNames(item, extra)}`));
  const reasons = el("div", { class: "findings" }, el("h4", {}, t("reason")));
  for (const finding of item.findings) {
    reasons.append(el("div", { class: "finding", "data-rule": finding.rule },
      el("span", { class: "level" }, `${T[lang].level[finding.level] || finding.level}: `),
      el("span", {}, finding.message), el("code", { class: "rule-id" }, ` [${finding.rule}]`),
      norms(finding.references)));
  }
  node.append(reasons);
  if (extra && extra.would_change.length) {
    node.append(el("div", { class: "change" }, el("h4", {}, t("change")),
      el("ul", {}, extra.would_change.map((line) => el("li", {}, line)))));
  }
  if (extra && extra.chain.length) {
    const rows = extra.chain.map((entry) => el("tr", { "data-role": entry.role },
      el("td", {}, T[lang].roles[entry.role] || entry.role),
      el("td", {}, el("code", {}, entry.rule), entry.title ? el("div", {}, entry.title) : null),
      el("td", {}, entry.kind_label || entry.kind || ""),
      el("td", {}, (entry.references || []).map((ref) => el("div", {}, ref.citation)))));
    node.append(el("details", {}, el("summary", {}, t("chain")),
      el("table", { class: "chain" }, el("thead", {}, el("tr", {},
        el("th", {}, t("role")), el("th", {}, t("rule")), el("th", {}, t("kind")), el("th", {}, t("norms")))),
        el("tbody", {}, rows))));
  }
  return node;
}

function render(explain) {
  const report = explain.report;
  const container = $("papers");
  container.replaceChildren();
  $("tool-version").textContent = report.tool.version;
  $("rule-base").textContent = report.rule_base || "";
  $("checked-on").textContent = new Date().toLocaleDateString(lang === "en" ? "en-GB" : "de-DE");
  report.papers.forEach((paper, p) => {
    const section = el("section", { class: "paper" },
      el("h2", {}, paper.title || paper.path),
      el("dl", { class: "paper-facts" },
        el("dt", {}, t("paper-title")), el("dd", {}, paper.path),
        el("dt", {}, t("paper-land")), el("dd", {}, paper.land ? `${LANDS[paper.land] || paper.land} (${paper.land})` : t("none")),
        el("dt", {}, t("paper-municipality")), el("dd", {}, paper.municipality || t("none")),
        el("dt", {}, t("paper-date")), el("dd", {}, paper.date || t("none"))));
    if (!paper.date && paper.items.length) {
      section.append(el("div", { class: "notice", id: "date-missing", role: "alert" }, t("date-missing")));
    }
    for (const error of paper.errors) section.append(el("div", { class: "notice" }, error));
    const extra = explain.papers[p] ? explain.papers[p].items : [];
    if (!paper.items.length && !paper.errors.length) section.append(el("p", {}, t("no-items")));
    paper.items.forEach((item, i) => section.append(renderItem(item, extra[i])));
    if (paper.notes.length) {
      section.append(el("details", { class: "notes" }, el("summary", {}, t("notes")),
        el("ul", {}, paper.notes.map((note) => el("li", {}, note)))));
    }
    container.append(section);
  });
  $("result").hidden = false;
  if (!report.papers.some((paper) => paper.date) && report.papers.some((paper) => paper.items.length)) $("date").focus();
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function baseName() {
  const path = last && last.explain.report.papers[0] ? last.explain.report.papers[0].path : "vorlage";
  return path.replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N}_.-]+/gu, "-") || "vorlage";
}

async function downloadAs(format) {
  if (!last) return;
  const response = await fetch(`/v1/check?format=${format}&lang=${lang}`, { method: "POST", body: last.form });
  if (!response.ok) { showError(`${t("request-failed")}: ${await problemText(response)}`); return; }
  const ext = format === "sarif" ? "sarif" : "json";
  download(`${baseName()}.${ext}`, response.headers.get("content-type") || "application/json", await response.text());
}

window.addEventListener("beforeprint", () => {
  for (const details of document.querySelectorAll("#result details")) details.open = true;
});

document.addEventListener("DOMContentLoaded", () => {
  $("check-form").addEventListener("submit", submit);
  for (const button of document.querySelectorAll("nav.lang button")) {
    button.addEventListener("click", () => {
      lang = button.dataset.lang;
      const url = new URL(location.href);
      if (lang === "en") url.searchParams.set("lang", "en"); else url.searchParams.delete("lang");
      history.replaceState(null, "", url);
      applyLanguage();
    });
  }
  $("download-json").addEventListener("click", () => downloadAs("json"));
  $("download-sarif").addEventListener("click", () => downloadAs("sarif"));
  $("print").addEventListener("click", () => window.print());
  loadChoices();
  applyLanguage();
});
