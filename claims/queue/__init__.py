"""Distributed mode: the pipeline cut into jobs on a PostgreSQL-backed queue (procrastinate), run by `recoupe worker`.

`tasks` defines the jobs (fetch a feed, fetch a page, extract an article's claims, embed
them, settle clusters and verdicts), `plan` queues them (what `recoupe crawl` does with a
PostgreSQL store, and the workers' periodic sweep), `worker` runs them. docs/scaling.md
explains the choices.
"""
