import Runtimes
import XCTest

/// An uncaught exception group prints CPython 3.11's traceback tree on stderr: boxed,
/// numbered members, chained causes and contexts inside a member, notes, nesting, and
/// the "and N more exceptions" cut after 15 members. Expected text recorded from CPython
/// 3.11.7 (`python3 t.py`, file paths made relative).
final class ExceptionGroupTracebackTests: XCTestCase {
    private let program = """
    def g():
        try:
            raise KeyError("x")
        except KeyError as e:
            raise ValueError("converted") from e


    errs = []
    try:
        g()
    except ValueError as e:
        e.add_note("a note")
        errs.append(e)
    try:
        try:
            raise ZeroDivisionError("zero")
        except ZeroDivisionError:
            raise OSError("while handling")
    except OSError as e:
        errs.append(e)
    errs.append(BaseExceptionGroup("deep", [ExceptionGroup("deeper", [RuntimeError("r")])]))
    errs += [IndexError(i) for i in range(16)]
    raise BaseExceptionGroup("outer", errs)
    """

    private let expected = """
      + Exception Group Traceback (most recent call last):
      |   File "t.py", line 23, in <module>
      |     raise BaseExceptionGroup("outer", errs)
      | ExceptionGroup: outer (19 sub-exceptions)
      +-+---------------- 1 ----------------
        | Traceback (most recent call last):
        |   File "t.py", line 3, in g
        |     raise KeyError("x")
        | KeyError: 'x'
        | 
        | The above exception was the direct cause of the following exception:
        | 
        | Traceback (most recent call last):
        |   File "t.py", line 10, in <module>
        |     g()
        |   File "t.py", line 5, in g
        |     raise ValueError("converted") from e
        | ValueError: converted
        | a note
        +---------------- 2 ----------------
        | Traceback (most recent call last):
        |   File "t.py", line 16, in <module>
        |     raise ZeroDivisionError("zero")
        | ZeroDivisionError: zero
        | 
        | During handling of the above exception, another exception occurred:
        | 
        | Traceback (most recent call last):
        |   File "t.py", line 18, in <module>
        |     raise OSError("while handling")
        | OSError: while handling
        +---------------- 3 ----------------
        | ExceptionGroup: deep (1 sub-exception)
        +-+---------------- 1 ----------------
          | ExceptionGroup: deeper (1 sub-exception)
          +-+---------------- 1 ----------------
            | RuntimeError: r
            +------------------------------------
        +---------------- 4 ----------------
        | IndexError: 0
        +---------------- 5 ----------------
        | IndexError: 1
        +---------------- 6 ----------------
        | IndexError: 2
        +---------------- 7 ----------------
        | IndexError: 3
        +---------------- 8 ----------------
        | IndexError: 4
        +---------------- 9 ----------------
        | IndexError: 5
        +---------------- 10 ----------------
        | IndexError: 6
        +---------------- 11 ----------------
        | IndexError: 7
        +---------------- 12 ----------------
        | IndexError: 8
        +---------------- 13 ----------------
        | IndexError: 9
        +---------------- 14 ----------------
        | IndexError: 10
        +---------------- 15 ----------------
        | IndexError: 11
        +---------------- ... ----------------
        | and 4 more exceptions
        +------------------------------------

    """

    func testUncaughtGroupPrintsTheTracebackTree() throws {
        let engine = try Engine(file: "t.py", source: program)
        var err = ""
        engine.onOutput = { _, stream, text in
            if stream == .stderr { err += text }
        }
        _ = engine.run()
        XCTAssertEqual(err, expected)
    }
}
