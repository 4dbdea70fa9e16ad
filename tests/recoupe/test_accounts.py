"""`recoupe user list|disable|enable|password|rename`: account upkeep from the command line, on a real database."""

from __future__ import annotations

import io

import pytest

from aggregator.store import connect
from recoupe.cli import main
from tests.recoupe.test_config import MINIMAL, write
from web.users import authenticate


@pytest.fixture
def config(tmp_path, monkeypatch):
    path = write(tmp_path, MINIMAL)
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert main(["--config", str(path), "user", "add", "edith"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert main(["--config", str(path), "user", "add", "adam", "--role", "admin"]) == 0
    return path


def run(config, *args, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--config", str(config), "user", *args])


def db_of(config):
    return connect(config.parent / "recoupe.db")


def test_list_shows_roles_states_and_the_signature_readers_see(config, capsys):
    capsys.readouterr()
    assert run(config, "list") == 0
    out = capsys.readouterr().out
    assert "edith" in out and "admin" in out and "(La rédaction)" in out and "2 accounts" in out


def test_disable_enable_password_and_rename(config, capsys, monkeypatch):
    assert run(config, "disable", "edith") == 0
    assert authenticate(db_of(config), "edith", "correct horse battery") is None
    assert run(config, "enable", "edith") == 0
    assert authenticate(db_of(config), "edith", "correct horse battery") is not None
    assert run(config, "password", "edith", stdin="another long secret\n", monkeypatch=monkeypatch) == 0
    assert authenticate(db_of(config), "edith", "another long secret") is not None
    assert run(config, "password", "edith", stdin="short\n", monkeypatch=monkeypatch) == 2
    assert run(config, "rename", "edith", "--display-name", "Edith Piaf, vérification") == 0
    assert run(config, "rename", "edith", "--to", "epiaf") == 0
    capsys.readouterr()
    run(config, "list")
    assert "epiaf" in capsys.readouterr().out
    assert authenticate(db_of(config), "epiaf", "another long secret") is not None


def test_mistakes_exit_2_and_change_nothing(config, capsys):
    assert run(config, "disable", "nobody") == 2
    assert "no account named 'nobody'" in capsys.readouterr().err
    assert run(config, "disable", "adam") == 2  # the last enabled admin
    assert "last enabled admin" in capsys.readouterr().err
    assert run(config, "rename", "edith", "--to", "adam") == 2
    assert run(config, "rename", "edith") == 2
