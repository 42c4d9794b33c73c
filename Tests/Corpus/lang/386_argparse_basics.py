import argparse

parser = argparse.ArgumentParser(prog="fetch", description="Download some files and report how it went.",
                                 epilog="Example: fetch -n 3 http://a http://b")
parser.add_argument("urls", nargs="+", help="the URLs to fetch")
parser.add_argument("-n", "--workers", type=int, default=4, help="number of workers (default: %(default)s)")
parser.add_argument("-v", "--verbose", action="store_true", help="print more")
parser.add_argument("--quiet", action="store_false", dest="loud")
parser.add_argument("--mode", choices=["fast", "safe"], default="safe", help="fetch mode")
parser.add_argument("--timeout", type=float, metavar="SECONDS", help="per-request timeout")
parser.add_argument("-t", "--tag", action="append", help="a tag (repeatable)")
parser.add_argument("-d", action="count", default=0, help="debug level")
parser.add_argument("--version", action="version", version="fetch 1.0")
parser.print_help()
print(parser.format_usage())

args = parser.parse_args(["http://x", "http://y"])
print(args)
print(args.urls, args.workers, args.verbose, args.loud, args.mode, args.timeout, args.tag, args.d)
args = parser.parse_args(["-n", "8", "-v", "--mode=fast", "--timeout", "2.5", "-t", "a", "--tag", "b", "-ddd", "u1"])
print(args)
print(parser.parse_args(["--work", "2", "u", "--quiet", "-n5"]))
print(parser.parse_args(["u", "--", "-not-an-option"]))
print(vars(parser.parse_args(["u"])))

p2 = argparse.ArgumentParser(prog="calc")
p2.add_argument("x", type=int, help="first operand")
p2.add_argument("y", type=int, nargs="?", default=10, help="second operand")
p2.add_argument("rest", nargs="*")
p2.add_argument("--op", required=True, choices=["add", "mul"])
print(p2.format_help())
print(p2.parse_args(["3", "--op", "add"]))
print(p2.parse_args(["3", "4", "5", "6", "--op", "mul"]))
print(p2.parse_args(["-3", "--op", "add"]))

for argv in [["--op", "add"], ["x", "--op", "add"], ["3", "--op", "sub"], ["3"], ["3", "--op"],
             ["3", "--op", "add", "--bogus", "q"], ["3", "--op", "add", "--op=mul", "-h"]]:
    try:
        p2.parse_args(argv)
    except SystemExit as e:
        print("exit status", e.code, "for", argv)

p3 = argparse.ArgumentParser(prog="tool", exit_on_error=False)
p3.add_argument("--count", type=int)
p3.add_argument("--color", "--colour", dest="color")
try:
    p3.parse_args(["--count", "many"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    p3.parse_args(["--col", "red"])
except SystemExit as e:
    print("ambiguous: exit", e.code)
print(p3.parse_args(["--colour", "red"]), p3.parse_args(["--colou=blue"]))
ns = argparse.Namespace(a=1, b="two")
print(ns, ns.a, ns == argparse.Namespace(a=1, b="two"), "a" in ns)

g = argparse.ArgumentParser(prog="srv", description="A server.")
net = g.add_argument_group("network", "Where to listen.")
net.add_argument("--host", default="127.0.0.1", help="address to bind")
net.add_argument("--port", type=int, default=8080, help="port to bind")
g.add_argument("--a-very-long-option-name-indeed", metavar="VALUE",
               help="an option whose help text is long enough that it has to be wrapped over more than one line of output")
g.print_help()
print(g.parse_args(["--port", "9000"]))
try:
    g.parse_args(["--help"])
except SystemExit as e:
    print("help exit", e.code)
