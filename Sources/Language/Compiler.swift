/// Compiles a parsed module to bytecode (one `CodeObject` per function, class body,
/// lambda and comprehension). Assumes the `Validator` has accepted the tree; constructs
/// outside the supported subset are refused with a `Diagnostic`.
public enum Compiler {
    public static func compile(_ module: Module, filename: String) throws(Diagnostic) -> CodeObject {
        let table = SymbolTable(module: module.body)
        var c = CompilerState(table: table, filename: filename)
        c.postponedAnnotations = module.body.contains { statement in
            if case .importFrom("__future__", let names, 0) = statement.kind { return names.contains { $0.name == "annotations" } }
            return false
        }
        do {
            return try c.compileModule(module.body)
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw Diagnostic("internal compiler error: \(error)", at: .unknown)
        }
    }

    /// Builtins that run code built from strings: a program using them is refused before
    /// it runs (loopscope compiles the whole scenario ahead of time).
    static let refusedBuiltins: Set<String> = ["eval", "exec", "compile"]

    /// Parses, validates and compiles; the first problem found is thrown.
    public static func compile(source: String, filename: String) throws(Diagnostic) -> CodeObject {
        let module = try Parser.parse(source)
        if let first = Validator.validate(module).first { throw first }
        return try compile(module, filename: filename)
    }
}

/// A construct that holds something on the value stack or needs cleanup when control leaves
/// it early (`return`, `break`, `continue`). Mirrors CPython's compiler "fblocks".
struct FrameBlock {
    enum Kind {
        case whileLoop(continueLabel: Int, breakLabel: Int)
        case forLoop(continueLabel: Int, breakLabel: Int)
        case tryExcept
        case finallyTry(body: [Stmt])
        case finallyEnd
        case exceptDispatch
        case handlerCleanup(name: String?)
        case with(isAsync: Bool)
        case popValue
    }
    var kind: Kind
    /// Items this block keeps on the value stack beneath statements inside it.
    var stackItems: Int
    /// The exception handler protecting this block's code, if any.
    var handler: HandlerRange?
}

/// A handler that may be suspended while cleanup code is inlined for an early exit.
struct HandlerRange {
    var label: Int
    var depth: Int
    var openStart: Int32?
    var segments: [(Int32, Int32)] = []

    mutating func pause(at pc: Int32) {
        if let s = openStart { segments.append((s, pc)) }
        openStart = nil
    }
}

struct CompilerState {
    let table: SymbolTable
    let filename: String
    var builders: [CodeBuilder] = []
    var blocks: [[FrameBlock]] = []
    var qualnamePrefix: [String] = []
    /// `from __future__ import annotations`: annotations are stored as their text.
    var postponedAnnotations = false

    init(table: SymbolTable, filename: String) {
        self.table = table
        self.filename = filename
    }

    var b: CodeBuilder {
        get { builders[builders.count - 1] }
        _modify { yield &builders[builders.count - 1] }
    }

    var fblocks: [FrameBlock] {
        get { blocks[blocks.count - 1] }
        _modify { yield &blocks[blocks.count - 1] }
    }

    var scope: Scope { builders[builders.count - 1].scope }

    mutating func compileModule(_ body: [Stmt]) throws -> CodeObject {
        let code = CodeObject(name: "<module>", qualname: "<module>", kind: .module, location: SourceLocation(line: 1, column: 1))
        push(code, table.module)
        setUpAnnotations(body)
        try compileBody(body)
        b.loadConst(.none)
        emit(.returnValue)
        return pop()
    }

    mutating func push(_ code: CodeObject, _ scope: Scope) {
        builders.append(CodeBuilder(code: code, scope: scope, filename: filename))
        blocks.append([])
    }

    mutating func pop() -> CodeObject {
        var builder = builders.removeLast()
        blocks.removeLast()
        builder.resolveLabels()
        return builder.code
    }

    @discardableResult
    mutating func emit(_ op: Opcode, _ arg: Int32 = 0) -> Int { b.emit(op, arg) }
    mutating func emit(_ op: Opcode, _ arg: Int) { b.emit(op, Int32(arg)) }

    func unsupported(_ what: String, at loc: SourceLocation) -> Diagnostic {
        Diagnostic("\(what) is not supported by loopscope", at: loc)
    }

    // MARK: Frame blocks

    /// Stack depth at statement level inside the current blocks.
    var baseDepth: Int { fblocks.reduce(0) { $0 + $1.stackItems } }

    mutating func pushBlock(_ kind: FrameBlock.Kind, stackItems: Int, handlerDepth: Int? = nil) -> Int? {
        var handler: HandlerRange?
        var label: Int?
        if let d = handlerDepth {
            let l = b.newLabel()
            handler = HandlerRange(label: l, depth: d, openStart: b.here)
            label = l
        }
        fblocks.append(FrameBlock(kind: kind, stackItems: stackItems, handler: handler))
        return label
    }

    /// Pops the innermost block and records its handler ranges (inner blocks close first,
    /// so the handler table comes out innermost-first).
    mutating func popBlock() {
        var block = fblocks.removeLast()
        if var h = block.handler {
            h.pause(at: b.here)
            for (s, e) in h.segments { b.addHandler(start: s, end: e, target: h.label, depth: h.depth) }
            block.handler = h
        }
    }

    /// Emits the cleanup for leaving block `index` early; `preserveTop` keeps a return value on top.
    mutating func unwind(_ index: Int, preserveTop: Bool) throws {
        let pc = b.here
        fblocks[index].handler?.pause(at: pc)
        switch fblocks[index].kind {
        case .whileLoop, .tryExcept, .handlerCleanup(nil):
            break
        case .forLoop:
            if preserveTop { emit(.swap, 2) }
            emit(.popTop)
        case .popValue:
            if preserveTop { emit(.swap, 2) }
            emit(.popTop)
        case .exceptDispatch:
            if preserveTop { emit(.swap, 2) }
            emit(.popExcept)
        case .finallyEnd:
            if preserveTop { emit(.swap, 2) }
            emit(.popTop)
            if preserveTop { emit(.swap, 2) }
            emit(.popExcept)
        case .handlerCleanup(let name?):
            b.loadConst(.none)
            try storeName(name)
            try deleteName(name)
        case .with(let isAsync):
            if preserveTop { emit(.swap, 2) }
            try callExitWithNones(isAsync: isAsync)
        case .finallyTry(let body):
            // Inline the finally body; the block is removed while it compiles so that a
            // `return` inside the finally body does not run it again.
            let saved = fblocks[index]
            let tail = Array(fblocks[(index + 1)...])
            fblocks.removeLast(fblocks.count - index)
            if preserveTop { _ = pushBlock(.popValue, stackItems: 1) }
            try compileBody(body)
            if preserveTop { fblocks.removeLast() }
            fblocks.append(saved)
            fblocks.append(contentsOf: tail)
        }
    }

    mutating func callExitWithNones(isAsync: Bool) throws {
        b.loadConst(.none)
        b.loadConst(.none)
        b.loadConst(.none)
        emit(.call, 3)
        if isAsync {
            emit(.getAwaitable)
            emit(.await)
        }
        emit(.popTop)
    }

    /// Reopens handlers paused by an early exit from `index` inward.
    mutating func resumeHandlers(from index: Int) {
        let pc = b.here
        for i in index..<fblocks.count where fblocks[i].handler != nil {
            fblocks[i].handler!.openStart = pc
        }
    }

    // MARK: Names

    mutating func loadName(_ name: String) throws {
        if Compiler.refusedBuiltins.contains(name), reachesBuiltin(name) {
            throw unsupported("'\(name)()' (running code built from strings)", at: b.location)
        }
        nameOp(name, fast: .loadFast, deref: .loadDeref, global: .loadGlobal, name: .loadName)
    }

    /// Whether `name`, read in this scope, is the builtin: no enclosing scope up to the
    /// module binds it (class bodies see their own names only).
    private func reachesBuiltin(_ name: String) -> Bool {
        var s: Scope? = scope
        var first = true
        while let current = s {
            if (first || current.kind != .classBody) && current.isBound(name) { return false }
            first = false
            s = current.parent
        }
        return true
    }

    mutating func storeName(_ name: String) throws {
        nameOp(name, fast: .storeFast, deref: .storeDeref, global: .storeGlobal, name: .storeName)
    }

    mutating func deleteName(_ name: String) throws {
        nameOp(name, fast: .deleteFast, deref: .deleteDeref, global: .deleteGlobal, name: .deleteName)
    }

    /// Emits the load/store/delete of `name` for the way this scope reaches it.
    private mutating func nameOp(_ identifier: String, fast: Opcode, deref: Opcode, global: Opcode, name nameOp: Opcode) {
        let name = scope.mangle(identifier)
        switch scope.access(of: name) {
        case .fast: emit(fast, b.localSlots[name]!)
        case .deref: emit(deref, b.cellSlots[name]!)
        case .global: emit(global, b.name(name))
        case .name: emit(nameOp, b.name(name))
        }
    }

    mutating func qualname(_ name: String) -> String {
        (qualnamePrefix + [name]).joined(separator: ".")
    }
}
