/// The abstract syntax tree of the scenario language (a subset of Python 3.11).
///
/// Node shapes follow CPython's `ast` module closely so that its documentation
/// explains them; every node carries the location of its first token.

public final class Module: Sendable {
    public let body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var location: SourceLocation
    public init(_ kind: StmtKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum StmtKind: Sendable {
    case expr(Expr)
    /// `a = b = value`: targets in source order.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOp, value: Expr)
    /// `x: int = 3`; value may be absent. Module and class bodies evaluate the annotation and
    /// record a simple name's in `__annotations__`; function bodies never evaluate it.
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case `break`
    case `continue`
    case pass
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    /// `try` with `except*` handlers (every handler has a type).
    case tryStar(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    /// `match subject:` with its `case` blocks in order.
    case match(subject: Expr, cases: [MatchCase])
    /// `raise`, `raise exc`, `raise exc from cause`.
    case raise(exc: Expr?, cause: Expr?)
    case assert(test: Expr, msg: Expr?)
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    /// `import a.b as c, d`
    case `import`([ImportAlias])
    /// `from module import names` (level counts leading dots; always 0 in scenarios).
    case importFrom(module: String, names: [ImportAlias], level: Int)
    case global([String])
    case nonlocal([String])
    case delete([Expr])
}

public struct ImportAlias: Sendable {
    /// Dotted name (`gevent.pool`) or `*`.
    public var name: String
    public var asName: String?
    public var location: SourceLocation
    public init(name: String, asName: String?, location: SourceLocation) {
        self.name = name
        self.asName = asName
        self.location = location
    }
}

public struct ExceptHandler: Sendable {
    /// nil for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

public final class FunctionDef: Sendable {
    public let name: String
    public let params: Parameters
    public let body: [Stmt]
    public let decorators: [Expr]
    public let isAsync: Bool
    public let location: SourceLocation
    public init(name: String, params: Parameters, body: [Stmt], decorators: [Expr], isAsync: Bool, location: SourceLocation) {
        self.name = name
        self.params = params
        self.body = body
        self.decorators = decorators
        self.isAsync = isAsync
        self.location = location
    }
}

public final class ClassDef: Sendable {
    public let name: String
    public let bases: [Expr]
    /// Keyword arguments in the class header (`metaclass=` is refused by the compiler).
    public let keywords: [Keyword]
    public let body: [Stmt]
    public let decorators: [Expr]
    public let location: SourceLocation
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr], location: SourceLocation) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
        self.location = location
    }
}

/// A function's parameter list: `def f(a, b=1, /, c=2, *args, d, e=3, **kw)`.
public struct Parameters: Sendable {
    public struct Param: Sendable {
        public var name: String
        public var defaultValue: Expr?
        public var location: SourceLocation
        public init(name: String, defaultValue: Expr?, location: SourceLocation) {
            self.name = name
            self.defaultValue = defaultValue
            self.location = location
        }
    }
    /// Positional-only parameters (before `/`).
    public var posOnly: [Param] = []
    /// Parameter annotations in source order, then `return` for `-> annotation`; evaluated
    /// when the `def` runs and kept in the function's `__annotations__`.
    public var annotations: [(name: String, annotation: Expr)] = []
    /// Ordinary positional-or-keyword parameters.
    public var args: [Param] = []
    public var varArgs: String?
    public var kwOnly: [Param] = []
    public var kwArgs: String?
    public init() {}
}

public struct Keyword: Sendable {
    /// nil for `**mapping`.
    public var name: String?
    public var value: Expr
    /// Where the keyword (or `**`) starts; CPython reports repeated keywords there.
    public var location: SourceLocation
    public init(name: String?, value: Expr, location: SourceLocation = .unknown) {
        self.name = name
        self.value = value
        self.location = location
    }
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var location: SourceLocation
    public init(_ kind: ExprKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    /// An f-string: literal pieces and formatted values, in order.
    case joinedStr([FStringPart])
    case list([Expr])
    case tuple([Expr])
    case set([Expr])
    /// `{k: v, **m}`: a nil key means `**value`.
    case dict(keys: [Expr?], values: [Expr])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    /// `a:b:c` inside a subscript; any part may be absent.
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    /// Positional args may contain `.starred` for `*iterable`.
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    case binary(Expr, BinaryOp, Expr)
    case unary(UnaryOp, Expr)
    /// `a and b and c` / `a or b`.
    case boolOp(BoolOp, [Expr])
    /// `a < b <= c`: left, then (op, right) pairs.
    case compare(Expr, [(CompareOp, Expr)])
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    case lambda(Parameters, Expr)
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    case starred(Expr)
    /// `(x := value)`
    case namedExpr(target: String, value: Expr)
}

public enum Constant: Sendable, Equatable {
    case none
    case bool(Bool)
    /// Integer literal digits in base 10 (arbitrary length); underscores removed,
    /// hex/octal/binary already converted.
    case int(String)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case ellipsis
}

public enum FStringPart: Sendable {
    case literal(String)
    /// `{value!conversion:spec}`; the spec is itself an f-string (it may nest `{}`).
    /// `selfDocumenting` holds the text of `{expr=}` including the `=`, to print first.
    case formatted(value: Expr, conversion: Character?, spec: [FStringPart]?, selfDocumenting: String?)
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

public enum BinaryOp: String, Sendable, CaseIterable {
    case add = "+", sub = "-", mul = "*", matMul = "@", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case lshift = "<<", rshift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&"
}

public enum UnaryOp: String, Sendable {
    case not = "not", neg = "-", pos = "+", invert = "~"
}

public enum BoolOp: String, Sendable {
    case and, or
}

public enum CompareOp: String, Sendable, CaseIterable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}
