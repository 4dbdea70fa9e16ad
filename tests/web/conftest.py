"""Fixtures for the web front end: a fresh database per test, filled through the schema with a realistic incident."""

from __future__ import annotations

import contextlib
import json

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from aggregator.store import connect, now
from web import create_app
from web.users import create_user

PASSWORD = "correct horse battery"


class Factory:
    """Inserts sources, articles, clusters and claims the way the crawler and pipeline would store them."""

    def __init__(self, path: Path) -> None:
        self.db = connect(path)

    def source(self, name: str, *, official: bool = False, kind: str = "feed") -> int:
        with self.db.transaction():
            return self.db.execute("INSERT INTO sources (name, url, kind, official) VALUES (?, ?, ?, ?) RETURNING id",
                                   [name, f"https://{re.sub(r'[^a-z]', '', name.lower())}.example/feed",
                                    kind, int(official)]).fetchone()[0]

    def article(self, source_id: int, title: str, sentences: list[str], *, published: str, language: str = "fr",
                in_incident: bool = True, url: str | None = None) -> tuple[int, list[tuple[int, int]]]:
        """Store an article whose text is the sentences joined; returns its id and each sentence's span."""
        spans, pos = [], 0
        for sentence in sentences:
            spans.append((pos, pos + len(sentence)))
            pos += len(sentence) + 1
        text = " ".join(sentences)
        stamp = now()
        with self.db.transaction():
            article_id = self.db.execute(
                "INSERT INTO articles (url, source_id, title, published, language, text, text_hash, fingerprint, "
                "first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'h', '0', ?, ?) RETURNING id",
                [url or f"https://news.example/{source_id}/{abs(hash(title))}", source_id, title, published,
                 language, text, published, stamp]).fetchone()[0]
            self.db.execute("INSERT INTO article_scope (article_id, article_version, extractor_version, in_incident, "
                            "relevance, reason, language, processed_at) VALUES (?, 1, 'test', ?, ?, 'test', ?, ?)",
                            [article_id, int(in_incident), 0.9 if in_incident else 0.1, language, stamp])
        return article_id, spans

    def cluster(self, slot: str | None, value: str | None, polarity: str, label: str, *, verdict: str,
                first_confirmed: str | None = None, note: str | None = None) -> int:
        key = f"{slot}|{value}|{polarity}" if slot else f"text:{label[:20]}"
        with self.db.transaction():
            return self.db.execute(
                "INSERT INTO clusters (key, slot, value, polarity, label, first_confirmed, computed_verdict, verdict, "
                "verdict_note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [key, slot, value, polarity, label, first_confirmed, verdict, verdict, note or f"{verdict}: test",
                 now()]).fetchone()[0]

    def claim(self, article: tuple[int, list[tuple[int, int]]], sentence: int, cluster_id: int | None, *,
              slot: str | None, value: str | None, polarity: str = "asserted", hedged: bool = False) -> int:
        article_id, spans = article
        start, end = spans[sentence]
        text = self.db.execute("SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
                               [start + 1, end - start, article_id]).fetchone()[0]
        with self.db.transaction():
            claim_id = self.db.execute(
                "INSERT INTO claims (key, article_id, slot, value, polarity, hedged, text, start, \"end\", "
                "extractor_version, cluster_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?) "
                "RETURNING id",
                [f"{article_id}:{start}:{end}:{slot}:{value}:{polarity}", article_id, slot, value, polarity,
                 int(hedged), text, start, end, cluster_id, now()]).fetchone()[0]
        return claim_id

    def recount(self) -> None:
        """What the pipeline maintains: counts and first sightings per cluster."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE clusters SET claim_count = (SELECT count(*) FROM claims c WHERE c.cluster_id = clusters.id), "
                "source_count = (SELECT count(DISTINCT a.source_id) FROM claims c JOIN articles a "
                "ON a.id = c.article_id WHERE c.cluster_id = clusters.id), first_seen = (SELECT "
                "min(a.published) FROM claims c JOIN articles a ON a.id = c.article_id "
                "WHERE c.cluster_id = clusters.id), dirty = 0")
            official = self.db.execute(
                "SELECT k.id, c.id FROM clusters k JOIN claims c ON (k.verdict = 'confirmed' AND c.cluster_id = k.id) "
                "OR (k.verdict = 'contradicted' AND c.slot = k.slot AND c.cluster_id != k.id) "
                "JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id "
                "WHERE s.official = 1 ORDER BY c.id").fetchall()
            ids = {r[0]: [] for r in self.db.execute("SELECT id FROM clusters")}
            for cluster_id, claim_id in official:
                ids[cluster_id].append(claim_id)
            self.db.executemany("UPDATE clusters SET official_claim_ids = ? WHERE id = ?",
                                [(json.dumps(v), k) for k, v in ids.items()])

    def crawl_run(self, status: str = "ok", errors: tuple[str, ...] = ()) -> int:
        with self.db.transaction():
            run_id = self.db.execute("INSERT INTO crawl_runs (kind, started_at, ended_at, status, counts, "
                                     "error_count) VALUES ('crawl', ?, ?, ?, '{\"pages_fetched\": 7}', ?) RETURNING id",
                                     [now(), now(), status, len(errors)]).fetchone()[0]
            for message in errors:
                self.db.execute("INSERT INTO run_errors (run_id, kind, message, at) VALUES (?, 'Timeout', ?, ?)",
                                [run_id, message, now()])
        return run_id


@dataclass
class Incident:
    """Ids of the rows the realistic incident made, by name."""

    sources: dict[str, int] = field(default_factory=dict)
    articles: dict[str, int] = field(default_factory=dict)
    clusters: dict[str, int] = field(default_factory=dict)
    claims: dict[str, int] = field(default_factory=dict)


def build_incident(f: Factory) -> Incident:
    """Two official communiqués, three outlets, one off-topic article: every verdict and a hedge."""
    ids = Incident()
    s = ids.sources
    s["ars"] = f.source("ARS Normandie", official=True)
    s["grades"] = f.source("GRADeS Pays de la Loire", official=True)
    s["vigie"] = f.source("La Vigie du Nord")
    s["matin"] = f.source("France Matin")
    s["channel"] = f.source("The Channel Post")
    ars = f.article(s["ars"], "Incident de cybersécurité : point de situation", [
        "L'ARS Normandie informe d'un incident de cybersécurité touchant les services e-santé du GRADeS.",
        "Les données d'identité de 750 000 patients (nom, prénom, âge) ont été dérobées.",
        "Aucune donnée médicale n'a été consultée.",
        "L'accès a été obtenu en usurpant les comptes d'une dizaine de professionnels de santé.",
    ], published="2025-09-10T09:00:00+02:00")
    vigie = f.article(s["vigie"], "Cyberattaque : les données de 1,4 million de patients volées", [
        "Selon nos informations, 1,4 million de patients seraient concernés par la fuite.",
        "Des dossiers médicaux auraient également été dérobés.",
        "La région Normandie est touchée, comme les Hauts-de-France.",
    ], published="2025-09-09T18:00:00+02:00")
    matin = f.article(s["matin"], "Numéros de sécurité sociale dans la nature", [
        "Les numéros de sécurité sociale de 750 000 patients ont été dérobés.",
        "Les pirates auraient revendu les données sur un forum.",
    ], published="2025-09-10T12:00:00+02:00")
    channel = f.article(s["channel"], "French health data breach: what we know", [
        "About 750,000 patients are affected, the agency said.",
        "No social security numbers were taken, according to the operator.",
        "Medical records were not accessed.",
    ], published="2025-09-10T15:00:00+02:00", language="en")
    f.article(s["vigie"], "La CNIL sanctionne Medilogis pour une fuite de 2024", [
        "La CNIL a sanctionné Medilogis pour une fuite de données survenue en 2024.",
    ], published="2025-09-03T10:00:00+02:00", in_incident=False)
    ids.articles.update(ars=ars[0], vigie=vigie[0], matin=matin[0], channel=channel[0])
    k = ids.clusters
    k["count_750k"] = f.cluster("victim_count", "750000", "asserted", ars_text(f, ars, 1), verdict="confirmed",
                                first_confirmed="2025-09-10T09:00:00+02:00")
    k["count_1_4m"] = f.cluster("victim_count", "1400000", "asserted", "1,4 million de patients seraient concernés",
                                verdict="contradicted")
    k["no_medical"] = f.cluster("data_category", "medical", "denied", "Aucune donnée médicale n'a été consultée.",
                                verdict="confirmed", first_confirmed="2025-09-10T09:00:00+02:00")
    k["medical"] = f.cluster("data_category", "medical", "asserted", "Des dossiers médicaux auraient été dérobés.",
                             verdict="contradicted")
    k["ssn"] = f.cluster("data_category", "social_security_number", "asserted",
                         "Les numéros de sécurité sociale ont été dérobés.", verdict="disputed")
    k["no_ssn"] = f.cluster("data_category", "social_security_number", "denied",
                            "No social security numbers were taken.", verdict="disputed")
    k["normandie"] = f.cluster("region", "Normandie", "asserted", "La région Normandie est touchée.",
                               verdict="confirmed", first_confirmed="2025-09-10T09:00:00+02:00")
    k["hdf"] = f.cluster("region", "Hauts-de-France", "asserted", "comme les Hauts-de-France",
                         verdict="unverified")
    k["resold"] = f.cluster(None, None, "asserted", "Les pirates auraient revendu les données sur un forum.",
                            verdict="unverified")
    c = ids.claims
    c["ars_count"] = f.claim(ars, 1, k["count_750k"], slot="victim_count", value="750000")
    c["ars_identity"] = f.claim(ars, 0, k["normandie"], slot="region", value="Normandie")
    c["ars_no_medical"] = f.claim(ars, 2, k["no_medical"], slot="data_category", value="medical", polarity="denied")
    c["vigie_count"] = f.claim(vigie, 0, k["count_1_4m"], slot="victim_count", value="1400000", hedged=True)
    c["vigie_medical"] = f.claim(vigie, 1, k["medical"], slot="data_category", value="medical", hedged=True)
    c["vigie_region"] = f.claim(vigie, 2, k["normandie"], slot="region", value="Normandie")
    c["vigie_hdf"] = f.claim(vigie, 2, k["hdf"], slot="region", value="Hauts-de-France")
    c["matin_ssn"] = f.claim(matin, 0, k["ssn"], slot="data_category", value="social_security_number")
    c["matin_count"] = f.claim(matin, 0, k["count_750k"], slot="victim_count", value="750000")
    c["matin_resold"] = f.claim(matin, 1, k["resold"], slot=None, value=None, hedged=True)
    c["channel_count"] = f.claim(channel, 0, k["count_750k"], slot="victim_count", value="750000")
    c["channel_no_ssn"] = f.claim(channel, 1, k["no_ssn"], slot="data_category", value="social_security_number",
                                  polarity="denied", hedged=True)
    c["channel_no_medical"] = f.claim(channel, 2, k["no_medical"], slot="data_category", value="medical",
                                      polarity="denied")
    f.recount()
    f.crawl_run()
    return ids


def ars_text(f: Factory, article, sentence: int) -> str:
    start, end = article[1][sentence]
    return f.db.execute("SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
                        [start + 1, end - start, article[0]]).fetchone()[0]


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    """scrypt costs a quarter second per hash by design; the tests need many, and not that protection."""
    import web.users

    monkeypatch.setattr(web.users, "HASH_METHOD", "pbkdf2:sha256:1000")


@pytest.fixture
def db_path(store_target):
    """The app's database: a SQLite file, then a PostgreSQL URL (the tests run once on each)."""
    return store_target


@pytest.fixture
def app(db_path: Path):
    app = create_app(test_config={"DATABASE": str(db_path), "TESTING": True, "LOGIN_DELAY_BASE": 0.3,
                                  "INCIDENT_ID": "ehealth-2025-09",
                                  "INCIDENT_TITLE": "Fuite de données des GRADeS (ARS), septembre 2025"})
    yield app
    app.extensions["recoupe_worker"].stop()
    from web.db import close_all

    close_all(app)


@pytest.fixture
def factory(app, db_path: Path):
    f = Factory(db_path)
    yield f
    f.db.close()


@pytest.fixture
def incident(factory: Factory) -> Incident:
    return build_incident(factory)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def users(factory: Factory) -> dict[str, str]:
    create_user(factory.db, "edith", PASSWORD, role="editor")
    create_user(factory.db, "adam", PASSWORD, role="admin")
    return {"editor": "edith", "admin": "adam"}


def csrf_of(client) -> str:
    """The session's CSRF token, made by visiting a page with a form."""
    with client.session_transaction() as session:
        token = session.get("csrf")
    if token is None:
        client.get("/login")
        with client.session_transaction() as session:
            token = session["csrf"]
    return token


@pytest.fixture
def post(client):
    """POST with the session's CSRF token, as the browser's form would."""
    def send(url: str, data: dict | None = None, **kwargs):
        return client.post(url, data={**(data or {}), "csrf_token": csrf_of(client)}, **kwargs)
    return send


@pytest.fixture
def login(client, users, post):
    """Sign in as 'editor' or 'admin' (or any name with a password)."""
    def sign_in(who: str, password: str = PASSWORD):
        return post("/login", {"name": users.get(who, who), "password": password})
    return sign_in


# --- a live server and Debian's Chromium, for the browser tests ---------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@contextlib.contextmanager
def served(app):
    """The app on waitress, on a free loopback port, in a thread: what `recoupe serve` runs."""
    import threading

    import waitress

    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        # Closed from the server's own loop thread: closing its sockets from here while that
        # thread sits in select() fails there with "Bad file descriptor" (seen once in CI).
        server.trigger.pull_trigger(server.close)
        thread.join(timeout=5)


@pytest.fixture
def live_server(app):
    with served(app) as url:
        yield url


@pytest.fixture
def serve_app():
    """`served` for tests that build their own app."""
    return served


@pytest.fixture(scope="session")
def browser():
    """Chromium driven by Playwright; a missing browser fails loudly instead of skipping (CI must run these)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium); "
                    "the browser tests are never skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh French-speaking tab; any dialog (alert, confirm) fails the test: nothing should open one."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(8000)
    tab.dialogs = []
    tab.console_errors = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.on("console", lambda msg: msg.type == "error" and tab.console_errors.append(msg.text))
    yield tab
    context.close()


COMMUNIQUE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Communiqué de l'ARS Bretagne</title></head>
<body><article><h1>Communiqué de l'ARS Bretagne</h1>
<p>L'agence régionale de santé de Bretagne indique qu'aucun patient breton n'est concerné par la fuite de données
des GRADeS annoncée cette semaine par les ARS Normandie, Hauts-de-France et Pays de la Loire.</p>
<p>Les services numériques de santé de la région fonctionnent normalement et aucune donnée n'a été dérobée.
Les patients restent invités à la vigilance face aux appels et courriels frauduleux qui se multiplient.</p>
<p>Une cellule d'information est ouverte du lundi au vendredi pour répondre aux questions des usagers.</p>
</article></body></html>"""


@pytest.fixture
def local_site():
    """A tiny HTTP server on 127.0.0.1 serving pages from a dict (path -> (content type, body))."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    pages = {"/communique.html": ("text/html; charset=utf-8", COMMUNIQUE.encode())}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            found = pages.get(self.path.split("?")[0])
            if found is None:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", found[0])
            self.send_header("Content-Length", str(len(found[1])))
            self.end_headers()
            self.wfile.write(found[1])

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.pages = pages
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    local_site_pages[base] = pages
    yield base
    server.shutdown()
    server.server_close()


local_site_pages: dict[str, dict] = {}


@pytest.fixture
def site_pages(local_site):
    """The dict the local site serves from: tests add hostile pages to it."""
    return local_site_pages[local_site]


def sample_config(tmp_path: Path, **sections):
    """The bundled sample served on a free port and a config that crawls it: (server, base URL, Config).

    `sections` are merged into the shipped config.toml's tables (e.g. editors={"second_editor": True}).
    """
    import tomllib

    from recoupe.config import config_from_dict
    from sample.serve import start

    root = Path(__file__).resolve().parents[2]
    server, base = start(port=0)
    data = tomllib.loads((root / "config.toml").read_text(encoding="utf-8"))
    sources = tomllib.loads((root / "sample" / "sources.toml").read_text(encoding="utf-8"))["source"]
    data["source"] = [{**s, "url": s["url"].replace("http://127.0.0.1:8765", base)} for s in sources]
    data["storage"] = {"database": str(tmp_path / "sample.db")}
    data.setdefault("claims", {})["model"] = str(root / "models" / "multilingual-e5-small")
    for name, table in sections.items():
        data.setdefault(name, {}).update(table)
    return server, base, config_from_dict(data, path=tmp_path / "config.toml")
