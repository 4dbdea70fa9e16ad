"""The article desk: an article's relevance (in or out of the incident), its claims to reject or correct, its silent edits."""

from __future__ import annotations

import functools

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from claims import editorial
from claims.editing import desk
from claims.editing.relevance import relevance_of
from claims.extraction.lexicon import load_profile
from claims.views import records
from web.auth import login_required
from web.db import get_db
from web.editor import after_write, apply, bp, my_signature
from web.security import local_target


@functools.lru_cache(maxsize=4)
def _slots(profile: str) -> tuple[str, ...]:
    return tuple(load_profile(profile).slots)


def claim_slots() -> tuple[str, ...]:
    """The questions a claim can be corrected to: the incident profile's slots."""
    return _slots(current_app.config.get("INCIDENT_PROFILE", "cyberattack"))


@bp.route("/articles/<int:article_id>")
@login_required()
def article(article_id: int):
    db = get_db()
    found = records.article_detail(db, article_id)
    if found is None:
        abort(404)
    return render_template("editor/article.html", article=found, relevance=relevance_of(db, article_id),
                           claims=desk.article_claims(db, article_id), versions=desk.versions(db, article_id),
                           lost=desk.lost_corrections(db, article_id), slots=claim_slots())


def _back_to_article(article_id: int):
    default = url_for("editor.article", article_id=article_id)
    return redirect(local_target(request.form.get("next"), default))


@bp.route("/articles/<int:article_id>/relevance", methods=("POST",))
@login_required()
def relevance(article_id: int):
    choice = request.form.get("in_incident")
    if choice not in ("1", "0", "machine"):
        abort(400)
    reason = request.form.get("reason", "")
    if choice == "machine":
        ok = apply(editorial.clear_relevance, article_id, reason=reason, editor=g.user.name)[1]
    else:
        ok = apply(editorial.set_relevance, article_id, choice == "1", reason=reason, editor=g.user.name,
                   signature=my_signature())[1]
    if ok:
        after_write()
        flash(_("The article is now in the incident; its claims joined the clusters.") if choice == "1" else
              _("The article is now out of the incident; its claims left the clusters.") if choice == "0" else
              _("The machine's judgment applies again."), "ok")
    return _back_to_article(article_id)


def _claim_article(claim_id: int) -> int:
    row = get_db().execute("SELECT article_id FROM claims WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        abort(404)
    return row[0]


@bp.route("/claims/<int:claim_id>/reject", methods=("POST",))
@login_required()
def reject_claim(claim_id: int):
    article_id = _claim_article(claim_id)
    if apply(editorial.reject_claim, claim_id, reason=request.form.get("reason", ""), editor=g.user.name)[1]:
        flash(_("Claim rejected: it left its cluster and counts no more."), "ok")
    return _back_to_article(article_id)


@bp.route("/claims/<int:claim_id>/correct", methods=("POST",))
@login_required()
def correct_claim(claim_id: int):
    article_id = _claim_article(claim_id)
    form = request.form
    ok = apply(editorial.correct_claim, claim_id, slot=form.get("slot", ""), value=form.get("value", ""),
               polarity=form.get("polarity", ""), hedged=form.get("hedged") == "1", reason=form.get("reason", ""),
               editor=g.user.name, slots=claim_slots())[1]
    if ok:
        after_write()
        flash(_("Claim corrected; the extracted version is kept beside it."), "ok")
    return _back_to_article(article_id)


@bp.route("/claims/<int:claim_id>/restore", methods=("POST",))
@login_required()
def restore_claim(claim_id: int):
    article_id = _claim_article(claim_id)
    if apply(editorial.restore_claim, claim_id, reason=request.form.get("reason", ""), editor=g.user.name)[1]:
        after_write()
        flash(_("The claim is as extracted again."), "ok")
    return _back_to_article(article_id)
