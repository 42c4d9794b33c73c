import Language

extension BinaryOp {
    /// The operators by their BINARY_OP argument (the compiler's `allCases` index).
    static let byIndex: [BinaryOp] = allCases
}

extension CompareOp {
    /// The comparisons by their COMPARE_OP argument.
    static let byIndex: [CompareOp] = allCases
}

extension VM {
    /// BINARY_OP on two machine ints, for the operators whose result is an int that cannot
    /// overflow or raise; nil sends the operation down the general path (which also raises
    /// ZeroDivisionError and promotes to big ints).
    @inline(__always)
    func smallIntFast(_ index: Int, _ x: Int, _ y: Int) -> Value? {
        switch index {
        case 0:  // +
            let (r, o) = x.addingReportingOverflow(y)
            return o ? nil : .int(r)
        case 1:  // -
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? nil : .int(r)
        case 2:  // *
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : .int(r)
        case 5:  // //
            if y <= 0 { return nil }
            let q = x / y
            return .int(x % y < 0 ? q - 1 : q)
        case 6:  // %
            if y <= 0 { return nil }
            let r = x % y
            return .int(r < 0 ? r + y : r)
        case 10: return .int(x | y)
        case 11: return .int(x ^ y)
        case 12: return .int(x & y)
        default: return nil
        }
    }

    /// COMPARE_OP on two machine ints (==, !=, <, <=, >, >=); nil for the others.
    @inline(__always)
    func smallIntCompare(_ index: Int, _ x: Int, _ y: Int) -> Bool? {
        switch index {
        case 0: return x == y
        case 1: return x != y
        case 2: return x < y
        case 3: return x <= y
        case 4: return x > y
        case 5: return x >= y
        default: return nil
        }
    }

    /// BINARY_OP (arg: the operator's index, + 100 for in-place) with the small-int fast path.
    @inline(__always)
    func binaryValue(_ arg: Int, _ l: Value, _ r: Value) throws -> Value {
        if case .int(let x) = l, case .int(let y) = r, let v = smallIntFast(arg >= 100 ? arg - 100 : arg, x, y) { return v }
        if arg >= 100 { return try inplaceOp(BinaryOp.byIndex[arg - 100], l, r) }
        return try binaryOp(BinaryOp.byIndex[arg], l, r)
    }

    /// COMPARE_OP (arg: the comparison's index) with the small-int fast path.
    @inline(__always)
    func compareValue(_ arg: Int, _ l: Value, _ r: Value) throws -> Value {
        if case .int(let x) = l, case .int(let y) = r, let b = smallIntCompare(arg, x, y) { return .bool(b) }
        return try compare(CompareOp.byIndex[arg], l, r)
    }

    /// The truth of a jump's condition, with the bool fast path.
    @inline(__always)
    func isTrue(_ v: Value) throws -> Bool {
        if case .bool(let b) = v { return b }
        return try truthy(v)
    }
}
