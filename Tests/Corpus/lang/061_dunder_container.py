class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __iter__(self):
        return iter(self.cards)
    def __contains__(self, card):
        print("checking", card)
        return card in self.cards

deck = Deck(["A", "K", "Q", "J"])
print(len(deck))
print(deck[0], deck[-1], deck[1:3])
for card in deck:
    print("card", card)
print("K" in deck, "2" in deck)
print(list(deck), sorted(deck))
print(bool(Deck([])), bool(deck))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()))
