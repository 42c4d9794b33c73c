def parse_record(line):
    name, age = line.split(",")
    return {"name": name, "age": int(age)}

def load(lines):
    records = []
    for line in lines:
        print("parsing", repr(line))
        records.append(parse_record(line))
    return records

data = ["ann,30", "bob,25", "cy,unknown", "di,40"]
print(load(data))
