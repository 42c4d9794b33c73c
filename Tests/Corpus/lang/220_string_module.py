import string
from string import capwords
print(string.ascii_letters, string.punctuation, capwords("hello  world there"), capwords("a-b-c", "-"))
