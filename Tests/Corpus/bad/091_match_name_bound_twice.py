def same_pair(value):
    match value:
        case (x, x):
            return True
        case _:
            return False


print(same_pair((1, 1)))
