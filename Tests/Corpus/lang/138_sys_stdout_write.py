import sys
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("partial ")
sys.stdout.write("line\n")
sys.stdout.write("한글\n")
sys.stdout.flush()
for i in range(3):
    sys.stdout.write(str(i))
sys.stdout.write("\n")
print("stderr gets this", file=sys.stderr)
sys.stderr.write("and this\n")
print("done")
