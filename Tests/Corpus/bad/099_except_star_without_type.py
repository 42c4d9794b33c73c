try:
    raise ExceptionGroup("many", [ValueError(1)])
except* ValueError:
    print("values")
except*:
    print("everything else")
