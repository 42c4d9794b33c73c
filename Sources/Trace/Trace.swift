// The Trace layer; see docs/ARCHITECTURE.md.
