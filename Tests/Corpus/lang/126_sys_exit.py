import sys
print("before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally runs on sys.exit")
cleanup()
print("not printed")
