def read_lines():
    data = ["10", "x", "20", "", "30", "-5"]
    for line in data:
        print("read", repr(line))
        yield line

def parse(lines):
    for line in lines:
        if line.lstrip("-").isdigit():
            yield int(line)

def positive(nums):
    for n in nums:
        if n > 0:
            yield n

pipeline = positive(parse(read_lines()))
print("pipeline built")
total = 0
for value in pipeline:
    print("got", value)
    total += value
print("total", total)
