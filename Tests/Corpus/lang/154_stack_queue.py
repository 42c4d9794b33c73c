stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b if token == "+" else a * b)
    print(token, stack)
print("result", stack[0])

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["(a[b]{c})", "(]", "((", ""]:
    print(repr(s), balanced(s))

queue = []
queue.append("first")
queue.append("second")
queue.append("third")
while queue:
    print("serving", queue.pop(0))
