"""The evaluator's bootstrap interval over incidents and its pooled scoring (issue 9, round eleven):
how far a figure could move with other breaches of the same kind, so that a round's change can be
read against the noise of the yardstick. Passages of our own, read by the real extractor."""

from __future__ import annotations

import json
from pathlib import Path

from claims.extraction.evaluate import interval, load_examples, main, score
from claims.extraction.profile import load_profile

# Three invented incidents, two passages each: the extractor reads some right and some wrong.
INCIDENTS = {
    "en_harbour.jsonl": ("Harbour Mutual Bank", [
        ("Hackers stole the names and bank details of 12,000 Harbour Mutual Bank customers, the bank said.",
         [["organization", "Harbour Mutual Bank", "asserted", False], ["data_category", "identity", "asserted", False],
          ["data_category", "banking", "asserted", False], ["victim_count", 12000, "asserted", False]]),
        ("No passwords were taken, Harbour Mutual Bank said on Friday, and card numbers are safe.",
         [["data_category", "credentials", "denied", False], ["data_category", "banking", "denied", False]]),
    ]),
    "en_lakeside.jsonl": ("Lakeside Clinic", [
        ("Lakeside Clinic postponed operations on Monday after ransomware locked its computers.",
         [["organization", "Lakeside Clinic", "asserted", False], ["care_impact", "care", "asserted", False],
          ["attack_vector", "ransomware", "asserted", False]]),
        ("Patients now fear calls from fraudsters posing as clinic staff, a nurse said.",
         [["risk", "phishing", "asserted", True], ["quote", None, "asserted", False]]),
    ]),
    "fr_vallon.jsonl": ("Mairie de Vallon", [
        ("La mairie de Vallon a été victime d'une cyberattaque ; les données de 3 000 habitants ont fuité.",
         [["organization", "Mairie de Vallon", "asserted", False], ["victim_count", 3000, "asserted", False]]),
        ("Aucune donnée bancaire n'a été dérobée, assure la commune.", [["data_category", "banking", "denied", False]]),
    ]),
}


def write_part(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (org, passages) in INCIDENTS.items():
        lang = name[:2]
        lines = [json.dumps({"defaults": {"lang": lang, "published": "2025-05-20", "incident": {
            "id": name, "since": "2025-05-01", "organizations": [org], "keywords": [org]}}})]
        lines += [json.dumps({"id": f"{name}-{i}", "text": text, "claims": claims}) for i, (text, claims) in
                  enumerate(passages)]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_the_interval_holds_the_figure_and_resamples_incidents(tmp_path):
    report = score(load_examples(write_part(tmp_path / "part")), load_profile())
    assert len(report.incidents) == 3 and sum(s.tp + s.fn for s in report.incidents.values()) == \
        report.overall.tp + report.overall.fn
    (p_lo, p_hi), (r_lo, r_hi) = interval(report)
    assert p_lo <= report.overall.precision <= p_hi and r_lo <= report.overall.recall <= r_hi
    # seeded: the same report gives the same interval; another seed may not
    assert interval(report) == interval(report)


def test_identical_incidents_leave_no_room_to_move(tmp_path):
    report = score(load_examples(write_part(tmp_path / "part")), load_profile())
    one = next(iter(report.incidents.values()))
    report.incidents = {f"copy{i}": one for i in range(5)}
    (p_lo, p_hi), (r_lo, r_hi) = interval(report)
    assert p_lo == p_hi == one.precision and r_lo == r_hi == one.recall


def test_more_incidents_of_the_same_kind_narrow_the_interval(tmp_path):
    report = score(load_examples(write_part(tmp_path / "part")), load_profile())
    few = interval(report)
    report.incidents = {f"{name}#{k}": s for name, s in report.incidents.items() for k in range(20)}
    many = interval(report)
    assert many[1][1] - many[1][0] <= few[1][1] - few[1][0]


def test_the_command_pools_folders_and_prints_the_interval(tmp_path, capsys):
    a, b = write_part(tmp_path / "a"), write_part(tmp_path / "b")
    assert main([str(a), str(b), "--pool", "--interval"]) == 0
    out = capsys.readouterr().out
    assert "12 passages" in out and "95% interval over 6 files" in out
    assert main([str(a), "--interval"]) == 0
    assert "6 passages" in capsys.readouterr().out


def test_the_command_refuses_a_folder_that_does_not_exist(tmp_path, capsys):
    assert main([str(tmp_path / "nowhere"), "--interval"]) == 2
    assert "not a folder of labelled passages" in capsys.readouterr().err
    assert main([str(write_part(tmp_path / "a")), "--pool", f"--against={tmp_path}"]) == 2


def test_a_saved_run_shows_which_passages_a_relabelling_changes(tmp_path, capsys):
    """--save then --changes: a rule author sees each passage that reads differently, claim by claim,
    marked right or wrong against the labels. Here the labels change instead of the rules: the
    extractor's answers are the same, so nothing differs, until a passage's text changes."""
    part = write_part(tmp_path / "part")
    saved = tmp_path / "run.json"
    assert main([str(part), f"--save={saved}"]) == 0
    kept = json.loads(saved.read_text(encoding="utf-8"))
    assert len(kept) == 6 and ["victim_count", 3000, "asserted", False] in kept["fr_vallon.jsonl-0"]
    capsys.readouterr()
    assert main([str(part), f"--changes={saved}"]) == 0
    assert "no passage reads differently" in capsys.readouterr().out
    # the bank passage now says card numbers were taken after all: the banking denial is lost (it was
    # labelled, so a RIGHT claim went) and an asserted banking claim comes (not labelled: wrong)
    path = part / "en_harbour.jsonl"
    path.write_text(path.read_text(encoding="utf-8").replace("and card numbers are safe", "and card numbers were stolen"),
                    encoding="utf-8")
    assert main([str(part), f"--changes={saved}"]) == 0
    out = capsys.readouterr().out
    assert "en_harbour.jsonl-1 (part/en_harbour.jsonl)" in out
    assert "-RIGHT ('data_category', 'banking', 'denied', False)" in out
    assert "+wrong ('data_category', 'banking', 'asserted', False)" in out
    assert "lakeside" not in out.split("passages;")[-1]


def test_the_command_refuses_a_saved_run_it_cannot_read(tmp_path, capsys):
    part = write_part(tmp_path / "part")
    broken = tmp_path / "run.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main([str(part), f"--changes={broken}"]) == 2
    assert "cannot read a saved run" in capsys.readouterr().err
    broken.write_text("[1, 2]", encoding="utf-8")
    assert main([str(part), f"--changes={broken}"]) == 2
    assert "not a run saved with --save" in capsys.readouterr().err
