class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")

balance = 10
def withdraw(amount):
    global balance
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    balance -= amount
    print("withdrew", amount, "balance", balance)

withdraw(3)
withdraw(5)
withdraw(7)
