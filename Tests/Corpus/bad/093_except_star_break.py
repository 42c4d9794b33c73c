for attempt in range(3):
    try:
        raise ExceptionGroup("retry", [ValueError(attempt)])
    except* ValueError:
        print("giving up")
        break
