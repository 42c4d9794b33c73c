class InsufficientFunds(Exception):
    pass

class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

class Savings(Account):
    def add_interest(self):
        gained = round(self.balance * self.interest, 2)
        self.deposit(gained)
        return gained

acc = Savings("ann", 100)
acc.deposit(50)
for amount in [30, 500]:
    try:
        acc.withdraw(amount)
        print("withdrew", amount)
    except InsufficientFunds as e:
        print("failed:", e)
try:
    acc.deposit(-5)
except ValueError as e:
    print("failed:", e)
print(acc.add_interest(), acc)
print(acc.history)
