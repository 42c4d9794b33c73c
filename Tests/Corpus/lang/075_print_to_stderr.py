import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
sys.stderr.write("direct stderr\n")
print("a", "b", sep="+", file=sys.stdout)
print("end of program")
