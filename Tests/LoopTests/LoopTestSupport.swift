import Loop

/// A closure loop plus a log of what ran, written "label@tick" so the expected orders in
/// tests read like a schedule.
final class Schedule {
    let loop = EventLoop()
    var log: [String] = []

    /// A job that records `label` (with its tick) and then runs `then`.
    func job(_ label: String, then: @escaping () -> Void = {}) -> () -> Void {
        { [unowned self] in
            self.log.append("\(label)@\(self.loop.tick)")
            then()
        }
    }

    /// A job that records `label` with the time in milliseconds.
    func timed(_ label: String) -> () -> Void {
        { [unowned self] in self.log.append("\(label)@\(self.loop.now / 1_000_000)ms") }
    }
}

let ms: Nanoseconds = 1_000_000
let second: Nanoseconds = 1_000_000_000
