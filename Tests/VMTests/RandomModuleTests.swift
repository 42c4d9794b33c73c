import XCTest
import Runtimes

/// The `random` module against CPython 3.11: each program's expected output was pasted from
/// `python3` (3.11.7) running the same program. CPython seeds unseeded generators from the OS;
/// loopscope uses seed 0 there, so those lines are what CPython prints after `seed(0)`.
final class RandomModuleTests: XCTestCase {
    /// Seeds 0, 1, 42, 12345, big ints, negative, str (v1/v2), bytes, float, bool; seed(None) is seed 0 in loopscope.
    func testSeedsOfEveryKind() {
        checkRandomScript(#"""
            import random
            for s in [0, 1, 42, 12345, 2**100, -5, 2**64 - 1, "hello", "", "héllo ☃", b"bytes", 3.5, 7.0, True, None]:
                random.seed(s)
                print(repr(s), random.random(), random.randint(1, 1000), random.getrandbits(40))
            random.seed("abc", version=1)
            print(random.random())
            random.seed(b"abc", version=1)
            print(random.random())
            random.seed("abc", version=2)
            print(random.random())
            random.seed(a=99, version=2)
            print(random.random())
            """#, expected: #"""
            0 0.8444218515250481 777 463385069186
            1 0.13436424411240122 868 840964324912
            42 0.6394267984578837 26 303832645883
            12345 0.41661987254534116 11 909760723052
            1267650600228229401496703205376 0.7586581712996778 232 1074094164553
            -5 0.6229016948897019 760 873418259388
            18446744073709551615 0.021825695401270107 347 234585750291
            'hello' 0.3537754404730722 680 604552077479
            '' 0.9602256525641875 610 426090334336
            'héllo ☃' 0.7946797157550272 852 669691665098
            b'bytes' 0.37075677971469856 687 163142780597
            3.5 0.3039190124834461 236 1004709653623
            7.0 0.32383276483316237 155 714660325134
            True 0.13436424411240122 868 840964324912
            None 0.8444218515250481 777 463385069186
            0.09639374978773074
            0.09639374978773074
            0.7720246314157545
            0.40397807494366633
            """#)
    }

    /// randrange/randint (incl. big ints and negative steps), getrandbits, uniform, randbytes.
    func testIntegerMethods() {
        checkRandomScript(#"""
            import random
            random.seed(42)
            print([random.randrange(10) for _ in range(8)])
            print([random.randrange(5, 50, 5) for _ in range(5)])
            print([random.randrange(100, 0, -7) for _ in range(5)])
            print([random.randint(-3, 3) for _ in range(10)])
            print(random.randrange(2**70), random.randint(-2**65, 2**65), random.randrange(0, 2**80, 3))
            print([random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 63, 64, 65, 100)])
            print(random.uniform(1, 2), random.uniform(5, -5), random.uniform(1.5, 1.5), random.uniform(0, 10**20))
            print(random.randbytes(5), random.randbytes(0))
            print(random.randrange(10, step=1), random.randrange(True, 5), random.randint(False, True))
            """#, expected: #"""
            [1, 0, 4, 3, 3, 2, 1, 8]
            [10, 35, 5, 5, 10]
            [79, 79, 44, 37, 100]
            [1, -2, 2, 2, 2, 1, 0, -2, 0, 1]
            1009002578781709233860 -13320922529727338378 168184622060581576322667
            [0, 0, 12, 770902343, 3639960595, 5772245873, 7444444408448525222, 13461175517354889571, 9891662374490660454, 109218745989949669588460248396]
            1.552040631273227 -3.294046642529949 1.5 8.617069003107772e+19
            b'\xbfY\xcd\x931' b''
            1 1 0
            """#)
    }

    /// shuffle/choice/sample/choices on lists of strings, tuples, str and ranges; counts and weights.
    func testSequenceMethods() {
        checkRandomScript(#"""
            import random
            random.seed(12345)
            names = ["ann", "bob", "cy", "di", "ed", "flo", "gus"]
            random.shuffle(names)
            print(names)
            print(random.choice(names), random.choice("xyz"), random.choice((1, 2, 3)), random.choice(range(100, 200)))
            print(random.sample(names, 3), random.sample(range(1000000), 4), random.sample("abcdef", 6))
            print(random.sample(tuple(range(30)), 10))
            print(random.sample(range(100), 25))
            print(random.sample(["a", "b"], k=0), random.sample(["red", "blue"], counts=[4, 2], k=5))
            print(random.choices(names, k=4), random.choices(names))
            print(random.choices(["x", "y", "z"], [10, 1, 1], k=6))
            print(random.choices(["x", "y", "z"], cum_weights=[1, 2, 30], k=6))
            print(random.choices(["x", "y", "z"], weights=[0.5, 0.25, 0.25], k=3), random.choices("ab", k=-1))
            t = list(range(20))
            random.shuffle(t)
            print(t)
            e = []
            random.shuffle(e)
            print(e, random.random())
            """#, expected: #"""
            ['gus', 'ed', 'bob', 'cy', 'ann', 'flo', 'di']
            bob z 2 120
            ['bob', 'gus', 'cy'] [273772, 589382, 657682, 182812] ['e', 'f', 'b', 'd', 'a', 'c']
            [18, 16, 5, 4, 6, 23, 2, 25, 10, 21]
            [3, 58, 43, 99, 65, 88, 53, 0, 92, 84, 20, 74, 22, 36, 12, 83, 93, 13, 73, 23, 48, 29, 67, 76, 42]
            [] ['red', 'red', 'blue', 'blue', 'red']
            ['flo', 'flo', 'ann', 'ed'] ['cy']
            ['y', 'x', 'z', 'x', 'y', 'x']
            ['z', 'z', 'z', 'z', 'x', 'y']
            ['x', 'x', 'z'] []
            [8, 15, 13, 17, 2, 1, 4, 16, 19, 14, 10, 12, 18, 9, 7, 3, 6, 11, 0, 5]
            [] 0.08004627745518866
            """#)
    }

    /// gauss (with gauss_next), normalvariate, expovariate, triangular, beta/gamma, lognormal, von Mises, Pareto, Weibull.
    func testDistributions() {
        checkRandomScript(#"""
            import random
            random.seed(7)
            print(random.gauss(), random.gauss(), random.gauss(10, 2), random.gauss(mu=1, sigma=0))
            print(random.normalvariate(), random.normalvariate(100, 15), random.normalvariate(5, 0))
            print(random.expovariate(1.5), random.expovariate(2), random.expovariate(-1))
            print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 8), random.triangular(5, 5, 5), random.triangular(1, 3, 1))
            print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.betavariate(1, 1))
            print(random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.gammavariate(1, 3))
            print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0))
            print(random.paretovariate(3), random.weibullvariate(1, 1.5))
            r = random.Random(7)
            print(r.gauss(), r.gauss(), r.gauss_next)
            r.seed(7)
            print(r.gauss(), r.gauss_next is not None)
            r.seed(7)
            print(r.gauss())
            """#, expected: #"""
            -0.2558802884476004 0.511431512516514 9.54780767043379 1.0
            0.0970447726200016 76.90864411072741 5.0
            0.04827683093022942 0.047547258869655704 -0.5525493948035828
            0.7057655056524117 2.4879907671617834 4.226004870863398 5 2.5426552392647563
            0.638819167088994 0.7444747109881419 0.6861887921487065
            2.7512943908672085 0.009958610530984131 3.422054943534637
            0.834340407585604 0.13675797508808063 4.9912334866270545
            1.4921362837467023 0.4278335318214365
            -0.2558802884476004 0.511431512516514 None
            -0.2558802884476004 True
            -0.2558802884476004
            """#)
    }

    /// random.Random instances: independent state, getstate/setstate, subclasses with and without __init__.
    func testRandomInstances() {
        checkRandomScript(#"""
            import random
            a = random.Random(42)
            b = random.Random(42)
            print(a.random() == b.random(), a.random(), b.randint(1, 6))
            c = random.Random()
            print(c.random(), random.Random("seed").random(), random.Random(x=3).random())
            random.seed(42)
            print(random.random(), a.random())
            print(type(a).__name__, isinstance(a, random.Random), random.Random)
            d = random.Random(5)
            xs = [1, 2, 3, 4, 5]
            d.shuffle(xs)
            print(xs, d.choice(xs), d.sample(xs, 2), d.choices(xs, k=2), d.uniform(0, 1), d.randrange(3, 9), d.getrandbits(9))
            s = d.getstate()
            v1 = [d.random() for _ in range(3)]
            d.setstate(s)
            v2 = [d.random() for _ in range(3)]
            print(v1 == v2, len(s), s[0], len(s[1]), s[1][-1], s[2])
            st = random.getstate()
            x = random.random()
            random.setstate(st)
            print(x == random.random())
            class My(random.Random):
                pass
            m = My(42)
            print(m.random(), type(m).__name__)
            class Counting(random.Random):
                def __init__(self, seed):
                    super().__init__(seed)
                    self.calls = 0
                def roll(self):
                    self.calls += 1
                    return self.randint(1, 6)
            cr = Counting(1)
            print([cr.roll() for _ in range(5)], cr.calls)
            """#, expected: #"""
            True 0.025010755222666936 1
            0.8444218515250481 0.1382359792209653 0.23796462709189137
            0.6394267984578837 0.27502931836911926
            Random True <class 'random.Random'>
            [1, 2, 4, 3, 5] 5 [1, 3] [3, 2] 0.05185325369909766 4 57
            True 3 3 625 23 None
            True
            0.6394267984578837 My
            [2, 5, 1, 3, 1] 5
            """#)
    }

    /// Unseeded runs, Random() and seed()/seed(None) all use seed 0 (CPython would use OS entropy).
    func testDefaultSeedIsZero() {
        checkRandomScript(#"""
            import random
            print(random.random(), random.randint(1, 10))
            r = random.Random()
            print(r.random())
            random.seed()
            print(random.random())
            random.seed(None)
            print(random.random())
            """#, expected: #"""
            0.8444218515250481 7
            0.8444218515250481
            0.8444218515250481
            0.8444218515250481
            """#)
    }

    /// CPython 3.11's errors: argument binding, empty ranges, non-sequences, weights, distributions.
    func testErrors() {
        checkRandomScript(#"""
            import random
            def show(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            show(lambda: random.randint(1))
            show(lambda: random.randint())
            show(lambda: random.randint(1, 2, 3))
            show(lambda: random.randint(1, b=2, c=3))
            show(lambda: random.randint(1, a=2))
            show(lambda: random.randrange())
            show(lambda: random.randrange(1, 2, 3, 4))
            show(lambda: random.sample([1], 1, [1]))
            show(lambda: random.sample([1, 2], 1, 1, counts=[1, 1]))
            show(lambda: random.sample([1]))
            show(lambda: random.sample())
            show(lambda: random.sample({1, 2}, 1))
            show(lambda: random.sample({1: 2}, 1))
            show(lambda: random.choices([1], [1], [1]))
            show(lambda: random.choices([1], 3))
            show(lambda: random.choices())
            show(lambda: random.random(1))
            show(lambda: random.random(x=1))
            show(lambda: random.getrandbits())
            show(lambda: random.getrandbits(1, 2))
            show(lambda: random.getrandbits(k=2))
            show(lambda: random.getrandbits(-1))
            show(lambda: random.getrandbits(2.0))
            show(lambda: random.getrandbits(2**40))
            show(lambda: random.getrandbits("a"))
            show(lambda: random.seed([1]))
            show(lambda: random.seed(1, 2, 3))
            show(lambda: random.seed(version=2, b=1))
            show(lambda: random.choice([]))
            show(lambda: random.choice(""))
            show(lambda: random.choice(5))
            show(lambda: random.choice({}))
            show(lambda: random.choice({1, 2}))
            show(lambda: random.randrange(5, 5))
            show(lambda: random.randrange(0))
            show(lambda: random.randrange(-3))
            show(lambda: random.randrange(1, 10, 0))
            show(lambda: random.randrange(10, 1, 2))
            show(lambda: random.randrange(10, step=2))
            show(lambda: random.randrange(1.5))
            show(lambda: random.randrange(1, 2.5))
            show(lambda: random.randrange(1, 5, 1.5))
            show(lambda: random.randrange("3"))
            show(lambda: random.randrange("x"))
            show(lambda: random.randrange(None))
            show(lambda: random.randint(3, 1))
            show(lambda: random.randint(1, "x"))
            show(lambda: random.randint("x", 3))
            show(lambda: random.uniform("a", 1))
            show(lambda: random.uniform(1))
            show(lambda: random.shuffle((1, 2, 3)))
            show(lambda: random.shuffle("ab"))
            show(lambda: random.shuffle(5))
            show(lambda: random.shuffle([1], 2))
            show(lambda: random.sample([1, 2], 3))
            show(lambda: random.sample([1, 2], -1))
            show(lambda: random.sample([1, 2], 1.0))
            show(lambda: random.sample([1, 2], "a"))
            show(lambda: random.sample([1, 2], 1, counts=[1]))
            show(lambda: random.sample([1, 2], 1, counts=[1.0, 2]))
            show(lambda: random.sample([1, 2], 1, counts=[0, 0]))
            show(lambda: random.choices([1, 2], [0, 0]))
            show(lambda: random.choices([1, 2], [1]))
            show(lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]))
            show(lambda: random.choices([1, 2], [1, float('inf')]))
            show(lambda: random.choices([], k=2))
            show(lambda: random.choices([], k=0))
            show(lambda: random.choices([1], k=2.0))
            show(lambda: random.choices([], [], k=2))
            show(lambda: random.expovariate(0))
            show(lambda: random.expovariate())
            show(lambda: random.gauss(1, 2, 3))
            show(lambda: random.triangular(1, 1, 1))
            show(lambda: random.betavariate(0, 1))
            show(lambda: random.gammavariate(0, 1))
            show(lambda: random.Random(1, 2))
            show(lambda: random.Random([1]))
            show(lambda: random.Random.random())
            show(lambda: random.Random.random(5))
            show(lambda: random.paretovariate(0))
            show(lambda: random.weibullvariate(1, 0))
            show(lambda: random.randbytes(-1))
            show(lambda: random.randbytes(3.0))
            show(lambda: random.setstate((1,)))
            """#, expected: #"""
            TypeError: Random.randint() missing 1 required positional argument: 'b'
            TypeError: Random.randint() missing 2 required positional arguments: 'a' and 'b'
            TypeError: Random.randint() takes 3 positional arguments but 4 were given
            TypeError: Random.randint() got an unexpected keyword argument 'c'
            TypeError: Random.randint() got multiple values for argument 'a'
            TypeError: Random.randrange() missing 1 required positional argument: 'start'
            TypeError: Random.randrange() takes from 2 to 4 positional arguments but 5 were given
            TypeError: Random.sample() takes 3 positional arguments but 4 were given
            TypeError: Random.sample() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given
            TypeError: Random.sample() missing 1 required positional argument: 'k'
            TypeError: Random.sample() missing 2 required positional arguments: 'population' and 'k'
            TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
            TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
            TypeError: Random.choices() takes from 2 to 3 positional arguments but 4 were given
            TypeError: The number of choices must be a keyword argument: k=3
            TypeError: Random.choices() missing 1 required positional argument: 'population'
            TypeError: Random.random() takes no arguments (1 given)
            TypeError: Random.random() takes no keyword arguments
            TypeError: Random.getrandbits() takes exactly one argument (0 given)
            TypeError: Random.getrandbits() takes exactly one argument (2 given)
            TypeError: Random.getrandbits() takes no keyword arguments
            ValueError: number of bits must be non-negative
            TypeError: 'float' object cannot be interpreted as an integer
            OverflowError: Python int too large to convert to C int
            TypeError: 'str' object cannot be interpreted as an integer
            TypeError: The only supported seed types are: None,
            int, float, str, bytes, and bytearray.
            TypeError: Random.seed() takes from 1 to 3 positional arguments but 4 were given
            TypeError: Random.seed() got an unexpected keyword argument 'b'
            IndexError: Cannot choose from an empty sequence
            IndexError: Cannot choose from an empty sequence
            TypeError: object of type 'int' has no len()
            IndexError: Cannot choose from an empty sequence
            TypeError: 'set' object is not subscriptable
            ValueError: empty range for randrange() (5, 5, 0)
            ValueError: empty range for randrange()
            ValueError: empty range for randrange()
            ValueError: zero step for randrange()
            ValueError: empty range for randrange()
            TypeError: Missing a non-None stop argument
            ValueError: non-integer arg 1 for randrange()
            ValueError: non-integer stop for randrange()
            ValueError: non-integer step for randrange()
            ValueError: non-integer arg 1 for randrange()
            ValueError: invalid literal for int() with base 10: 'x'
            TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
            ValueError: empty range for randrange() (3, 2, -1)
            TypeError: can only concatenate str (not "int") to str
            ValueError: invalid literal for int() with base 10: 'x'
            TypeError: unsupported operand type(s) for -: 'int' and 'str'
            TypeError: Random.uniform() missing 1 required positional argument: 'b'
            TypeError: 'tuple' object does not support item assignment
            TypeError: 'str' object does not support item assignment
            TypeError: object of type 'int' has no len()
            TypeError: Random.shuffle() takes 2 positional arguments but 3 were given
            ValueError: Sample larger than population or is negative
            ValueError: Sample larger than population or is negative
            TypeError: can't multiply sequence by non-int of type 'float'
            TypeError: '<=' not supported between instances of 'int' and 'str'
            ValueError: The number of counts does not match the population
            TypeError: Counts must be integers
            ValueError: Total of counts must be greater than zero
            ValueError: Total of weights must be greater than zero
            ValueError: The number of weights does not match the population
            TypeError: Cannot specify both weights and cumulative weights
            ValueError: Total of weights must be finite
            IndexError: list index out of range
            []
            TypeError: 'float' object cannot be interpreted as an integer
            IndexError: list index out of range
            ZeroDivisionError: float division by zero
            TypeError: Random.expovariate() missing 1 required positional argument: 'lambd'
            TypeError: Random.gauss() takes from 1 to 3 positional arguments but 4 were given
            1
            ValueError: gammavariate: alpha and beta must be > 0.0
            ValueError: gammavariate: alpha and beta must be > 0.0
            TypeError: Random.__init__() takes from 1 to 2 positional arguments but 3 were given
            TypeError: The only supported seed types are: None,
            int, float, str, bytes, and bytearray.
            TypeError: unbound method Random.random() needs an argument
            TypeError: descriptor 'random' for '_random.Random' objects doesn't apply to a 'int' object
            ZeroDivisionError: float division by zero
            ZeroDivisionError: float division by zero
            ValueError: number of bits must be non-negative
            TypeError: 'float' object cannot be interpreted as an integer
            ValueError: state with version 1 passed to Random.setstate() of version 3
            """#)
    }

    /// A typical simulation: exponential arrivals, weighted choices, per-worker Random(str).
    func testSimulationStyle() {
        checkRandomScript(#"""
            import random
            random.seed(2024)
            # simulation-style use: arrivals with exponential gaps, service times, weighted picks
            t = 0.0
            log = []
            for i in range(5):
                t += random.expovariate(1 / 3)
                kind = random.choices(["read", "write"], weights=[3, 1])[0]
                log.append((round(t, 4), kind, random.randint(1, 100)))
            print(log)
            rng = random.Random("worker-1")
            print([round(rng.uniform(0.1, 0.5), 6) for _ in range(4)])
            print(f"{random.random():.10f}", random.random() < 0.5)
            deck = [f"{r}{s}" for s in "SH" for r in "A23"]
            random.shuffle(deck)
            print(deck, random.sample(deck, k=3))
            print(random.choice(deck), random.randrange(len(deck)))
            """#, expected: #"""
            [(1.9051, 'read', 39), (2.5753, 'read', 97), (6.3582, 'read', 32), (9.3912, 'read', 46), (11.0041, 'read', 28)]
            [0.209369, 0.473356, 0.466222, 0.285148]
            0.3095292117 False
            ['3H', 'AH', '3S', '2S', 'AS', '2H'] ['2H', 'AH', 'AS']
            2S 0
            """#)
    }


    /// Subclasses: an overridden seed() (called by __init__), random() only (random.py then
    /// draws integers from random(), as `_randbelow_without_getrandbits`), getrandbits(),
    /// _randbelow(), and instance attributes. (CPython also prints a UserWarning on stderr for
    /// randrange(2**60) without getrandbits; loopscope does not.)
    func testSubclasses() {
        checkRandomScript(#"""
            import random
            class Fixed(random.Random):
                def seed(self, a=None, version=2):
                    print("seeding", a)
                    super().seed(a if a is not None else 99, version)
            f = Fixed(5)
            print(f.random())
            f.seed()
            print(f.random())
            class Loaded(random.Random):
                def random(self):
                    return 0.0
            l = Loaded(1)
            print(l.random(), l.choice("abc"), l.randint(1, 10))
            class Attrs(random.Random):
                def __init__(self, name):
                    self.name = name
                    super().__init__(len(name))
            a = Attrs("four")
            print(a.name, a.random(), sorted(vars(a)))
            class Bits(random.Random):
                def getrandbits(self, k):
                    return super().getrandbits(k) ^ ((1 << k) - 1)
            b = Bits(3)
            print([b.randrange(100) for _ in range(5)], b.choice("abcdef"), b.sample(range(50), 4), b.randbytes(3))
            xs = list(range(8)); b.shuffle(xs); print(xs, b.random())
            class Half(random.Random):
                n = 0
                def random(self):
                    self.n += 1
                    return (self.n * 0.37) % 1.0
            h = Half(1)
            print([h.randint(1, 6) for _ in range(5)], h.choices("abc", k=4), h.choices("abc", [1, 2, 3], k=3))
            print(h.sample(range(1000), 7), h.uniform(2, 4), h.gauss(), h.expovariate(2), h.triangular())
            ys = ["a", "b", "c", "d"]; h.shuffle(ys); print(ys, h.randrange(0, 100, 7), h.randrange(2**60))
            class Below(random.Random):
                def _randbelow(self, n):
                    return n - 1
            w = Below(0)
            print(w.choice("xyz"), w.randrange(10), w.sample(range(10), 3), w.randint(5, 9))
            class Fixed(random.Random):
                def seed(self, a=None, version=2):
                    print("seeding", a)
                    super().seed(a if a is not None else 99, version)
            f = Fixed()
            print(f.random())
            g = Fixed(x=4)
            print(g.random())
            """#, expected: #"""
            seeding 5
            0.6229016948897019
            seeding None
            0.40397807494366633
            0.0 a 1
            four 0.23604808973743452 ['gauss_next', 'name']
            [97, 52, 58, 80, 10] d [33, 23, 26, 25] b'\x05\xa1\xfc'
            [5, 2, 6, 0, 3, 4, 7, 1] 0.8364614512743888
            [2, 3, 1, 3, 5] ['a', 'b', 'c', 'a'] ['c', 'a', 'b']
            [200, 376, 544, 712, 888, 56, 232] 2.8000000000000007 0.06883588035977654 0.35667494393873217 0.7550510257216811
            ['b', 'd', 'c', 'a'] 49 841632698362998784
            z 9 [9, 8, 7] 9
            seeding None
            0.40397807494366633
            seeding 4
            0.23604808973743452
            """#)
    }

    /// Edge cases: unbound methods, str/bytes/range populations (both sample algorithms),
    /// cum_weights tuples, float and negative seeds, dict "sequences", keyword arguments,
    /// big-int ranges, gauss_next in vars(), getstate/setstate validation and round trips,
    /// list subclasses, non-int sample sizes and weights.
    func testEdgeCases() {
        checkRandomScript(#"""
            import random
            def show(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            random.seed(3)
            show(lambda: random.Random.random())
            show(lambda: random.Random.random(5))
            show(lambda: random.Random.randint())
            show(lambda: random.sample("abcdefgh", 3))
            show(lambda: random.sample(b"abcdefgh", 3))
            show(lambda: random.sample(range(5000), 12))
            show(lambda: random.sample(list(range(5000)), 40))
            show(lambda: random.choices([1, 2, 3], cum_weights=(1, 2, 3), k=4))
            show(lambda: random.choices([1, 2, 3], cum_weights=(), k=4))
            show(lambda: random.choices([], cum_weights=(), k=4))
            random.seed(-2**90); show(lambda: random.random())
            random.seed("", version=1); show(lambda: random.random())
            random.seed(b"", version=1); show(lambda: random.random())
            random.seed(-0.0); show(lambda: random.random())
            random.seed(1e300); show(lambda: random.random())
            random.seed(float("inf")); show(lambda: random.random())
            random.seed(-7.25); show(lambda: random.random())
            show(lambda: random.choice({1: "a", 0: "b"}))
            show(lambda: random.choice({5: "a"}))
            show(lambda: random.uniform(10**18, 10**18 + 5))
            show(lambda: random.uniform(1, 2.5))
            show(lambda: random.triangular(10, 0, 2))
            show(lambda: random.triangular(0, 10, 20))
            show(lambda: random.triangular(mode=1))
            show(lambda: random.expovariate(3))
            show(lambda: random.gammavariate(0.3, 1))
            show(lambda: random.gammavariate(1, 1))
            show(lambda: random.gammavariate(1.0, 2.5))
            show(lambda: random.sample(population=[1, 2, 3], k=2))
            show(lambda: random.choices(population=[1, 2], k=3))
            show(lambda: random.randint(True, 3))
            show(lambda: random.randrange(-10, -2**70, -3**40))
            show(lambda: random.randrange(2**64, 2**64 + 2))
            show(lambda: random.randrange(10, 20, True))
            show(lambda: random.randrange(10, None))
            show(lambda: random.randrange(10, None, 2))
            show(lambda: random.randrange(10, step=1.0))
            show(lambda: random.getrandbits(True))
            show(lambda: random.getrandbits(2**31))
            show(lambda: random.getrandbits(-2**40))
            r = random.Random(9)
            r.gauss()
            print(vars(r))
            r.gauss_next = None
            print(r.gauss())
            r.seed(1)
            print(r.gauss_next, vars(r))
            x = random.Random(4)
            random.Random.seed(x, 4)
            print(x.random())
            show(lambda: x.setstate((2, 3)))
            show(lambda: x.setstate((4, (), None)))
            show(lambda: x.setstate((3, (1, 2), None)))
            show(lambda: x.setstate((3, [1, 2], None)))
            show(lambda: x.setstate((3, (1,) * 624 + (700,), None)))
            show(lambda: x.setstate((3, (1,) * 625, None, 4)))
            y = random.Random(11)
            st = y.getstate()
            print(st[1][:3], st[1][-1])
            z = random.Random(0)
            z.setstate(st)
            print(z.random() == y.random(), z.getstate() == y.getstate())
            z.gauss()
            s2 = z.getstate()
            print(type(s2[2]).__name__)
            a = z.gauss()
            z.setstate(s2)
            print(a == z.gauss())
            print(random.Random(5) is not random.Random(5), random.Random.VERSION)
            random.seed(8)
            print(random.shuffle([3, 1, 2]))
            lst = ["x"]
            random.shuffle(lst)
            print(lst, random.random())
            class L(list): pass
            ll = L([1, 2, 3, 4, 5])
            random.shuffle(ll)
            print(ll)
            show(lambda: random.sample([1, 2, 3], 2.0))
            show(lambda: random.sample([1, 2, 3], 5.0))
            show(lambda: random.sample([1, 2], 1, counts=[True, 2]))
            show(lambda: random.sample(["a", "b"], 3, counts=[2, 1]))
            show(lambda: random.sample(["a", "b"], 4, counts=[2, 1]))
            show(lambda: random.choices([1, 2], True))
            show(lambda: random.choices([1, 2], 1.5))
            show(lambda: random.choices([1, 2], ["a", "b"]))
            show(lambda: random.betavariate(1e-300, 1))
            show(lambda: random.paretovariate(1))
            show(lambda: random.weibullvariate(2, 0.5))
            show(lambda: random.lognormvariate(800, 0))
            show(lambda: random.normalvariate(1))
            show(lambda: random.gauss("a"))
            show(lambda: random.vonmisesvariate(3, 1e-7))
            show(lambda: random.vonmisesvariate(3, 0.5))
            """#, expected: #"""
            TypeError: unbound method Random.random() needs an argument
            TypeError: descriptor 'random' for '_random.Random' objects doesn't apply to a 'int' object
            TypeError: Random.randint() missing 3 required positional arguments: 'self', 'a', and 'b'
            ['d', 'e', 'g']
            [99, 104, 101]
            [3883, 4758, 536, 4961, 107, 3843, 2124, 4512, 1919, 1570, 3852, 4431]
            [4502, 3902, 3253, 1233, 1899, 1242, 4285, 3194, 124, 524, 1305, 4842, 350, 2467, 254, 2207, 3872, 4872, 3175, 3497, 3235, 4726, 3642, 1098, 2994, 798, 293, 1113, 4054, 1777, 2113, 3573, 2466, 3450, 4155, 3161, 4702, 2874, 4375, 4792]
            [2, 1, 2, 3]
            ValueError: The number of weights does not match the population
            IndexError: tuple index out of range
            0.8716702464222582
            0.8444218515250481
            0.8444218515250481
            0.8444218515250481
            0.2614143642581235
            0.19236379321481523
            0.8393002957429675
            'a'
            KeyError: 0
            1e+18
            2.483079449955702
            1.836341825849728
            4.9063163293734915
            0.9610205179393696
            0.6538136951578362
            0.0038606910605698767
            0.11337446586632864
            10.49146497823757
            [1, 2]
            [2, 1, 1]
            3
            -72945992754341572816
            18446744073709551617
            15
            9
            TypeError: Missing a non-None stop argument
            TypeError: Missing a non-None stop argument
            0
            OverflowError: Python int too large to convert to C int
            OverflowError: Python int too large to convert to C int
            {'gauss_next': 0.22268633975498442}
            1.2934773612320982
            None {'gauss_next': None}
            0.23604808973743452
            ValueError: not enough values to unpack (expected 3, got 2)
            ValueError: state with version 4 passed to Random.setstate() of version 3
            ValueError: state vector is the wrong size
            TypeError: state vector must be a tuple
            ValueError: invalid state
            ValueError: too many values to unpack (expected 3)
            (2147483648, 2946197036, 4084288265) 624
            True True
            float
            True
            True 3
            None
            ['x'] 0.9622950358343828
            [4, 1, 3, 5, 2]
            TypeError: can't multiply sequence by non-int of type 'float'
            ValueError: Sample larger than population or is negative
            [1]
            ['a', 'b', 'a']
            ValueError: Sample larger than population or is negative
            TypeError: The number of choices must be a keyword argument: k=True
            TypeError: 'float' object is not iterable
            TypeError: can only concatenate str (not "float") to str
            0.0
            1.9508467669108394
            0.490208867189764
            OverflowError: math range error
            0.6757651295341413
            TypeError: can only concatenate str (not "float") to str
            3.268373647507547
            4.071495973028799
            """#)
    }

    /// One expression after a seed, per assertion (expected values from python3).
    func testExpressions() {
        XCTAssertEqual(evalRandom(seed: "0", #"random.random()"#), #"0.8444218515250481"#)
        XCTAssertEqual(evalRandom(seed: "1", #"random.random()"#), #"0.13436424411240122"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.random()"#), #"0.6394267984578837"#)
        XCTAssertEqual(evalRandom(seed: "12345", #"random.random()"#), #"0.41661987254534116"#)
        XCTAssertEqual(evalRandom(seed: "1267650600228229401496703205376", #"random.random()"#), #"0.7586581712996778"#)
        XCTAssertEqual(evalRandom(seed: "-42", #"random.random()"#), #"0.6394267984578837"#)
        XCTAssertEqual(evalRandom(seed: "'hello'", #"random.random()"#), #"0.3537754404730722"#)
        XCTAssertEqual(evalRandom(seed: "b'hello'", #"random.random()"#), #"0.3537754404730722"#)
        XCTAssertEqual(evalRandom(seed: "1.5", #"random.random()"#), #"0.551763726942059"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.randint(1, 6)"#), #"6"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.randrange(10)"#), #"1"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.randrange(3, 30, 3)"#), #"6"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.randrange(10, 0, -1)"#), #"9"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.getrandbits(16)"#), #"41905"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.getrandbits(128)"#), #"252336560693540533935881068298825202077"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.uniform(-1, 1)"#), #"0.2788535969157675"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.choice(['ann', 'bob', 'cy'])"#), #"cy"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.choice('loopscope')"#), #"o"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.sample(['ann', 'bob', 'cy', 'di'], 2)"#), #"['ann', 'di']"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.sample(range(10**9), 3)"#), #"[686579303, 119540831, 26855092]"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.choices('abc', k=5)"#), #"['b', 'a', 'a', 'a', 'c']"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.choices('abc', [5, 1, 1], k=5)"#), #"['a', 'a', 'a', 'a', 'b']"#)
        XCTAssertEqual(evalRandom(seed: "42", #"(lambda l: (random.shuffle(l), l)[1])(['w', 'x', 'y', 'z'])"#), #"['y', 'x', 'z', 'w']"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.gauss(0, 1)"#), #"-0.14409032957792836"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.normalvariate(10, 2)"#), #"10.490652683415727"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.expovariate(0.5)"#), #"2.040120574549602"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.triangular(0, 10, 3)"#), #"4.976044973534482"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.betavariate(2, 5)"#), #"0.13961892090489622"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.gammavariate(3, 2)"#), #"3.889560315351809"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.lognormvariate(0, 0.5)"#), #"1.1305035702580866"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.paretovariate(2.5)"#), #"1.5038434257815982"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.weibullvariate(2, 3)"#), #"2.0132850827439657"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.vonmisesvariate(0, 4)"#), #"5.535325158587151"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.Random(42).random() == random.random()"#), #"True"#)
        XCTAssertEqual(evalRandom(seed: "42", #"[random.Random(7).randint(1, 100) for _ in range(3)]"#), #"[42, 42, 42]"#)
        XCTAssertEqual(evalRandom(seed: "42", #"random.randbytes(4)"#), #"b'\x9dy\xb1\xa3'"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.randrange(5, 5))"#), #"ValueError: empty range for randrange() (5, 5, 0)"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.randrange(0))"#), #"ValueError: empty range for randrange()"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.randrange(1, 10, 0))"#), #"ValueError: zero step for randrange()"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.choice([]))"#), #"IndexError: Cannot choose from an empty sequence"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.sample({1, 2, 3}, 2))"#), #"TypeError: Population must be a sequence.  For dicts or sets, use sorted(d)."#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.sample([1, 2], 3))"#), #"ValueError: Sample larger than population or is negative"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.getrandbits(-1))"#), #"ValueError: number of bits must be non-negative"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.randint(1))"#), #"TypeError: Random.randint() missing 1 required positional argument: 'b'"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.seed([1, 2]))"#), #"TypeError: The only supported seed types are: None, int, float, str, bytes, and bytearray."#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.randrange(1, 2.5))"#), #"ValueError: non-integer stop for randrange()"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.choices([1, 2], [1]))"#), #"ValueError: The number of weights does not match the population"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.shuffle((1, 2)))"#), #"TypeError: 'tuple' object does not support item assignment"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.random(1))"#), #"TypeError: Random.random() takes no arguments (1 given)"#)
        XCTAssertEqual(evalRandom(seed: "0", #"err(lambda: random.expovariate(0))"#), #"ZeroDivisionError: float division by zero"#)
    }

    /// randrange's 3.11 DeprecationWarning for float arguments: shown once per line for direct
    /// calls (not through randint), recorded in `__warningregistry__`. (Expected output from
    /// python3 with `random.seed(0)` added, which is loopscope's start state.)
    func testDeprecationWarnings() {
        let src = #"""
            import random
            for i in range(2):
                print(random.randrange(5.0), random.randint(1.0, 5.0))
            print(random.randrange(0, 10.0, 2.0))
            try:
                random.randrange(2.5)
            except ValueError as e:
                print("ValueError:", e)
            print(len(__warningregistry__), __warningregistry__["version"])
            """#
        let (out, err) = runRandomScript(src)
        XCTAssertEqual(out, """
            3 4
            0 3
            8
            ValueError: non-integer arg 1 for randrange()
            4 0

            """)
        XCTAssertEqual(err, """
            t.py:3: DeprecationWarning: non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version
              print(random.randrange(5.0), random.randint(1.0, 5.0))
            t.py:4: DeprecationWarning: non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version
              print(random.randrange(0, 10.0, 2.0))
            t.py:6: DeprecationWarning: randrange() will raise TypeError in the future
              random.randrange(2.5)

            """)
    }

    /// Two engines are independent: each starts from seed 0.
    func testEachRunStartsFromSeedZero() {
        let src = "import random\nprint(random.random(), random.randrange(1000))\n"
        let first = runRandomScript(src).stdout
        XCTAssertEqual(first, "0.8444218515250481 776\n")
        XCTAssertEqual(runRandomScript(src).stdout, first)
    }
}

/// Runs a program through the engine: its stdout and stderr.
private func runRandomScript(_ source: String) -> (stdout: String, stderr: String) {
    do {
        let e = try Engine(file: "t.py", source: source)
        var out = "", err = ""
        e.onOutput = { _, stream, text in
            if stream == .stdout { out += text } else { err += text }
        }
        _ = e.run()
        return (out, err)
    } catch {
        return ("<compile error: \(error)>", "")
    }
}

/// Compares a program's stdout with CPython's, line by line.
private func checkRandomScript(_ source: String, expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let (stdout, stderr) = runRandomScript(source)
    let got = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let want = (expected + "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(got.count, want.count, "line count; stderr: \(stderr)", file: file, line: line)
    for (i, w) in want.enumerated() {
        XCTAssertEqual(i < got.count ? got[i] : "<missing>", w, "line \(i + 1)", file: file, line: line)
    }
}

/// `print(expr)` after `random.seed(seed)`; `err(f)` shows an exception as "Type: message"
/// (newlines in messages become spaces).
private func evalRandom(seed: String, _ expr: String) -> String {
    let src = """
        import random
        def err(f):
            try:
                return repr(f())
            except Exception as e:
                return type(e).__name__ + ': ' + str(e).replace(chr(10), ' ')
        random.seed(\(seed))
        print(\(expr))

        """
    let (out, err) = runRandomScript(src)
    return out.hasSuffix("\n") ? String(out.dropLast()) : out + err
}
