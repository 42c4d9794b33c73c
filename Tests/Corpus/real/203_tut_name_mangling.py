# source: https://docs.python.org/3.11/tutorial/classes.html (Private Variables: Mapping); changes: a few calls and prints at the end
class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)

    def update(self, iterable):
        for item in iterable:
            self.items_list.append(item)

    __update = update   # private copy of original update() method

class MappingSubclass(Mapping):

    def update(self, keys, values):
        # provides new signature for update()
        # but does not break __init__()
        for item in zip(keys, values):
            self.items_list.append(item)

m = MappingSubclass([1, 2])
m.update(['a', 'b'], [3, 4])
print(m.items_list)
print(hasattr(m, '_Mapping__update'), hasattr(m, '__update'))
