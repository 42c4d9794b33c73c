# A class pattern whose __match_args__ is too short fails at run time with CPython's
# TypeError; uncaught, it ends the program with status 1.


class Reading:
    __match_args__ = ("sensor",)

    def __init__(self, sensor, value):
        self.sensor = sensor
        self.value = value


def describe(r):
    match r:
        case Reading("thermo"):
            return "thermometer"
        case Reading(sensor, value):
            return f"{sensor}={value}"


print(describe(Reading("thermo", 21)))
print(describe(Reading("baro", 1013)))
