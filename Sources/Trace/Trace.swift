// The Trace layer: the contract between the engine (producer) and the TUI and exporters
// (consumers). Plain data, no dependencies. See docs/TRACE_FORMAT.md.
//
// Files, one concept each:
//   Identifiers.swift       TaskID, ResourceID, StringID, IDList, TraceObject, TraceLocation
//   Vocabulary.swift        TaskKind, TaskState, ResourceKind, OutputStream
//   WaitReason.swift        what a waiting or blocked task waits for
//   TraceEvent.swift        the typed event vocabulary, EventKind, EventRecord
//   StringTable.swift       interned strings
//   RawEvent.swift          the 16-byte stored form of an event, encoding and decoding
//   ChunkedStore.swift      append-only chunked storage (no reallocation copies)
//   TraceLog.swift          `Trace`: the append-only log and the engine's append API
//   Trace+Queries.swift     time/step/tick of an event, step/tick starts, next/previous time
//   FIFOList.swift          an order-keeping list with cheap removal at the front
//   TraceState.swift        the state at an event, and how one event changes it
//   StateIndex.swift        checkpoints + replay: `state(at:)` for any event
//   TraceCursor.swift       a position in the trace that moves both ways cheaply
//   Spans.swift             per-task (state, reason, start, end) spans for timelines
//   OutputLog.swift         printed text split into lines, as of any event
//   TraceJSONL.swift        byte-deterministic JSON Lines encoding
