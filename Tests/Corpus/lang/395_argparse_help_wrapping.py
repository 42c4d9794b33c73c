import argparse
p = argparse.ArgumentParser(prog="w", description="A well-known tool for long-running, fault-tolerant data-processing jobs that re-try x-y e-mail co-operation re-re-run and so-called state-of-the-art stuff " * 3)
p.add_argument("--timeout", help="per-request time-out in seconds; non-negative, zero-or-more re-tries with well-behaved back-off (a--b) --flag -x")
p.add_argument("--url", help="https://example.com/a-very-long-path-with-many-hyphens-in-it-that-goes-on-and-on-beyond-the-width-of-the-column")
p.add_argument("--w", help="supercalifragilisticexpialidocious-supercalifragilisticexpialidocious-abc 12-34 ab-12 a-b-c-d-e")
p.print_help()
