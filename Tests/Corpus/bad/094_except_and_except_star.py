try:
    raise ExceptionGroup("errors", [ValueError(1)])
except* ValueError:
    print("values")
except TypeError:
    print("types")
