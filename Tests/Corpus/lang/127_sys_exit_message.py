import sys

settings = {}
print("checking input")
if "path" not in settings:
    sys.exit("fatal: configuration missing")
print("never printed")
