queue = ["job1", "job2"]
processed = 0
while True:
    job = queue.pop(0)
    processed += 1
    print("processing", job, "count", processed)
