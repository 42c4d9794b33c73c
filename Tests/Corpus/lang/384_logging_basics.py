import logging
import sys
import time

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
logging.debug("debug message")
logging.info("info %s %d", "args", 42)
logging.warning("warning")
logging.error("error: %(code)s", {"code": 500})
logging.critical("critical!")

log = logging.getLogger("app")
log.info("from app")
child = logging.getLogger("app.db")
child.warning("from %s", child.name)
print(child.parent is log, log.parent is logging.getLogger(), logging.getLogger() is logging.root)
print(log, child, logging.root, log.getEffectiveLevel(), logging.getLevelName(logging.WARNING))
print(logging.getLevelName(25), logging.getLevelName("INFO"), logging.DEBUG, logging.CRITICAL)

log.setLevel(logging.WARNING)
log.info("hidden")
child.info("also hidden")
child.error("shown")
print(log.isEnabledFor(logging.INFO), child.isEnabledFor(logging.ERROR), child.getEffectiveLevel())

fmt = logging.Formatter("%(asctime)s [%(levelname)-8s] %(name)s: %(message)s")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(fmt)
svc = logging.getLogger("svc")
svc.propagate = False
svc.addHandler(h)
svc.setLevel(logging.DEBUG)
svc.debug("starting")
time.sleep(1.25)
svc.info("after %.2f s", 1.25)

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname}|{name}|{message}|{msecs:.0f}", style="{"))
h2.setLevel(logging.ERROR)
svc.addHandler(h2)
svc.warning("only the first handler")
svc.error("both handlers")

h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M:%S"))
clock = logging.getLogger("clock")
clock.propagate = False
clock.addHandler(h3)
clock.warning("tick")

errors = logging.getLogger("errors")
errors.propagate = False
errors.addHandler(logging.StreamHandler())
try:
    1 / 0
except ZeroDivisionError:
    errors.exception("division failed (traceback on stderr)")
print("after exception")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


f = logging.getLogger("filtered")
f.propagate = False
hf = logging.StreamHandler(sys.stdout)
hf.setFormatter(logging.Formatter("%(message)s"))
f.addHandler(hf)
f.log(logging.WARNING, "via log %s", "ok")
f.addFilter(OnlyOdd())
for i in range(4):
    f.warning("n=%d", i)
logging.getLogger("quiet").addHandler(logging.NullHandler())
logging.getLogger("quiet").propagate = False
logging.getLogger("quiet").error("nobody sees this")
logging.disable(logging.CRITICAL)
logging.error("disabled")
logging.disable(logging.NOTSET)
logging.error("enabled again")
print(logging.getLogger("app").handlers, len(logging.root.handlers), logging.root.level)
