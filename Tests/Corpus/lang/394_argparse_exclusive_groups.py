import argparse

# The Python docs' argparse tutorial, final version.
parser = argparse.ArgumentParser(description="calculate X to the power of Y")
group = parser.add_mutually_exclusive_group()
group.add_argument("-v", "--verbose", action="store_true")
group.add_argument("-q", "--quiet", action="store_true")
parser.add_argument("x", type=int, help="the base")
parser.add_argument("y", type=int, help="the exponent")
parser.print_help()


def run(argv):
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, "for", argv)
        return
    answer = args.x ** args.y
    if args.quiet:
        print(answer)
    elif args.verbose:
        print(f"{args.x} to the power {args.y} equals {answer}")
    else:
        print(f"{args.x}^{args.y} == {answer}")


for argv in [["4", "2"], ["4", "2", "-q"], ["4", "2", "-v"], ["4", "2", "-vq"], ["-q", "4", "2", "--verbose"], ["4"]]:
    run(argv)

out = argparse.ArgumentParser(prog="export")
fmt = out.add_mutually_exclusive_group(required=True)
fmt.add_argument("--json", action="store_const", dest="format", const="json")
fmt.add_argument("--csv", action="store_const", dest="format", const="csv")
fmt.add_argument("--table", metavar="STYLE")
out.add_argument("--limit", type=int, default=10)
one = out.add_mutually_exclusive_group(required=True)
one.add_argument("--all", action="store_true")
print(out.format_usage())
print(out.parse_args(["--csv", "--all"]), out.parse_args(["--table", "grid", "--all", "--limit", "3"]))
for argv in [["--all"], ["--json", "--csv", "--all"], ["--csv"], ["--table", "x", "--json"]]:
    try:
        out.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, "for", argv)
sec = argparse.ArgumentParser(prog="sec")
g = sec.add_argument_group("output")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--color", action="store_true", help="colour output")
mx.add_argument("--no-color", action="store_true", help="plain output")
sec.print_help()
