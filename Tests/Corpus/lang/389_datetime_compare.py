from datetime import date, datetime, time, timedelta, timezone

d1, d2 = date(2024, 1, 1), date(2024, 6, 1)
print(d1 < d2, d1 <= d1, d2 > d1, d2 >= d2, d1 == date(2024, 1, 1), d1 != d2, d1 == "2024-01-01")
t1, t2 = time(9, 30), time(17, 0)
print(t1 < t2, t1 == time(9, 30), t1 != t2, max(t1, t2), sorted([t2, t1]))
naive = datetime(2024, 1, 1, 12)
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
other = datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))
print(naive == aware, aware == other, aware < datetime(2024, 1, 2, tzinfo=timezone.utc), naive != aware)
print(timedelta(hours=1) < timedelta(minutes=61), timedelta(0) == timedelta(), timedelta(1) != timedelta(2),
      timedelta(seconds=5) >= timedelta(seconds=5), timedelta(1) == 1, max(timedelta(1), timedelta(hours=30)))
print(d1 == datetime(2024, 1, 1), datetime(2024, 1, 1) == d1)
for a, b in [(d1, 5), (naive, aware), (timedelta(1), 1), (t1, "09:30"), (d1, naive)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
