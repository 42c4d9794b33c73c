def origin_axis(point):
    match point:
        case (0, y) | (x, 0):
            return "on an axis"
        case _:
            return "elsewhere"


print(origin_axis((0, 3)))
