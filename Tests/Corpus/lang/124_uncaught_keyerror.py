config = {"host": "localhost", "debug": False}
print("host:", config["host"])
print("debug:", config.get("debug"))
print("timeout:", config.get("timeout", 30))
print("port:", config["port"])
print("never printed")
