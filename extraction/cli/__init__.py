"""The commands behind `python -m extraction`: extract, evaluate, bench, ingest, export.

`extract` (extract, evaluate, bench), `store` (ingest, export), `bench` (the speed
benchmark) and `reporting` (evaluation reports on the terminal).

May import everything in `extraction`; nothing imports it but `__main__`.
"""
