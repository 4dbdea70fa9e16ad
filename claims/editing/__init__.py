"""Editors' last word on the machine's judgments: claims, relevance, clusters' review, merges, added pages.

Each module is one kind of decision; every write is one transaction with its audit row,
and the pipeline calls back in here (corrections, relevance) so decisions survive
re-crawls and `reprocess`.
"""
