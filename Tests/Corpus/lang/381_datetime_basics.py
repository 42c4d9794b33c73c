from datetime import datetime, date, time, timedelta, timezone
import datetime as dtm
now = datetime.now()
print(now, repr(now))
print(datetime.today(), datetime.utcnow(), date.today())
print(now.isoformat(), now.strftime("%Y-%m-%d %H:%M:%S.%f %A %j"))
print(now.year, now.month, now.day, now.hour, now.minute, now.second, now.microsecond)
later = now + timedelta(days=1, hours=2, minutes=3)
print(later, later - now, repr(later - now), (later - now).total_seconds())
print(now - timedelta(weeks=3), repr(now.date()), repr(now.time()), now.weekday(), now.isoweekday())
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), repr(d), d.isoformat(), d.strftime("%d/%m/%Y"))
print(date(2024, 12, 25) - date(2024, 1, 1), d.isocalendar()[:3], d.toordinal(), date.fromordinal(738000))
t = time(14, 30)
print(t, repr(t), t.isoformat(), time(1, 2, 3, 4), repr(time(1, 2, 3, 4)))
print(datetime(2024, 1, 1, 12), repr(datetime(2024, 1, 1, 12)), repr(datetime(2024, 1, 1, 12, 0, 5)))
print(datetime.fromtimestamp(0), datetime.fromtimestamp(1700000000.5), datetime.utcfromtimestamp(86400 * 365))
print(datetime.fromisoformat("2024-03-15T10:20:30"), datetime.fromisoformat("2024-03-15 10:20:30.250000"))
print(datetime.now(timezone.utc), repr(datetime.now(timezone.utc)), timezone.utc)
tz = timezone(timedelta(hours=5, minutes=30))
print(datetime.now(tz), tz, repr(tz))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2024, 1, 1).timestamp())
print(f"{now:%H:%M}", "{:%Y}".format(d), format(d))
td = timedelta(hours=25, seconds=61, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, -td, abs(-td), repr(-td))
print(td * 2, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(0), timedelta(milliseconds=1500), timedelta(days=-1), repr(timedelta(seconds=-1)), timedelta(minutes=0.5))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]))
print(now < later, now == now.replace(), now.replace(year=2000), dtm.MAXYEAR, timedelta.max, timedelta.min)
import time as tmod
start = datetime.now()
tmod.sleep(2.5)
print(datetime.now() - start, (datetime.now() - start).total_seconds())
print(now.timetuple())
print(now.ctime(), d.ctime())
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2023, 13, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    now - datetime.now(timezone.utc)
except TypeError as e:
    print("TypeError:", e)
print(datetime.combine(d, t), datetime(2024, 1, 1, 10, tzinfo=tz).astimezone(timezone.utc))
print(hash(timedelta(1)) == hash(timedelta(days=1)), {d: 1}[date(2024, 2, 28)])
