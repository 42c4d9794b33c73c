TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "stopped",
    ("paused", "stop"): "stopped",
}
class InvalidTransition(Exception):
    pass
class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"cannot {event} while {self.state}")
        self.log.append(f"{self.state} --{event}--> {TRANSITIONS[key]}")
        self.state = TRANSITIONS[key]
m = Machine()
for ev in ["start", "pause", "start", "resume", "stop", "resume"]:
    try:
        m.fire(ev)
    except InvalidTransition as e:
        print("error:", e)
print("\n".join(m.log))
print("final:", m.state)
