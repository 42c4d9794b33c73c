import time
from datetime import datetime

print(datetime.strptime("2024-03-15", "%Y-%m-%d"))
print(repr(datetime.strptime("2024-03-15 08:05:09", "%Y-%m-%d %H:%M:%S")))
print(datetime.strptime("15/03/24 7:5", "%d/%m/%y %H:%M"), datetime.strptime("1/2/70", "%m/%d/%y"))
print(datetime.strptime("March 5, 2023 at 11:30 PM", "%B %d, %Y at %I:%M %p"))
print(datetime.strptime("Fri Nov 14 22:13:20 2025", "%a %b %d %H:%M:%S %Y"))
print(datetime.strptime("12:34:56.789", "%H:%M:%S.%f"), datetime.strptime("2024-060", "%Y-%j"))
print(datetime.strptime("2024-01-01T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime.strptime("2024-01-01 10:00 +01:00", "%Y-%m-%d %H:%M %z").utcoffset())
print(datetime.strptime("  2024   5  ", " %Y %d "), datetime.strptime("jan 2000", "%b %Y"))
print(datetime.strptime("20240315", "%Y%m%d"), datetime.strptime("1234", "%H%M"))
print(time.strptime("2024-03-15", "%Y-%m-%d"))
print(time.strptime("30 Nov 00", "%d %b %y")[:3], time.strptime("Tue Nov 14 22:13:20 2023"))
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"),
                  ("hello", "%Y"), ("2024", "%Q"), ("2024", "%Y%"), ("12", "%H:%M")]:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as e:
        print("ValueError:", e)
