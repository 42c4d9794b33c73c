import argparse
import sys

parser = argparse.ArgumentParser(description="Greets someone.")
parser.add_argument("name", help="who to greet")
parser.add_argument("--times", type=int, default=1)
print(parser.prog)
parser.print_usage()
print("argv after the script:", sys.argv[1:])
args = parser.parse_args()
print("not reached", args)
