/// The builtin types, created once and shared (they are never mutated after start-up).
public enum Builtins {
    private struct Core {
        let object: PyType
        let type: PyType
    }

    nonisolated(unsafe) private static let core: Core = {
        let object = PyType(name: "object", bases: [], layout: .object, isBuiltin: true, module: "builtins", metatype: nil)
        let type = PyType(name: "type", bases: [object], layout: .type, isBuiltin: true, module: "builtins", metatype: nil)
        object.fixMetatype(type)
        type.fixMetatype(type)
        return Core(object: object, type: type)
    }()

    public static var objectType: PyType { core.object }
    public static var typeType: PyType { core.type }

    private static func make(_ name: String, _ layout: PyType.Layout, base: PyType? = nil) -> PyType {
        PyType(name: name, bases: [base ?? core.object], layout: layout, isBuiltin: true)
    }

    nonisolated(unsafe) public static let noneType = make("NoneType", .none)
    nonisolated(unsafe) public static let intType = make("int", .int)
    nonisolated(unsafe) public static let boolType = make("bool", .bool, base: intType)
    nonisolated(unsafe) public static let floatType = make("float", .float)
    nonisolated(unsafe) public static let strType = make("str", .str)
    nonisolated(unsafe) public static let bytesType = make("bytes", .native)
    nonisolated(unsafe) public static let listType = make("list", .list)
    nonisolated(unsafe) public static let tupleType = make("tuple", .tuple)
    nonisolated(unsafe) public static let dictType = make("dict", .dict)
    nonisolated(unsafe) public static let setType = make("set", .set)
    nonisolated(unsafe) public static let frozensetType = make("frozenset", .frozenset)
    nonisolated(unsafe) public static let rangeType = make("range", .range)
    nonisolated(unsafe) public static let sliceType = make("slice", .slice)
    nonisolated(unsafe) public static let functionType = make("function", .function)
    nonisolated(unsafe) public static let builtinFunctionType = make("builtin_function_or_method", .nativeFunction)
    nonisolated(unsafe) public static let methodType = make("method", .boundMethod)
    nonisolated(unsafe) public static let moduleType = make("module", .module)
    nonisolated(unsafe) public static let cellType = make("cell", .cell)
    nonisolated(unsafe) public static let codeType = make("code", .native)
    nonisolated(unsafe) public static let generatorType = make("generator", .generator)
    nonisolated(unsafe) public static let coroutineType = make("coroutine", .coroutine)
    nonisolated(unsafe) public static let asyncGeneratorType = make("async_generator", .native)
    nonisolated(unsafe) public static let iteratorType = make("iterator", .iterator)
    nonisolated(unsafe) public static let staticmethodType = make("staticmethod", .native)
    nonisolated(unsafe) public static let classmethodType = make("classmethod", .native)
    nonisolated(unsafe) public static let propertyType = make("property", .native)
    nonisolated(unsafe) public static let getsetDescriptorType = make("getset_descriptor", .native)
    nonisolated(unsafe) public static let superType = make("super", .native)
    nonisolated(unsafe) public static let ellipsisType = make("ellipsis", .native)
    nonisolated(unsafe) public static let notImplementedType = make("NotImplementedType", .native)
    nonisolated(unsafe) public static let ellipsis = PyObject(type: ellipsisType)
    nonisolated(unsafe) public static let notImplemented = PyObject(type: notImplementedType)

    // MARK: Exceptions (the CPython hierarchy)

    private static func exc(_ name: String, _ base: PyType) -> PyType {
        PyType(name: name, bases: [base], layout: .exception, isBuiltin: true)
    }

    nonisolated(unsafe) public static let baseException = PyType(name: "BaseException", bases: [core.object], layout: .exception, isBuiltin: true)
    nonisolated(unsafe) public static let systemExit = exc("SystemExit", baseException)
    nonisolated(unsafe) public static let keyboardInterrupt = exc("KeyboardInterrupt", baseException)
    nonisolated(unsafe) public static let generatorExit = exc("GeneratorExit", baseException)
    nonisolated(unsafe) public static let exception = exc("Exception", baseException)
    nonisolated(unsafe) public static let baseExceptionGroup = exc("BaseExceptionGroup", baseException)
    nonisolated(unsafe) public static let exceptionGroup = PyType(name: "ExceptionGroup", bases: [baseExceptionGroup, exception], layout: .exception, isBuiltin: true)
    nonisolated(unsafe) public static let stopIteration = exc("StopIteration", exception)
    nonisolated(unsafe) public static let stopAsyncIteration = exc("StopAsyncIteration", exception)
    nonisolated(unsafe) public static let arithmeticError = exc("ArithmeticError", exception)
    nonisolated(unsafe) public static let zeroDivisionError = exc("ZeroDivisionError", arithmeticError)
    nonisolated(unsafe) public static let overflowError = exc("OverflowError", arithmeticError)
    nonisolated(unsafe) public static let assertionError = exc("AssertionError", exception)
    nonisolated(unsafe) public static let attributeError = exc("AttributeError", exception)
    nonisolated(unsafe) public static let lookupError = exc("LookupError", exception)
    nonisolated(unsafe) public static let indexError = exc("IndexError", lookupError)
    nonisolated(unsafe) public static let keyError = exc("KeyError", lookupError)
    nonisolated(unsafe) public static let nameError = exc("NameError", exception)
    nonisolated(unsafe) public static let unboundLocalError = exc("UnboundLocalError", nameError)
    nonisolated(unsafe) public static let runtimeError = exc("RuntimeError", exception)
    nonisolated(unsafe) public static let recursionError = exc("RecursionError", runtimeError)
    nonisolated(unsafe) public static let notImplementedError = exc("NotImplementedError", runtimeError)
    nonisolated(unsafe) public static let typeError = exc("TypeError", exception)
    nonisolated(unsafe) public static let valueError = exc("ValueError", exception)
    nonisolated(unsafe) public static let unicodeError = exc("UnicodeError", valueError)
    nonisolated(unsafe) public static let importError = exc("ImportError", exception)
    nonisolated(unsafe) public static let moduleNotFoundError = exc("ModuleNotFoundError", importError)
    nonisolated(unsafe) public static let osError = exc("OSError", exception)
    nonisolated(unsafe) public static let timeoutError = exc("TimeoutError", osError)
    nonisolated(unsafe) public static let connectionError = exc("ConnectionError", osError)
    nonisolated(unsafe) public static let eofError = exc("EOFError", exception)
    nonisolated(unsafe) public static let memoryError = exc("MemoryError", exception)
    nonisolated(unsafe) public static let warning = exc("Warning", exception)
    nonisolated(unsafe) public static let userWarning = exc("UserWarning", warning)
    nonisolated(unsafe) public static let deprecationWarning = exc("DeprecationWarning", warning)
    nonisolated(unsafe) public static let runtimeWarning = exc("RuntimeWarning", warning)

    /// The rest of CPython's builtin exception hierarchy (raised by library code and user
    /// code, caught by name).
    nonisolated(unsafe) public static let moreExceptionTypes: [PyType] = {
        func sub(_ names: [String], of base: PyType) -> [PyType] { names.map { exc($0, base) } }
        let connection = sub(["BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
                              "ConnectionResetError"], of: connectionError)
        let os = sub(["BlockingIOError", "ChildProcessError", "FileExistsError", "FileNotFoundError",
                      "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
                      "ProcessLookupError"], of: osError)
        let syntax = exc("SyntaxError", exception)
        let indentation = exc("IndentationError", syntax)
        let unicode = sub(["UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"], of: unicodeError)
        let warnings = sub(["BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
                            "PendingDeprecationWarning", "ResourceWarning", "SyntaxWarning", "UnicodeWarning"], of: warning)
        return connection + os + [syntax, indentation, exc("TabError", indentation), exc("FloatingPointError", arithmeticError),
                                  exc("BufferError", exception), exc("ReferenceError", exception),
                                  exc("SystemError", exception)] + unicode + warnings
    }()

    /// Every builtin exception type, for the builtins namespace.
    public static var exceptionTypes: [PyType] {
        [baseException, systemExit, keyboardInterrupt, generatorExit, exception, baseExceptionGroup, exceptionGroup,
         stopIteration, stopAsyncIteration, arithmeticError, zeroDivisionError, overflowError, assertionError,
         attributeError, lookupError, indexError, keyError, nameError, unboundLocalError, runtimeError,
         recursionError, notImplementedError, typeError, valueError, unicodeError, importError,
         moduleNotFoundError, osError, timeoutError, connectionError, eofError, memoryError, warning, userWarning,
         deprecationWarning, runtimeWarning]
    }
}
