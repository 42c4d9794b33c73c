import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(filename)s:%(lineno)d %(funcName)s %(module)s [%(levelname)s] %(message)s")
log = logging.getLogger(__name__)

log.info("at module level")


def handler(x):
    log.debug("handling %d", x)
    if x < 0:
        log.warning("negative input")
    return x * 2


class Service:
    def start(self):
        logging.info("service starting")

        def inner():
            log.error("from a nested function")
        inner()


handler(1)
handler(-1)
Service().start()
logging.getLogger("other").critical("named logger")
print([(lambda: log.info("in a lambda"))()])
print(logging.LogRecord("n", logging.INFO, "/x/y.py", 7, "msg %s", ("a",), None).getMessage())
