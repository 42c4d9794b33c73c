import json
import logging
import sys

import gevent

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(asctime)s %(threadName)s %(name)s %(levelname)s %(message)s")
log = logging.getLogger("crawler")


def crawl(url, delay):
    log.debug("fetching %s", url)
    gevent.sleep(delay)
    if "bad" in url:
        log.error("failed %s", url)
        return {"url": url, "ok": False}
    log.info("fetched %s in %.1fs", url, delay)
    return {"url": url, "ok": True, "size": len(url) * 100}


jobs = [gevent.spawn(crawl, u, d) for u, d in [("http://a", 0.3), ("http://bad", 0.1), ("http://cc", 0.2)]]
gevent.joinall(jobs)
report = {"results": [j.value for j in jobs], "total": sum(j.value.get("size", 0) for j in jobs)}
print(json.dumps(report, indent=2, sort_keys=True))
log.warning("done: %s", json.dumps(report["total"]))
