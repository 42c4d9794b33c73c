/// The compiled form of a function, class body, comprehension or module: plain data,
/// produced by `Compiler` and executed by the VM (which wraps it with runtime values).
///
/// The instruction set is a small stack machine modelled on CPython 3.11's. Stack
/// effects are written as `before -> after`, top of stack on the right.
public enum Opcode: UInt8, Sendable, CaseIterable {
    case nop
    // Stack
    case popTop          // x ->
    case copy            // arg n: ... x(n) ... -> ... x(n) ... x(n)   (n = 1 is the top)
    case swap            // arg n: swaps the top with the n-th item
    case loadConst       // arg const index: -> value
    // Names. Locals live in slots; cells for captured variables; globals in the module table.
    case loadFast, storeFast, deleteFast        // arg slot
    case loadDeref, storeDeref, deleteDeref     // arg cell index (cellvars then freevars)
    case loadClosure                            // arg cell index: -> cell object (for MAKE_FUNCTION)
    case loadGlobal, storeGlobal, deleteGlobal  // arg name index
    case loadName, storeName, deleteName        // arg name index: class bodies (namespace dict)
    // Attributes and items
    case loadAttr, storeAttr, deleteAttr        // arg name index. loadAttr: obj -> value; storeAttr: value obj ->
    case loadMethod      // arg name index: obj -> method self-or-null  (pairs with callMethod)
    case loadSpecial     // arg name index: obj -> bound special method looked up on the type (with-statements)
    case binarySubscr    // container key -> value
    case storeSubscr     // value container key ->
    case deleteSubscr    // container key ->
    case buildSlice      // arg 2 or 3: start stop [step] -> slice
    // Operators
    case binaryOp        // arg BinaryOp index (+ 100 for in-place): a b -> result
    case unaryOp         // arg UnaryOp index: a -> result
    case compareOp       // arg CompareOp index (eq..ge only): a b -> bool-ish result
    case isOp            // arg 0 `is`, 1 `is not`: a b -> bool
    case containsOp      // arg 0 `in`, 1 `not in`: item container -> bool
    // Builders
    case buildTuple, buildList, buildSet        // arg n: n items -> collection
    case buildMap        // arg n: k1 v1 ... kn vn -> dict
    case buildString     // arg n: n strings -> joined string
    case listAppend, setAdd   // arg i: collection at stack[-i] after popping the item
    case mapAdd          // arg i: key value -> (dict at stack[-i] after popping)
    case listExtend, setUpdate, dictUpdate, dictMerge   // arg i: iterable -> (target at stack[-i])
    case listToTuple     // list -> tuple
    case formatValue     // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on the stack: value [spec] -> str
    case unpackSequence  // arg n: seq -> item_n-1 ... item_0 (item_0 on top)
    case unpackEx        // arg before | after << 8: seq -> after..., list, before... (first item on top)
    // Control flow (jump args are absolute instruction indices)
    case jump
    case popJumpIfFalse, popJumpIfTrue
    case jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter         // iterable -> iterator
    case forIter         // arg exit target: iterator -> iterator next   | on exhaustion: pops iterator, jumps
    // Calls
    case call            // arg argc: callable a1..an -> result
    case callKw          // arg argc (positional + keyword values): callable a1..an kwnames(tuple const) -> result
    case callEx          // arg 1 if a kwargs dict follows: callable args-tuple [kwargs] -> result
    case callMethod      // arg argc: method self-or-null a1..an -> result
    case callMethodKw    // arg argc: method self-or-null a1..an kwnames -> result
    case makeFunction    // arg flags 1 defaults, 2 kwdefaults, 4 annotations, 8 closure: [defaults] [kwdefaults] [annotations] [closure] code -> function
    case makeClass       // arg nbases | 1<<16 if a keywords dict follows: body-function name bases... [kw] -> class
    case returnValue     // value -> (returns to the caller)
    // Exceptions (zero-cost: handlers come from `CodeObject.handlers`)
    case raise           // arg 0 re-raise, 1 exc, 2 exc cause
    case reraise         // exc -> (raises exc again, keeping its traceback)
    case pushExcInfo     // exc -> previous-handled exc   (and exc becomes the handled exception)
    case popExcept       // previous-handled ->           (restores it)
    case checkExcMatch   // exc type -> exc bool
    case withExceptStart // exit prev exc -> exit prev exc result   (calls exit(type, exc, tb))
    case loadAssertionError
    // Generators and coroutines
    case yieldValue      // value -> sent value
    case getYieldFromIter // iterable -> iterator
    case yieldFrom       // iterator sent -> iterator next-yielded | on return: pops iterator, pushes result
    case getAwaitable    // awaitable -> awaitable (validated; coroutine already awaited is an error)
    case await           // awaitable -> result (delegates to a coroutine or suspends on a native awaitable)
    case getAIter        // async iterable -> async iterator  (`__aiter__`)
    case getANext        // aiter -> aiter awaitable           (`__anext__`)
    case endAsyncFor     // aiter exc -> (StopAsyncIteration ends the loop; anything else is re-raised)
    // Pattern matching (`match` statements)
    case matchSequence   // subject -> subject bool   (a sequence other than str/bytes/bytearray)
    case matchMapping    // subject -> subject bool   (a mapping)
    case getLen          // subject -> subject len
    case matchKeys       // subject keys -> subject keys values-tuple-or-None
    case copyDictWithoutKeys // subject keys -> dict of the other items
    case matchClass      // arg positional count: subject cls names -> attributes-tuple-or-None
    // except*
    case checkEgMatch    // exc type -> rest match   (match is None when nothing matches; rest is exc then)
    case prepReraiseStar // original raised-list -> exception-to-raise-or-None
    // Imports
    case importName      // arg name index: -> module
    case importFrom      // arg name index: module -> module attr
    case importStar      // module ->  (copies public names into globals)
    // Misc
    case setupAnnotations
    case printExpr
    // Superinstructions. The compiler never emits these: the VM rewrites its own copy of a
    // code object's instructions (VM/Superinstructions.swift) so that a common run of two or
    // three instructions dispatches once. Only the first instruction of a run changes; the
    // others keep their op and arg (the fused instruction reads its operands from them, and
    // a jump may still land on them).
    case loadFastLoadFast        // loadFast; loadFast
    case loadFastLoadConst       // loadFast; loadConst
    case loadFastConstBinaryOp   // loadFast; loadConst; binaryOp
    case loadFastFastBinaryOp    // loadFast; loadFast; binaryOp
    case loadConstBinaryOp       // loadConst; binaryOp
    case loadFastLoadAttr        // loadFast; loadAttr
    case loadFastLoadMethod      // loadFast; loadMethod
    case storeFastLoadFast       // storeFast; loadFast
    case compareJumpIfFalse      // compareOp; popJumpIfFalse
    case forIterStoreFast        // forIter; storeFast
    case jumpForIter             // jump to a forIter (the loop's back edge)
}

public struct Instruction: Sendable, Equatable {
    public var op: Opcode
    public var arg: Int32
    public init(_ op: Opcode, _ arg: Int32 = 0) {
        self.op = op
        self.arg = arg
    }
}

/// A compile-time constant. Code objects nest as constants of their parents.
public enum CodeConstant: Sendable {
    case none
    case bool(Bool)
    case int(Int)
    /// Digits of an integer that does not fit in 64 bits.
    case bigInt(String)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case ellipsis
    case tuple([CodeConstant])
    case code(CodeObject)
}

/// An exception handler range: instructions in `start..<end` jump to `target` with the value
/// stack cut back to `depth` and the exception pushed. Listed innermost first.
public struct ExceptionHandler: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var target: Int32
    public var depth: Int32
    public init(start: Int32, end: Int32, target: Int32, depth: Int32) {
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
    }
}

public final class CodeObject: @unchecked Sendable {
    public enum Kind: Sendable { case module, function, classBody, lambda, comprehension }

    public var name: String
    public var qualname: String
    public var kind: Kind
    public var isGenerator = false
    public var isCoroutine = false
    public var location: SourceLocation

    /// Parameters: `argCount` positional (including `posOnlyCount` positional-only), then
    /// `kwOnlyCount` keyword-only, then `*args` and `**kwargs` slots when present. Parameter
    /// slots are the first local slots, in that order.
    public var argCount = 0
    public var posOnlyCount = 0
    public var kwOnlyCount = 0
    public var hasVarArgs = false
    public var hasVarKeywords = false

    /// Local slot names (parameters first).
    public var localNames: [String] = []
    /// Locals captured by inner functions (stored in cells), by name.
    public var cellNames: [String] = []
    /// For each cell variable that is also a parameter: the parameter slot to copy in at entry (-1 otherwise).
    public var cellParamSlots: [Int32] = []
    /// Variables captured from enclosing functions; cell indices continue after `cellNames`.
    public var freeNames: [String] = []
    /// Global, attribute and import names.
    public var names: [String] = []
    public var constants: [CodeConstant] = []
    public var instructions: [Instruction] = []
    /// Source location of each instruction.
    public var locations: [SourceLocation] = []
    public var handlers: [ExceptionHandler] = []
    /// The docstring: a string literal as the first statement of a function or class body.
    public var docstring: String?
    /// The file the code was compiled from (scenario or a runtime's library module).
    public var filename = ""
    public var maxStackDepth = 0

    public init(name: String, qualname: String, kind: Kind, location: SourceLocation) {
        self.name = name
        self.qualname = qualname
        self.kind = kind
        self.location = location
    }

    public var parameterCount: Int {
        argCount + kwOnlyCount + (hasVarArgs ? 1 : 0) + (hasVarKeywords ? 1 : 0)
    }
}
