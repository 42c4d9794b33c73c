/// Accumulates one code object's instructions, constants, names and exception handlers.
struct CodeBuilder {
    let code: CodeObject
    let scope: Scope
    var location: SourceLocation
    private var nameIndex: [String: Int32] = [:]
    private var intConstants: [Int: Int32] = [:]
    private var stringConstants: [[UInt8]: Int32] = [:]  // by UTF-8 bytes: Swift `==` would merge canonically equivalent texts
    private var noneConstant: Int32?
    /// Pending jumps to labels not yet placed.
    private var labels: [Int32?] = []
    private var fixups: [(instruction: Int, label: Int)] = []
    private var pendingHandlers: [(start: Int32, end: Int32, label: Int, depth: Int)] = []
    var localSlots: [String: Int32] = [:]
    var cellSlots: [String: Int32] = [:]

    init(code: CodeObject, scope: Scope, filename: String) {
        self.code = code
        code.filename = filename
        self.scope = scope
        self.location = code.location
        for (i, p) in scope.parameters.enumerated() { localSlots[p] = Int32(i) }
        code.localNames = scope.parameters
        for n in scope.bound where localSlots[n] == nil && scope.isLocal(n) && !scope.isCell(n) {
            localSlots[n] = Int32(code.localNames.count)
            code.localNames.append(n)
        }
        code.cellNames = scope.cells
        code.cellParamSlots = scope.cells.map { localSlots[$0] ?? -1 }
        code.freeNames = scope.frees
        for (i, n) in (scope.cells + scope.frees).enumerated() { cellSlots[n] = Int32(i) }
    }

    var here: Int32 { Int32(code.instructions.count) }

    @discardableResult
    mutating func emit(_ op: Opcode, _ arg: Int32 = 0) -> Int {
        code.instructions.append(Instruction(op, arg))
        code.locations.append(location)
        return code.instructions.count - 1
    }

    // MARK: Labels

    mutating func newLabel() -> Int {
        labels.append(nil)
        return labels.count - 1
    }

    mutating func place(_ label: Int) {
        labels[label] = here
    }

    mutating func emitJump(_ op: Opcode, to label: Int) {
        let i = emit(op, -1)
        fixups.append((i, label))
    }

    mutating func resolveLabels() {
        for (i, label) in fixups {
            guard let target = labels[label] else { preconditionFailure("unplaced label") }
            code.instructions[i].arg = target
        }
        fixups.removeAll()
        for h in pendingHandlers {
            guard let target = labels[h.label] else { preconditionFailure("unplaced handler label") }
            code.handlers.append(ExceptionHandler(start: h.start, end: h.end, target: target, depth: Int32(h.depth)))
        }
        pendingHandlers.removeAll()
    }

    // MARK: Tables

    mutating func name(_ n: String) -> Int32 {
        if let i = nameIndex[n] { return i }
        let i = Int32(code.names.count)
        code.names.append(n)
        nameIndex[n] = i
        return i
    }

    mutating func constant(_ c: CodeConstant) -> Int32 {
        switch c {
        case .none:
            if let i = noneConstant { return i }
            let i = append(c)
            noneConstant = i
            return i
        case .int(let v):
            if let i = intConstants[v] { return i }
            let i = append(c)
            intConstants[v] = i
            return i
        case .string(let s):
            if let i = stringConstants[Array(s.utf8)] { return i }
            let i = append(c)
            stringConstants[Array(s.utf8)] = i
            return i
        default:
            return append(c)
        }
    }

    private mutating func append(_ c: CodeConstant) -> Int32 {
        code.constants.append(c)
        return Int32(code.constants.count - 1)
    }

    mutating func loadConst(_ c: CodeConstant) {
        emit(.loadConst, constant(c))
    }

    /// Adds a handler range whose target label is placed later; call in innermost-first order.
    mutating func addHandler(start: Int32, end: Int32, target label: Int, depth: Int) {
        guard end > start else { return }
        pendingHandlers.append((start, end, label, depth))
    }
}
