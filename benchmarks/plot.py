"""Draw cost against corpus size from a results.json's series (matplotlib, PNG)."""

from __future__ import annotations

from pathlib import Path


def plot_series(results: dict, output: Path) -> None:
    """Crawl milliseconds per page and peak memory against pages crawled; clustering cost against store size."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    crawl = results["series"].get("crawl", [])
    cluster = results["series"].get("cluster", [])
    fig, axes = plt.subplots(1, 3 if cluster else 2, figsize=(13 if cluster else 9, 3.8))
    pages = [p["pages"] for p in crawl]
    axes[0].plot(pages, [p["ms_per_page"] for p in crawl], "o-", label="wall time per page")
    axes[0].plot(pages, [p["main_cpu_ms_per_page"] for p in crawl], "s--", label="crawler process CPU per page")
    raw = results["figures"].get("extract_raw_pages_per_s", {}).get("value")
    if raw:
        axes[0].axhline(1000 / raw, color="grey", linestyle=":", label="trafilatura alone, one core")
    axes[0].set(xlabel="pages in the crawl", ylabel="ms per page", title="Crawl cost per page", xscale="log")
    axes[0].legend(fontsize=7)
    axes[1].plot(pages, [p["peak_rss_mb"] for p in crawl], "o-")
    axes[1].set(xlabel="pages in the crawl", ylabel="MB", title="Crawl peak RSS (all processes)", xscale="log")
    if cluster:
        sizes = [c["store"] for c in cluster]
        axes[2].plot(sizes, [c["cluster_s"] * 1000 / c["claims_added"] for c in cluster], "o-", label="clustering")
        axes[2].plot(sizes, [c["verdicts_s"] * 1000 / c["claims_added"] for c in cluster], "s-", label="verdicts")
        axes[2].set(xlabel="claims in the store", ylabel="s per 1,000 claims added", title="Adding claims",
                    xscale="log")
        axes[2].legend(fontsize=7)
    for ax, ticks in zip(axes, [pages, pages] + ([[c["store"] for c in cluster]] if cluster else [])):
        ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        ax.set_xticks(ticks, [f"{t:,}" for t in ticks], fontsize=7)
    fig.suptitle(f"Recoupe benchmarks, {results['machine']['cpu_count']} cores", fontsize=9)
    fig.tight_layout()
    output.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(output, dpi=110)
    plt.close(fig)
