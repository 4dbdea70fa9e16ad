"""Generate a deterministic corpus of news pages and feeds about an invented incident, in memory or on disk.

Pages look like real outlets' pages: a head with inline CSS, scripts and JSON-LD, a
consent bar, menus, breadcrumbs, share buttons, an article of a few hundred words, asides,
comments and a large footer (40-70 KB, as on regional news sites). Text is assembled from
the pools of `benchmarks.pools` with a seeded generator, so a given (seed, index) always
yields the same page whatever the corpus size. A few pages are wire copies of another
outlet's article (exercising near-duplicate detection) and a few are video pages with no
article text (exercising the skip path).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.pools import CLAIMS, COMMENTS, CONTEXT, FILL, OPENERS, OUTLETS, QUOTES, SECTIONS, TITLES

FEED_SIZE = 50          # entries per feed, as a busy section feed carries
WIRE_SHARE = 0.04       # pages that are another outlet's article reprinted
VIDEO_SHARE = 0.02      # pages with a player and a caption only
BASE = "__BASE__"       # replaced by the server's address when the corpus is served
START = dt.datetime(2025, 9, 8, 6, 0, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class Document:
    body: bytes
    content_type: str
    etag: str


@dataclass(frozen=True)
class Feed:
    name: str
    path: str
    official: bool


@dataclass
class Corpus:
    """Paths to documents; feed bodies hold BASE where the server's address goes."""

    documents: dict[str, Document] = field(default_factory=dict)
    feeds: list[Feed] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)

    def bound(self, base_url: str) -> dict[str, Document]:
        """The documents as served from `base_url` (only feeds carry absolute links)."""
        out = dict(self.documents)
        for feed in self.feeds:
            doc = out[feed.path]
            out[feed.path] = Document(doc.body.replace(BASE.encode(), base_url.encode()), doc.content_type,
                                      doc.etag)
        return out

    def sources(self, base_url: str) -> list:
        """The [[source]] settings that crawl this corpus."""
        from aggregator.config import SourceSettings
        return [SourceSettings(name=f.name, url=base_url + f.path, official=f.official) for f in self.feeds]

    def page_bytes(self) -> int:
        return sum(len(self.documents[p].body) for p in self.pages)

    def write(self, folder: Path, base_url: str = "http://127.0.0.1:8000") -> None:
        """Write the corpus as static files (to look at, or to serve with any web server)."""
        for path, doc in self.bound(base_url).items():
            target = folder / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(doc.body)


def generate(n_pages: int, *, seed: int = 7) -> Corpus:
    """A corpus of `n_pages` article pages spread over ceil(n/FEED_SIZE) feeds of ten outlets."""
    corpus = Corpus()
    n_feeds = max(1, -(-n_pages // FEED_SIZE))
    furniture = {slug: _Furniture(slug, name, lang, seed) for slug, name, lang, _, _ in OUTLETS}
    feed_items: list[list[tuple[str, dict]]] = [[] for _ in range(n_feeds)]
    for i in range(n_pages):
        f = i % n_feeds
        slug, name, lang, _, _ = OUTLETS[f % len(OUTLETS)]
        story = _story(seed, i, lang)
        path = f"/{slug}/{story['published']:%Y/%m/%d}/{story['slug']}-{i}.html"
        body = furniture[slug].page(story, path).encode("utf-8")
        corpus.documents[path] = Document(body, "text/html; charset=utf-8", f'"p{i:x}-{len(body):x}"')
        corpus.pages.append(path)
        feed_items[f].append((path, story))
    for f, items in enumerate(feed_items):
        slug, name, lang, kind, official = OUTLETS[f % len(OUTLETS)]
        section = SECTIONS[lang][(f // len(OUTLETS)) % len(SECTIONS[lang])]
        number = f // (len(OUTLETS) * len(SECTIONS[lang]))
        path = f"/{slug}/feeds/{f}.xml"
        label = f"{name} – {section}" + (f" {number + 1}" if number else "")
        body = (_atom if kind == "atom" else _rss)(label, slug, items).encode("utf-8")
        ctype = "application/atom+xml; charset=utf-8" if kind == "atom" else "application/rss+xml; charset=utf-8"
        corpus.documents[path] = Document(body, ctype, f'"f{f:x}-{len(body):x}"')
        corpus.feeds.append(Feed(label, path, official))
    corpus.documents["/robots.txt"] = Document(b"User-agent: *\nDisallow: /private/\n", "text/plain", '"r1"')
    return corpus


def stories(start: int, count: int, *, seed: int = 7) -> list[dict]:
    """Pages start..start+count-1 as plain text (no HTML): title, text, language, date, outlet index."""
    out = []
    for i in range(start, start + count):
        outlet = i % len(OUTLETS)
        story = _story(seed, i, OUTLETS[outlet][2])
        story["text"] = "\n".join([story["standfirst"], *story["paragraphs"]])
        story["outlet"] = outlet
        story["index"] = i
        out.append(story)
    return out


def _story(seed: int, i: int, lang: str) -> dict:
    """Title, paragraphs and dates of page i; a wire copy reuses an earlier page's paragraphs."""
    rng = random.Random(seed * 1_000_003 + i)
    published = START + dt.timedelta(minutes=rng.randrange(0, 7 * 24 * 60))
    kind = "article"
    roll = rng.random()
    if roll < VIDEO_SHARE:
        kind = "video"
        paragraphs = [_sentence(rng, lang, CONTEXT)]
    elif roll < VIDEO_SHARE + WIRE_SHARE and i > 20:
        kind = "wire"
        original = _story(seed, rng.randrange(i), lang)
        paragraphs = list(original["paragraphs"]) if original["kind"] != "video" else _paragraphs(rng, lang)
        paragraphs[-1] = _sentence(rng, lang, CONTEXT)  # outlets trim and add a line of their own
    else:
        paragraphs = _paragraphs(rng, lang)
    title = _fill(rng, lang, rng.choice(TITLES[lang]))
    slug = "-".join("".join(c for c in w.lower() if c in string.ascii_lowercase) for w in title.split()[:6])
    return {"kind": kind, "lang": lang, "title": title, "slug": slug.strip("-") or "article",
            "paragraphs": paragraphs, "published": published, "author": rng.choice(FILL[lang]["person"]),
            "standfirst": _sentence(rng, lang, CLAIMS), "comments": rng.randrange(0, 9), "seed": rng.random()}


def _paragraphs(rng: random.Random, lang: str) -> list[str]:
    out = []
    for _ in range(rng.randrange(6, 15)):
        sentences = []
        for _ in range(rng.randrange(2, 5)):
            r = rng.random()
            pool = CLAIMS if r < 0.5 else CONTEXT if r < 0.85 else QUOTES
            sentences.append(_sentence(rng, lang, pool))
        out.append(" ".join(sentences))
    return out


def _sentence(rng: random.Random, lang: str, pool: dict) -> str:
    text = _fill(rng, lang, rng.choice(pool[lang]))
    if pool is QUOTES:
        return text
    opener = rng.choice(OPENERS[lang])
    return opener + text[0].lower() + text[1:] if opener else text[0].upper() + text[1:]


def _fill(rng: random.Random, lang: str, template: str) -> str:
    fill = FILL[lang]
    values = {key: rng.choice(options) for key, options in fill.items()}
    values["region2"] = rng.choice(fill["region"])
    values["data2"] = rng.choice(fill["data"])
    return template.format(**values)


class _Furniture:
    """One outlet's page template: its menus, styles and scripts, the same on every page."""

    def __init__(self, slug: str, name: str, lang: str, seed: int) -> None:
        rng = random.Random(f"{seed}-{slug}")
        self.slug, self.name, self.lang = slug, name, lang
        sections = SECTIONS[lang]
        self.nav = " ".join(f'<a href="/{slug}/{s.lower()}/">{html.escape(s)}</a>' for s in sections)
        self.subnav = " ".join(f'<a href="/{slug}/{sections[k % 16].lower()}/{k}/">{html.escape(fill)}</a>'
                               for k, fill in enumerate(rng.sample(FILL[lang]["town"] * 3, 24)))
        self.footer = "\n".join(
            f'<li><a href="/{slug}/{"".join(rng.choices(string.ascii_lowercase, k=8))}/">'
            f'{html.escape(rng.choice(sections))} {rng.choice(FILL[lang]["town"])}</a></li>' for _ in range(60))
        self.css = "\n".join(
            f".{slug}-{''.join(rng.choices(string.ascii_lowercase, k=6))} "
            f"{{margin:{rng.randrange(20)}px;padding:{rng.randrange(20)}px;color:#{rng.randrange(16**6):06x};"
            f"font-size:{rng.randrange(10, 30)}px;display:{rng.choice(['block', 'flex', 'grid'])}}}"
            for _ in range(140))
        self.js = "\n".join(
            f"window.__tag_{k}=function(e){{var t=document.querySelectorAll('[data-{slug}-{k}]');"
            f"for(var i=0;i<t.length;i++){{t[i].setAttribute('data-seen','{rng.randrange(10**8)}')}}"
            f"return e&&e.{''.join(rng.choices(string.ascii_lowercase, k=5))}}};" for k in range(110))
        self.consent = ("Nous et nos partenaires utilisons des cookies pour mesurer l'audience et personnaliser "
                        "les contenus. " if lang == "fr" else
                        "We and our partners use cookies to measure audience and personalise content. ") * 3

    def page(self, story: dict, path: str) -> str:
        lang, esc = self.lang, html.escape
        rng = random.Random(story["seed"])
        title, when = esc(story["title"]), story["published"]
        related = "\n".join(f'<li><a href="/{self.slug}/{when:%Y/%m/%d}/{k}.html">'
                            f'{esc(_fill(rng, lang, rng.choice(TITLES[lang])))}</a></li>' for k in range(8))
        most_read = "\n".join(f'<li><a href="/{self.slug}/top/{k}.html">'
                              f'{esc(_sentence(rng, lang, CONTEXT))}</a></li>' for k in range(10))
        comments = "\n".join(f'<div class="comment"><p class="who">{esc(rng.choice(FILL[lang]["person"]))}</p>'
                             f'<p>{esc(rng.choice(COMMENTS[lang]))}</p></div>' for _ in range(story["comments"]))
        paragraphs = [f"<p>{esc(p)}</p>" for p in story["paragraphs"]]
        if story["kind"] == "video":
            body = (f'<div class="player" data-src="/{self.slug}/video/{story["slug"]}.m3u8"></div>'
                    + "".join(paragraphs))
        else:
            middle = len(paragraphs) // 2
            aside = (f'<aside class="read-also"><b>{"Lire aussi" if lang == "fr" else "Read also"}</b> '
                     f'<a href="/{self.slug}/top/1.html">{esc(_fill(rng, lang, rng.choice(TITLES[lang])))}</a></aside>'
                     '<div class="ad-slot" data-slot="inread"></div>')
            body = "\n".join(paragraphs[:middle] + [aside] + paragraphs[middle:])
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": story["title"],
                         "datePublished": when.isoformat(), "author": {"@type": "Person", "name": story["author"]},
                         "publisher": {"@type": "Organization", "name": self.name}}, ensure_ascii=False)
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – {esc(self.name)}</title>
<meta name="description" content="{esc(story["standfirst"])}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(self.name)}">
<meta name="author" content="{esc(story["author"])}">
<meta property="article:published_time" content="{when.isoformat()}">
<link rel="canonical" href="{path}">
<style>{self.css}</style>
<script type="application/ld+json">{ld}</script>
<script>{self.js}</script>
</head>
<body class="{self.slug}">
<div class="consent-bar" data-nosnippet><p>{esc(self.consent)}</p><button>OK</button><button>Refuser</button></div>
<header class="site"><a class="brand" href="/{self.slug}/">{esc(self.name)}</a>
<nav class="main">{self.nav}</nav><nav class="sub">{self.subnav}</nav></header>
<nav class="crumbs"><a href="/{self.slug}/">{esc(self.name)}</a> › <a href="/{self.slug}/sante/">{esc(SECTIONS[lang][2])}</a></nav>
<main>
<article class="story">
<h1>{title}</h1>
<p class="standfirst">{esc(story["standfirst"])}</p>
<p class="byline">{"Par" if lang == "fr" else "By"} <a rel="author" href="/{self.slug}/auteurs/{rng.randrange(100)}/">{esc(story["author"])}</a>
— <time datetime="{when.isoformat()}">{when:%d/%m/%Y %H:%M}</time></p>
<ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul>
<div class="article-body">
{body}
</div>
<p class="tags"><a href="/{self.slug}/tag/cyberattaque/">#cyber</a> <a href="/{self.slug}/tag/sante/">#santé</a></p>
</article>
<section class="newsletter"><h2>Newsletter</h2><form><input type="email" name="email"><button>OK</button></form></section>
<section class="comments"><h2>{"Commentaires" if lang == "fr" else "Comments"}</h2>
{comments}
</section>
<aside class="related"><h2>{"Sur le même sujet" if lang == "fr" else "Related"}</h2><ul>
{related}
</ul></aside>
<aside class="most-read"><h2>{"Les plus lus" if lang == "fr" else "Most read"}</h2><ol>
{most_read}
</ol></aside>
</main>
<footer><ul>
{self.footer}
</ul><p>© 2025 {esc(self.name)}</p></footer>
<script>window.__tag_1&&window.__tag_1({{}});</script>
</body>
</html>
"""


def _rss(label: str, slug: str, items: list[tuple[str, dict]]) -> str:
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{html.escape(label)}</title>'
             f"<link>{BASE}/{slug}/</link><description>{html.escape(label)}</description>"]
    for path, story in items:
        parts.append(f"<item><title>{html.escape(story['title'])}</title><link>{BASE}{path}</link>"
                     f"<guid>{BASE}{path}</guid><pubDate>{story['published']:%a, %d %b %Y %H:%M:%S +0000}</pubDate>"
                     f"<description>{html.escape(story['standfirst'])}</description></item>")
    parts.append("</channel></rss>\n")
    return "\n".join(parts)


def _atom(label: str, slug: str, items: list[tuple[str, dict]]) -> str:
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
             f"<title>{html.escape(label)}</title><id>{BASE}/{slug}/</id>"
             f"<updated>{START.isoformat()}</updated>"]
    for path, story in items:
        stamp = story["published"].isoformat()
        parts.append(f'<entry><title>{html.escape(story["title"])}</title><link href="{BASE}{path}"/>'
                     f"<id>{BASE}{path}</id><published>{stamp}</published><updated>{stamp}</updated>"
                     f"<summary>{html.escape(story['standfirst'])}</summary></entry>")
    parts.append("</feed>\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a generated corpus to a folder (git-ignored by default).")
    parser.add_argument("--pages", type=int, default=500, help="number of article pages (default 500)")
    parser.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    parser.add_argument("--output", type=Path, default=Path(__file__).parent / "corpus",
                        help="folder to write (default benchmarks/corpus/)")
    args = parser.parse_args(argv)
    corpus = generate(args.pages, seed=args.seed)
    corpus.write(args.output)
    print(f"{len(corpus.pages)} pages, {len(corpus.feeds)} feeds, {corpus.page_bytes() / 1e6:.1f} MB "
          f"written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
