def greet():
    print("hello", usernme)

print("starting")
greet()
