"""Claims: extraction from article text, embedding, clustering, verdicts and export."""
