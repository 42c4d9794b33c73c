import Language

/// Fuses common runs of instructions into one dispatch (the `Opcode` superinstructions).
///
/// Each rule looks at the original instructions only and changes only the op of the run's
/// first instruction, so every instruction can be fused independently: a run's later
/// instructions keep their op and arg, a jump that lands on one of them runs it as
/// compiled, and the fused instruction reads its operands from their args.
enum Superinstructions {
    static func fuse(_ original: [Instruction]) -> [Instruction] {
        var program = original
        func op(_ i: Int) -> Opcode? { i < original.count ? original[i].op : nil }
        for i in original.indices {
            switch (original[i].op, op(i + 1), op(i + 2)) {
            case (.loadFast, .loadConst, .binaryOp): program[i].op = .loadFastConstBinaryOp
            case (.loadFast, .loadFast, .binaryOp): program[i].op = .loadFastFastBinaryOp
            case (.loadFast, .loadFast, _): program[i].op = .loadFastLoadFast
            case (.loadFast, .loadConst, _): program[i].op = .loadFastLoadConst
            case (.loadFast, .loadAttr, _): program[i].op = .loadFastLoadAttr
            case (.loadFast, .loadMethod, _): program[i].op = .loadFastLoadMethod
            case (.loadConst, .binaryOp, _): program[i].op = .loadConstBinaryOp
            case (.storeFast, .loadFast, _): program[i].op = .storeFastLoadFast
            case (.compareOp, .popJumpIfFalse, _): program[i].op = .compareJumpIfFalse
            case (.forIter, .storeFast, _): program[i].op = .forIterStoreFast
            case (.jump, _, _) where op(Int(original[i].arg)) == .forIter: program[i].op = .jumpForIter
            default: break
            }
        }
        return program
    }
}
