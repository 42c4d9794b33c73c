# source: https://docs.python.org/3.11/tutorial/classes.html (Odds and Ends: dataclass Employee); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
from dataclasses import dataclass

@dataclass
class Employee:
    name: str
    dept: str
    salary: int

john = Employee('john', 'computer lab', 1000)
print(repr(john.dept))
print(repr(john.salary))
print(repr(john))
