"""Independent readings of dev passages (dev8 and dev9 in round nine, dev10 and dev11 in round ten;
160 passages, two readers each), labelled by readers who saw the texts only, against the writers' labels: the ceiling the real-style set can measure up to
(docs/claims.md, "How far two readers agree"). `evaluate --against` is how a newsroom checks a new
labelled set the same way."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from claims.extraction.evaluate import load_examples, main, score, second_reading
from claims.extraction.profile import load_profile

HERE = Path(__file__).parent / "realstyle"
READERS = ("reader_a", "reader_b")  # dev8 and dev9 (round nine)
ROUND_TEN_READERS = ("reader_c", "reader_d")  # dev10 and dev11: 0.98 / 0.97 and 0.96 / 0.98
# Both readers reached 0.95 / 0.95 against the writers and 0.97 / 0.97 against each other, with no
# polarity disagreement; pinned a little under.
AGREEMENT_FLOOR = 0.92


def _agreement(reference, folder):
    examples, predictor = second_reading(reference, folder)
    return examples, score(examples, load_profile(), predictor)


def test_each_reader_labelled_every_passage_and_agrees_with_the_writers():
    reference = load_examples(HERE / "dev")
    for reader in READERS:
        examples, report = _agreement(reference, HERE / "agreement" / reader)
        assert len(examples) == 160
        assert report.overall.precision >= AGREEMENT_FLOOR and report.overall.recall >= AGREEMENT_FLOOR, reader
        assert report.polarity_right == report.polarity_total, reader


def test_round_ten_readers_labelled_every_passage_and_agree_with_the_writers():
    reference = load_examples(HERE / "dev")
    for reader in ROUND_TEN_READERS:
        examples, report = _agreement(reference, HERE / "agreement" / reader)
        assert len(examples) == 160 and {e.id.split("-")[1] for e in examples} <= {"en10", "fr10", "en11", "fr11"}
        assert report.overall.precision >= AGREEMENT_FLOOR and report.overall.recall >= AGREEMENT_FLOOR, reader
        assert report.polarity_right == report.polarity_total, reader


def test_a_label_a_reader_drops_or_flips_lowers_the_agreement(tmp_path):
    reference = load_examples(HERE / "dev")
    changed = tmp_path / "reader"
    shutil.copytree(HERE / "agreement" / "reader_a", changed)
    path = changed / "en8_clorox.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    labelled = next(r for r in records if r.get("claims"))
    labelled["claims"][0][2] = "denied" if labelled["claims"][0][2] == "asserted" else "asserted"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    _examples, before = _agreement(reference, HERE / "agreement" / "reader_a")
    _examples, after = _agreement(reference, changed)
    assert after.overall.f1 < before.overall.f1


def test_the_command_refuses_a_second_reading_that_is_not_a_folder(tmp_path, capsys):
    assert main([str(HERE / "dev"), f"--against={tmp_path / 'missing'}"]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_the_command_refuses_a_second_reading_of_other_passages(capsys):
    # the first part's passages are not among the readers' 160
    assert main([str(HERE / "heldout"), f"--against={HERE / 'agreement' / 'reader_a'}"]) == 2
    assert "no passage" in capsys.readouterr().err
