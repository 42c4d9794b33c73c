import gevent

def job():
        gevent.sleep(1)
	print("done")

gevent.spawn(job).join()
