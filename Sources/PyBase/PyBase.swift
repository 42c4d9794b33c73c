// The PyBase layer; see docs/ARCHITECTURE.md.
