def process(items):
    results = []
    for item in items:
        try:
            if item is None:
                continue
            if item == "stop":
                break
            results.append(item * 2)
        finally:
            print("finally for", repr(item))
    return results
print(process([1, None, 3, "stop", 5]))

count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("while finally", count)
print("count", count)

def nested():
    try:
        try:
            return "inner return"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
