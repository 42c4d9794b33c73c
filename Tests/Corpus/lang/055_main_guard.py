def main():
    print("main running")
    return 0

print("module level:", __name__)

if __name__ == "__main__":
    print("inside guard")
    result = main()
    print("result", result)
else:
    print("imported")
