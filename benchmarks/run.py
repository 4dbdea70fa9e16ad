"""Run the benchmark suite (`--quick` in under a minute, `--full` at full size), print a table, write results.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQUIRED = ("crawl_pages_per_s", "extract_raw_pages_per_s", "claims_sentences_per_s", "embed_pipeline_per_s",
            "embed_raw_per_s", "cluster_add_1k_s", "web_p50_ms", "web_p95_ms", "web_p95_idle_ms", "crawl_peak_rss_mb",
            "cron_run_s")


@dataclass(frozen=True)
class Sizes:
    """How big each measurement is; the names say what they count."""

    crawl_pages: int
    raw_pages: int
    rss_pages: int            # a larger crawl (crawl stage only) whose peak memory is also reported (0: none)
    crawl_series: tuple[int, ...]  # extra crawl sizes for cost against corpus size (--full only)
    claim_articles: int
    embed_sentences: int
    seed_articles: int
    stores: tuple[int, ...]   # claim-store sizes; the last one is the reported figure and the web's database
    add_claims: int
    web_seconds: float


QUICK = Sizes(crawl_pages=120, raw_pages=60, rss_pages=0, crawl_series=(), claim_articles=10, embed_sentences=64,
              seed_articles=12, stores=(10_000,), add_claims=250, web_seconds=3.0)
FULL = Sizes(crawl_pages=1000, raw_pages=1000, rss_pages=5000, crawl_series=(250, 500), claim_articles=100,
             embed_sentences=500, seed_articles=100, stores=(10_000, 100_000), add_claims=1000, web_seconds=20.0)
TINY = Sizes(crawl_pages=30, raw_pages=10, rss_pages=0, crawl_series=(), claim_articles=2, embed_sentences=16,
             seed_articles=4, stores=(500,), add_claims=50, web_seconds=1.0)


def machine() -> dict:
    info = {"cpu_count": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "processor": platform.processor() or platform.machine()}
    try:
        import torch
        info["torch"] = torch.__version__
        info["torch_threads"] = torch.get_num_threads()
    except ImportError:
        info["torch"] = None
    try:
        import psutil
        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
        info["load_average_1m"] = round(os.getloadavg()[0], 2)
    except (ImportError, OSError):
        pass
    return info


class Suite:
    """Collects figures; a stage that fails records its figures as missing, with the reason."""

    def __init__(self) -> None:
        self.figures: dict[str, dict] = {}
        self.series: dict[str, list] = {}
        self.timings: dict[str, float] = {}

    def stage(self, name: str, produces: tuple[str, ...], fn) -> None:
        started = time.perf_counter()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        try:
            fn()
        except Exception as exc:  # a module not built yet must not stop the other figures
            reason = f"{type(exc).__name__}: {exc}".strip()
            traceback.print_exc(file=sys.stderr)
            for figure in produces:
                self.figures.setdefault(figure, {"value": None, "unit": None, "n": 0, "missing": reason})
        self.timings[name] = round(time.perf_counter() - started, 2)


STAGES = ("re-checks", "crawl", "small-crawl", "cron", "claims", "embeddings", "cluster", "web")


def run(sizes: Sizes, *, output: Path | None, plot: Path | None = None, only: tuple[str, ...] = STAGES) -> dict:
    from benchmarks import crawl_bench, stage_bench
    from benchmarks.corpus import generate
    from claims.config import parser_installed  # the parse is measured only where its extra is installed

    suite = Suite()
    started = time.perf_counter()
    corpus = generate(max(sizes.crawl_pages, sizes.raw_pages)) if "crawl" in only else None

    def crawl() -> None:
        pages = corpus.pages[:sizes.crawl_pages]
        suite.figures["extract_raw_pages_per_s"] = crawl_bench.raw_extraction(corpus, corpus.pages[:sizes.raw_pages])
        result = crawl_bench.crawl(corpus if len(corpus.pages) == sizes.crawl_pages else generate(sizes.crawl_pages),
                                   claims=True, parse=parser_installed())
        suite.figures.update(_crawl_figures(result, len(pages)))
        if "parse_seconds" in (result["claims"] or {}):
            suite.figures["crawl_parse_ratio"] = crawl_bench.parse_crawl_figure(result, len(pages))
        # The whole of `recoupe crawl`: the crawl, then the claims stage (model load included), which is its peak.
        suite.figures["crawl_peak_rss_mb"] = crawl_bench.figure(
            result["peak_rss_mb"], "MB", len(pages), crawl_stage_mb=round(result["crawl_maxrss_mb"], 1),
            claims_stage_mb=round(result["main_maxrss_mb"], 1), note="crawl and claims stage, all processes")
        if os.cpu_count() and os.cpu_count() > 1 and sizes.crawl_series:
            suite.figures["extract_raw_parallel_pages_per_s"] = crawl_bench.raw_extraction_parallel(
                corpus, corpus.pages[:sizes.raw_pages], os.cpu_count())
        suite.series.setdefault("crawl", []).append(_point(result, len(pages)))

    def crawl_series() -> None:
        for n in sizes.crawl_series:
            suite.series["crawl"].append(_point(crawl_bench.crawl(generate(n), runs=1), n))
        if sizes.rss_pages:
            result = crawl_bench.crawl(generate(sizes.rss_pages), runs=1)
            suite.figures["crawl_stage_peak_rss_mb"] = crawl_bench.figure(
                result["peak_rss_mb"], "MB", sizes.rss_pages, pages_per_s=_point(result, sizes.rss_pages)["pages_per_s"],
                note="crawl stage only, all processes")
            suite.series["crawl"].append(_point(result, sizes.rss_pages))
        suite.series["crawl"].sort(key=lambda p: p["pages"])

    def claims() -> None:
        suite.figures["claims_sentences_per_s"] = stage_bench.claim_extraction(sizes.claim_articles)
        if parser_installed():
            parsed = stage_bench.claim_extraction(sizes.claim_articles, structure="combined")
            parsed["cues_ratio"] = round(parsed["value"] / suite.figures["claims_sentences_per_s"]["value"], 3)
            suite.figures["claims_parse_sentences_per_s"] = parsed

    def embeddings() -> None:
        suite.figures.update(stage_bench.embeddings(sizes.embed_sentences))

    tmp = tempfile.TemporaryDirectory(prefix="recoupe-bench-")
    stores: dict[int, Path] = {}

    def cluster() -> None:
        from benchmarks import store_builder
        for size in sizes.stores:
            path = Path(tmp.name) / f"store-{size}.db"
            store_builder.build(path, size, seed_articles=sizes.seed_articles).conn.close()
            stores[size] = path
            result = stage_bench.cluster_add(path, add_claims=sizes.add_claims)
            suite.series.setdefault("cluster", []).append(result)
            suite.figures["cluster_add_1k_s"] = result

    def web() -> None:
        from benchmarks import web_bench
        path = stores.get(sizes.stores[-1])
        if path is None:
            from benchmarks import store_builder
            path = Path(tmp.name) / "web.db"
            store_builder.build(path, sizes.stores[-1], seed_articles=sizes.seed_articles).conn.close()
        suite.figures.update(web_bench.figures(path, seconds=sizes.web_seconds))

    def small_crawl() -> None:
        # A crawl as small as a routine run's backlog, against trafilatura alone on the same pages.
        small = generate(100)
        raw = crawl_bench.raw_extraction(small, small.pages)
        result = crawl_bench.crawl(small, runs=1)
        suite.figures["crawl_small_ratio"] = crawl_bench.small_crawl_figure(result, raw, len(small.pages))

    def cron() -> None:
        from benchmarks import cron_bench
        # The contract's store is 10,000 articles; --quick builds 2,000 to end within its minute or so.
        articles = 10_000 if sizes is FULL else 2_000 if sizes is QUICK else 300
        suite.figures.update(cron_bench.figures(Path(tmp.name), articles=articles, seed_articles=sizes.seed_articles))

    def recheck() -> None:
        from benchmarks import recheck_bench
        suite.figures.update(recheck_bench.figures())

    try:
        if "re-checks" in only:
            suite.stage("re-checks", ("recheck_requests_per_host_hour",), recheck)
        if "crawl" in only:
            suite.stage("crawl", ("crawl_pages_per_s", "extract_raw_pages_per_s", "crawl_peak_rss_mb"), crawl)
        if "crawl" in only and (sizes.crawl_series or sizes.rss_pages):
            suite.stage("crawl series", ("crawl_peak_rss_mb",), crawl_series)
        if "small-crawl" in only:
            suite.stage("small crawl", ("crawl_small_ratio",), small_crawl)
        if "cron" in only:
            suite.stage("cron", ("cron_run_s", "cron_noop_s"), cron)
        if "claims" in only:
            suite.stage("claims", ("claims_sentences_per_s",), claims)
        if "embeddings" in only:
            suite.stage("embeddings", ("embed_pipeline_per_s", "embed_raw_per_s"), embeddings)
        if "cluster" in only:
            suite.stage("cluster", ("cluster_add_1k_s",), cluster)
        if "web" in only:
            suite.stage("web", ("web_p50_ms", "web_p95_ms", "web_p95_idle_ms"), web)
    finally:
        tmp.cleanup()
    results = {"machine": machine(), "mode": sizes, "seconds": round(time.perf_counter() - started, 1),
               "stage_seconds": suite.timings, "figures": _ordered(suite.figures), "series": suite.series}
    results["mode"] = {k: v for k, v in vars(sizes).items()}
    if output is not None:
        output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    if plot is not None and suite.series.get("crawl"):
        from benchmarks.plot import plot_series
        plot_series(results, plot)
    return results


def _crawl_figures(result: dict, pages: int) -> dict:
    from benchmarks.crawl_bench import figure
    first = result["runs"][0]
    out = {"crawl_pages_per_s": figure(pages / first["seconds"], "pages/s", pages, seconds=round(first["seconds"], 3),
                                       main_cpu_s=round(first["main_cpu_s"], 2),
                                       workers_cpu_s=round(result["workers_cpu_s"], 2),
                                       server_cpu_s=round(result["server_cpu_s"], 2), counts=first["counts"])}
    if len(result["runs"]) > 1:
        again = result["runs"][1]
        out["crawl_recheck_pages_per_s"] = figure(pages / again["seconds"], "pages/s", pages,
                                                  note="second run: conditional GETs, all 304")
    return out


def _point(result: dict, pages: int) -> dict:
    first = result["runs"][0]
    return {"pages": pages, "seconds": round(first["seconds"], 3), "pages_per_s": round(pages / first["seconds"], 2),
            "ms_per_page": round(first["seconds"] * 1000 / pages, 2), "main_cpu_ms_per_page":
            round(first["main_cpu_s"] * 1000 / pages, 2), "peak_rss_mb": round(result["peak_rss_mb"], 1)}


def _ordered(figures: dict) -> dict:
    return {name: figures[name] for name in (*REQUIRED, *sorted(set(figures) - set(REQUIRED))) if name in figures}


def table(results: dict) -> str:
    lines = [f"{'figure':34} {'value':>12}  {'unit':12} {'n':>8}  note", "-" * 84]
    for name, f in results["figures"].items():
        value = "missing" if f.get("value") is None else f"{f['value']:,.4g}" if f["value"] < 100 else f"{f['value']:,.1f}"
        note = f.get("missing") or f.get("note") or ""
        if name == "cluster_add_1k_s" and f.get("store"):
            note = f"store of {f['store']:,} claims; " + note
        lines.append(f"{name:34} {value:>12}  {f.get('unit') or '':12} {f.get('n', 0):>8}  {note[:60]}")
    crawl, raw = results["figures"].get("crawl_pages_per_s", {}), results["figures"].get("extract_raw_pages_per_s", {})
    if crawl.get("value") and raw.get("value"):
        lines.append(f"crawl / raw extraction: {crawl['value'] / raw['value']:.2f} (target >= 0.8)")
    small = results["figures"].get("crawl_small_ratio", {})
    if small.get("value"):
        lines.append(f"small crawl ({small['n']} pages) / raw extraction: {small['value']:.2f} (target >= 0.8)")
    recheck = results["figures"].get("recheck_requests_per_host_hour", {})
    if recheck.get("value") is not None and recheck.get("before"):
        lines.append(f"re-checks per host per hour, busiest: {recheck['before']} before, {recheck['value']} after "
                     f"({recheck['ratio']:.3f}); mean {recheck['mean_before']} -> {recheck['mean_after']}")
    emb, emb_raw = results["figures"].get("embed_pipeline_per_s", {}), results["figures"].get("embed_raw_per_s", {})
    if emb.get("value") and emb_raw.get("value"):
        lines.append(f"embedding pipeline / raw encode: {emb['value'] / emb_raw['value']:.2f} (target >= 0.9)")
    live, idle = results["figures"].get("web_p95_ms", {}), results["figures"].get("web_p95_idle_ms", {})
    if live.get("value") and idle.get("value"):
        lines.append(f"web p95: {live['value']:.1f} ms with a crawl writing (target < {live.get('target_ms')}), "
                     f"{idle['value']:.1f} ms idle (target < {idle.get('target_ms')})")
    lines.append(f"total {results['seconds']} s on {results['machine']['cpu_count']} cores, "
                 f"load {results['machine'].get('load_average_1m', '?')}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="small sizes: ends within a minute on 2 cores (default)")
    mode.add_argument("--full", action="store_true", help="full sizes (several minutes)")
    mode.add_argument("--tiny", action="store_true", help="a few seconds per stage: for the smoke test")
    parser.add_argument("--output", type=Path, default=HERE / "results.json", help="where to write the JSON")
    parser.add_argument("--plot", type=Path, default=None,
                        help="write the cost-against-corpus-size plot (PNG) here (--full only)")
    parser.add_argument("--only", action="append", choices=STAGES, default=None,
                        help="run only this stage (repeatable); the others' figures are left out")
    args = parser.parse_args(argv)
    sizes = FULL if args.full else TINY if args.tiny else QUICK
    results = run(sizes, output=args.output, plot=args.plot, only=tuple(args.only or STAGES))
    print(table(results))
    missing = [n for n in REQUIRED if results["figures"].get(n, {}).get("value") is None]
    if missing:
        print(f"missing figures: {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
