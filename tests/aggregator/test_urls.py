"""Canonical URLs: every spelling of one article gives one key."""

from __future__ import annotations

import pytest

from aggregator.urls import canonical_url, host_of, is_tracking_param


@pytest.mark.parametrize("spelling", [
    "https://www.lemonde.fr/pixels/article/2025/09/fuite.html",
    "HTTPS://WWW.LeMonde.FR/pixels/article/2025/09/fuite.html",
    "https://lemonde.fr:443/pixels/article/2025/09/fuite.html",
    "https://www.lemonde.fr/pixels/article/2025/09/fuite.html#comments",
    "https://www.lemonde.fr/pixels/article/2025/09/fuite.html?utm_source=twitter&utm_medium=social",
    "https://www.lemonde.fr/pixels/article/2025/09/fuite.html?xtor=RSS-3208&fbclid=abc&gclid=x",
    "https://www.lemonde.fr/pixels/article/2025/09/fuite.html?at_medium=rss&at_campaign=feed&ref=home",
    "https://www.lemonde.fr/pixels/article/2025/09/fuite.html?mc_cid=1&mc_eid=2&cmpid=3&UTM_Content=x",
    "https://www.lemonde.fr/pixels/article/2025/09/fuite.html/",
    "https://www.lemonde.fr/pixels/./article/2025/09/../09/fuite.html",
    "https://www.lemonde.fr/%70ixels/article/2025/09/fuite.html",
    "  https://www.lemonde.fr/pixels/article/2025/09/fuite.html\n",
])
def test_spellings_of_one_article_agree(spelling):
    assert canonical_url(spelling) == "https://lemonde.fr/pixels/article/2025/09/fuite.html"


def test_remaining_query_is_sorted_and_kept():
    assert canonical_url("http://x.fr/s?q=fuite&page=2&utm_source=a") == "http://x.fr/s?page=2&q=fuite"


def test_repeated_parameters_keep_their_order():
    assert canonical_url("http://x.fr/s?tag=b&id=1&tag=a") == "http://x.fr/s?id=1&tag=b&tag=a"


def test_query_of_only_tracking_disappears():
    assert canonical_url("http://x.fr/a?utm_source=x&fbclid=y") == "http://x.fr/a"


def test_root_keeps_its_slash():
    assert canonical_url("https://www.ars.sante.fr") == "https://ars.sante.fr/"
    assert canonical_url("https://ars.sante.fr/") == "https://ars.sante.fr/"


def test_non_default_port_is_kept():
    assert canonical_url("http://127.0.0.1:8080/a/") == "http://127.0.0.1:8080/a"
    assert canonical_url("http://x.fr:443/a") == "http://x.fr:443/a"


def test_escapes_are_spelled_one_way():
    # Accented letters, raw or escaped (in either case of hex), come out escaped in uppercase.
    assert canonical_url("https://x.fr/donn%c3%a9es") == "https://x.fr/donn%C3%A9es"
    assert canonical_url("https://x.fr/données") == "https://x.fr/donn%C3%A9es"
    assert canonical_url("https://x.fr/a b") == "https://x.fr/a%20b"
    # An escaped slash or ampersand means something else than the character: kept escaped.
    assert canonical_url("https://x.fr/a%2Fb") == "https://x.fr/a%2Fb"
    assert canonical_url("https://x.fr/s?q=a%26b") == "https://x.fr/s?q=a%26b"
    assert canonical_url("https://x.fr/s?q=%7euser") == "https://x.fr/s?q=~user"


def test_escaped_tracking_parameter_is_still_tracking():
    assert canonical_url("https://x.fr/a?utm%5Fsource=x&id=3") == "https://x.fr/a?id=3"


def test_path_case_and_meaningful_parameters_are_kept():
    assert canonical_url("https://x.fr/Article?ID=7") == "https://x.fr/Article?ID=7"


def test_ipv6_and_userinfo():
    assert canonical_url("http://[::1]:80/a") == "http://[::1]/a"
    assert canonical_url("http://User:Pw@WWW.X.fr/a") == "http://User:Pw@x.fr/a"


def test_canonical_url_is_idempotent():
    url = "HTTP://www.X.fr:80/a/./b/../c/?utm_source=z&b=2&a=%c3%a9#top"
    once = canonical_url(url)
    assert once == "http://x.fr/a/c?a=%C3%A9&b=2"
    assert canonical_url(once) == once


def test_host_of():
    assert host_of("https://WWW.Ouest-France.fr:8443/a") == "www.ouest-france.fr"
    assert host_of("http://[::1]:8080/") == "::1"
    with pytest.raises(ValueError):
        host_of("/relative/path")


def test_tracking_params_are_data():
    assert is_tracking_param("utm_campaign") and is_tracking_param("XTOR") and is_tracking_param("pk_kwd")
    assert not is_tracking_param("id") and not is_tracking_param("page")
