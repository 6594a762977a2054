"""One module per stage; each exposes `run(article, knowledge) -> Article`. The order is in pipeline.py."""
