"""Readers' pages: the overview, claims and one cluster, who says what, the timeline, an article, search."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for

from claims.views import disputes, reading, records
from web.cache import published_data
from web.db import get_db
from web.params import page_arg

bp = Blueprint("reader", __name__)


@bp.route("/")
def overview():
    """Its clusters' part is computed once per published version (web.cache); the latest articles at every request."""
    db = get_db()
    clusters = published_data("overview", lambda: reading.overview_clusters(db))
    articles = reading.overview_articles(db)
    data = {**clusters, **articles, "totals": {**articles["totals"], **clusters["totals"]}}
    return render_template("overview.html", data=data, last_crawl=records.last_crawl(db))


FREE_TEXT = "text"  # ?slot= value for statements that fit no slot


def _page_arg() -> int:
    return page_arg()


@bp.route("/claims")
def claims():
    """Each slot's most-reported clusters; ?slot= pages through one slot (?slot=text: free-text statements)."""
    verdict = request.args.get("verdict") or None
    if verdict not in (None, *reading.VERDICT_ORDER):
        abort(404)
    slot_arg = request.args.get("slot") or None
    db = get_db()
    counts = {**reading.verdict_counts(db), "disputed": disputes.question_count(db)}  # one dispute, one card
    if slot_arg is None:
        return render_template("claims.html", groups=reading.clusters_by_slot(db, verdict=verdict), verdict=verdict,
                               counts=counts, slot_arg=None)
    slot = None if slot_arg == FREE_TEXT else slot_arg
    if slot not in reading.SLOT_ORDER:
        abort(404)
    page = _page_arg()
    clusters, total = reading.slot_page(db, slot, verdict=verdict, page=page)
    pages = max(1, -(-total // reading.PAGE_SIZE))
    if page > pages:
        abort(404)
    return render_template("claims.html", groups=[(slot, clusters, total)], verdict=verdict, counts=counts,
                           slot_arg=slot_arg, page=page, pages=pages)


@bp.route("/claims/<int:cluster_id>")
def cluster(cluster_id: int):
    db = get_db()
    found = reading.cluster_detail(db, cluster_id, page=_page_arg())
    if found is None:
        abort(404)
    if found["merged_into"]:  # 302, not 301: an editor can undo the merge, and browsers keep a 301 for good
        return redirect(url_for("reader.cluster", cluster_id=found["merged_into"]), 302)
    return render_template("cluster.html", cluster=found)


@bp.route("/sources")
def sources():
    return render_template("sources.html", matrix=reading.sources_matrix(get_db()))


@bp.route("/timeline")
def timeline():
    """Confirmed facts by default; ?show=all adds the unconfirmed, disputed and contradicted ones."""
    show_all = request.args.get("show") == "all"
    found = reading.timeline(get_db(), confirmed_only=not show_all, page=_page_arg())
    return render_template("timeline.html", entries=found["entries"], page=found["page"], pages=found["pages"],
                           show_all=show_all)


@bp.route("/articles/<int:article_id>")
def article(article_id: int):
    found = records.article_detail(get_db(), article_id)
    if found is None:
        abort(404)
    return render_template("article.html", article=found)


@bp.route("/search")
def search():
    query = request.args.get("q", "")[:200]
    return render_template("search.html", results=records.search(get_db(), query))
