class User:
    def __init__(self, name):
        self.name = name

users = [User("ann"), User("bob")]
for u in users:
    print(u.name)
print(users[0].email)
