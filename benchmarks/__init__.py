"""Recoupe's benchmark suite: a generated corpus, a local server for it, and the runner (`python -m benchmarks.run`)."""
