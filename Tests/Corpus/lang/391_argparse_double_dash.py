import argparse
p = argparse.ArgumentParser(prog="p")
p.add_argument("--many", nargs="*", default=[])
p.add_argument("--one")
p.add_argument("files", nargs="*", default=["a.txt"])
for argv in [["--many", "x", "y", "--", "f1"], ["--", "--one", "z"], ["--one", "--", "f"], ["f0", "--", "-x", "--"], ["--many", "--", "--"], ["--"]]:
    try:
        print(argv, p.parse_args(argv))
    except SystemExit as e:
        print(argv, "exit", e.code)
q = argparse.ArgumentParser(prog="q")
q.add_argument("a")
q.add_argument("b", nargs="?")
for argv in [["--", "x"], ["x", "--"], ["x", "--", "y"], ["--", "-1", "-2"]]:
    try:
        print(argv, q.parse_args(argv))
    except SystemExit as e:
        print(argv, "exit", e.code)
