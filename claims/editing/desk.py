"""Reads for editors' pages: the review queue, a cluster's and an article's desk, the audit log and runs, page by page.

Everything here is for signed-in editors only; reader pages never call it (internal
notes, login names and failed runs stay here).
"""

from __future__ import annotations

import difflib
import json
import re

from sqlite_utils import Database

from claims.editing.review import MARK_SQL, STATUSES

PER_PAGE = 50
TODO = "todo"   # the queue's default view: new, in review, or changed since reviewed
_CHANGED = f"(r.reviewed_mark IS NOT NULL AND r.reviewed_mark != {MARK_SQL})"
_STATUS = "COALESCE(r.status, 'new')"


def _pages(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def queue(db: Database, *, status: str = TODO, slot: str | None = None, verdict: str | None = None,
          assignee: str | None = None, page: int = 1, per_page: int = PER_PAGE) -> dict:
    """Clusters to review: changed since their review first, then new, then in review; contradicted, then outliers
    (a lone source against broad agreement, claims.grouping.verdicts), then disputed first.

    The default view (`todo`) holds only what needs work, so it empties as editors review
    and publish; `status` may also be one of STATUSES or 'all'.
    """
    where, params = ["k.merged_into IS NULL", "k.claim_count > 0"], []
    if status == TODO:
        where.append(f"({_STATUS} IN ('new', 'in_review') OR {_CHANGED} OR r.publish_requested_by IS NOT NULL)")
    elif status in STATUSES:
        where.append(f"{_STATUS} = ?")
        params.append(status)
    if slot:
        where.append("k.slot IS NULL" if slot == "text" else "k.slot = ?")
        params += [] if slot == "text" else [slot]
    if verdict:
        where.append("k.verdict = ?")
        params.append(verdict)
    if assignee:
        where.append("r.assignee = ?")
        params.append(assignee)
    sql_where = " AND ".join(where)
    base = f"FROM clusters k LEFT JOIN cluster_reviews r ON r.cluster_id = k.id WHERE {sql_where}"
    total = db.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    rows = list(db.query(
        f"""SELECT k.id, k.slot, k.value, k.polarity, k.label, k.verdict, k.verdict_by, k.computed_verdict,
                   k.claim_count, k.source_count, k.outlier, k.reason, {_STATUS} AS status, r.assignee, r.draft_verdict,
                   r.publish_requested_by, CASE WHEN {_CHANGED} THEN 1 ELSE 0 END AS changed {base}
            ORDER BY changed DESC, CASE {_STATUS} WHEN 'new' THEN 0 WHEN 'in_review' THEN 1 WHEN 'reviewed' THEN 2
                     ELSE 3 END,
                     CASE WHEN k.verdict = 'contradicted' THEN 0 WHEN k.outlier = 1 THEN 1
                          WHEN k.verdict = 'disputed' THEN 2 WHEN k.verdict = 'unverified' THEN 3 ELSE 4 END,
                     k.source_count DESC, k.claim_count DESC, k.id LIMIT ? OFFSET ?""",
        [*params, per_page, (page - 1) * per_page]))
    for row in rows:
        row["changed"] = bool(row["changed"])
    counts = {s: 0 for s in STATUSES}
    for name, n in db.execute(f"SELECT {_STATUS}, count(*) FROM clusters k LEFT JOIN cluster_reviews r "
                              "ON r.cluster_id = k.id WHERE k.merged_into IS NULL AND k.claim_count > 0 GROUP BY 1"):
        counts[name] = n
    return {"items": rows, "total": total, "page": page, "pages": _pages(total, per_page), "counts": counts}


def slots(db: Database) -> list[str]:
    """The questions clusters are about, for the queue's filter."""
    return [r[0] for r in db.execute("SELECT DISTINCT slot FROM clusters WHERE slot IS NOT NULL AND "
                                     "merged_into IS NULL AND claim_count > 0 ORDER BY slot")]


def cluster_claims(db: Database, cluster_id: int) -> list[dict]:
    """A cluster's claims with their article and correction state, for the editor's cluster page."""
    return list(db.query(
        "SELECT c.id, c.text, c.slot, c.value, c.polarity, c.hedged, c.status, c.article_id, a.title AS article_title, "
        "s.name AS source_name, s.official FROM claims c JOIN articles a ON a.id = c.article_id "
        "JOIN sources s ON s.id = a.source_id WHERE c.cluster_id = ? ORDER BY s.official DESC, c.id", [cluster_id]))


# --- audit log ----------------------------------------------------------------------------

AUDIT_ACTIONS = ("publish", "publish_request", "withdraw", "draft_verdict", "verdict", "status", "assign", "note",
                 "reject_claim", "correct_claim", "restore_claim", "relevance", "merge", "split", "undo_merge",
                 "undo_split", "official", "add_url", "merge_articles", "relevance_dropped")


def audit_page(db: Database, *, action: str | None = None, editor: str | None = None, page: int = 1,
               per_page: int = PER_PAGE) -> dict:
    """Audit rows, newest first, with what they name resolved (cluster labels, article titles) for sentences."""
    where, params = [], []
    if action:
        where.append("action = ?")
        params.append(action)
    if editor:
        where.append("editor = ?")
        params.append(editor)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = db.execute(f"SELECT count(*) FROM audit_log {clause}", params).fetchone()[0]
    rows = list(db.query(f"SELECT id, at, editor, action, target, old, new, reason FROM audit_log {clause} "
                         "ORDER BY id DESC LIMIT ? OFFSET ?", [*params, per_page, (page - 1) * per_page]))
    names = _target_names(db, [r["target"] for r in rows] + [r["new"] or "" for r in rows])
    for row in rows:
        kind, _, ident = row["target"].partition(":")
        row["kind"], row["ident"] = kind, int(ident) if ident.isdigit() else None
        row["name"] = names.get(row["target"])
        row["new_name"] = names.get(row["new"] or "")
    editors = [r[0] for r in db.execute("SELECT DISTINCT editor FROM audit_log ORDER BY editor")]
    return {"items": rows, "total": total, "page": page, "pages": _pages(total, per_page), "editors": editors}


def _target_names(db: Database, targets: list[str]) -> dict[str, str]:
    ids: dict[str, set[int]] = {"cluster": set(), "article": set(), "source": set(), "claim": set()}
    for target in targets:
        kind, _, ident = target.partition(":")
        if kind in ids and ident.isdigit():
            ids[kind].add(int(ident))
    out = {}
    sql = {"cluster": "SELECT id, label, slot, value, polarity FROM clusters",
           "article": "SELECT id, COALESCE(title, url) FROM articles",
           "source": "SELECT id, name FROM sources", "claim": "SELECT id, text FROM claims"}
    for kind, wanted in ids.items():
        if wanted:
            marks = ", ".join("?" * len(wanted))
            for ident, name, *more in db.execute(f"{sql[kind]} WHERE id IN ({marks})", sorted(wanted)):
                # A cluster is named as readers see it (question: value), so the template gets its fields.
                out[f"{kind}:{ident}"] = dict(zip(("label", "slot", "value", "polarity"), (name, *more))) \
                    if kind == "cluster" else name
    return out


# --- crawl runs -----------------------------------------------------------------------------

def runs_page(db: Database, *, errors_only: bool = False, error_kind: str | None = None, page: int = 1,
              per_page: int = 20) -> dict:
    """Runs newest first, counts decoded, with their errors (filtered by kind when asked)."""
    where, params = [], []
    if errors_only or error_kind:
        where.append("error_count > 0")
    if error_kind:
        where.append("id IN (SELECT run_id FROM run_errors WHERE kind = ?)")
        params.append(error_kind)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = db.execute(f"SELECT count(*) FROM crawl_runs {clause}", params).fetchone()[0]
    runs = list(db.query(f"SELECT id, kind, started_at, ended_at, status, counts, error_count FROM crawl_runs {clause} "
                         "ORDER BY id DESC LIMIT ? OFFSET ?", [*params, per_page, (page - 1) * per_page]))
    for run in runs:
        run["counts"] = json.loads(run["counts"] or "{}")
        kind_clause = "AND e.kind = ?" if error_kind else ""
        run["errors"] = list(db.query(
            f"SELECT e.kind, e.message, e.url, e.at, s.name AS source_name FROM run_errors e LEFT JOIN sources s "
            f"ON s.id = e.source_id WHERE e.run_id = ? {kind_clause} ORDER BY e.id LIMIT 100",
            [run["id"], *([error_kind] if error_kind else [])]))
    kinds = [r[0] for r in db.execute("SELECT DISTINCT kind FROM run_errors ORDER BY kind")]
    return {"items": runs, "total": total, "page": page, "pages": _pages(total, per_page), "kinds": kinds}


# --- an article's versions -------------------------------------------------------------------

_TOKENS = re.compile(r"\s+|[^\s]+")


def versions(db: Database, article_id: int) -> list[dict]:
    """Each stored version of an article after the first, with a word diff against the one before.

    `segments` are (text, op) with op 'same', 'added' or 'removed'; the template escapes
    each, so a diff of crawled text never needs raw HTML. Long unchanged stretches are cut.
    """
    rows = list(db.query("SELECT version, title, text, fetched_at FROM article_versions WHERE article_id = ? "
                         "ORDER BY version", [article_id]))
    out = []
    for before, after in zip(rows, rows[1:]):
        a, b = _TOKENS.findall(before["text"]), _TOKENS.findall(after["text"])
        segments = []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op == "equal":
                segments.append((_elide("".join(a[i1:i2])), "same"))
                continue
            if i2 > i1:
                segments.append(("".join(a[i1:i2]), "removed"))
            if j2 > j1:
                segments.append(("".join(b[j1:j2]), "added"))
        out.append({"version": after["version"], "fetched_at": after["fetched_at"], "title": after["title"],
                    "old_title": before["title"], "segments": segments})
    return out


def _elide(text: str, keep: int = 120) -> str:
    return text if len(text) <= 2 * keep + 5 else f"{text[:keep]} […] {text[-keep:]}"


def article_claims(db: Database, article_id: int) -> list[dict]:
    """Every claim of an article (rejected ones too), with its cluster and correction, for the article desk."""
    rows = list(db.query(
        "SELECT c.id, c.key, c.text, c.slot, c.value, c.polarity, c.hedged, c.status, c.cluster_id, k.verdict, "
        "k.label AS cluster_label, x.reason AS correction_reason, x.editor AS correction_editor, x.at AS correction_at, "
        "x.match AS correction_match, x.sentence AS corrected_sentence, x.extracted_slot, x.extracted_value, "
        "x.extracted_polarity, x.extracted_hedged FROM claims c LEFT JOIN clusters k ON k.id = c.cluster_id "
        "LEFT JOIN claim_corrections x ON x.claim_id = c.id WHERE c.article_id = ? ORDER BY c.start, c.id",
        [article_id]))
    return rows


def lost_corrections(db: Database, article_id: int) -> list[dict]:
    """Corrections whose sentence is no longer in the article (kept, applied to nothing)."""
    return list(db.query("SELECT * FROM claim_corrections WHERE article_id = ? AND match = 'lost' ORDER BY id",
                         [article_id]))


def flagged_corrections(db: Database, *, limit: int = 50) -> list[dict]:
    """Corrections whose sentence changed or vanished in a silent edit: editors should look again."""
    return list(db.query("SELECT x.*, COALESCE(a.title, a.url) AS article_title FROM claim_corrections x "
                         "JOIN articles a ON a.id = x.article_id WHERE x.match != 'same' ORDER BY x.id DESC LIMIT ?",
                         [limit]))
