// The Export layer; see docs/ARCHITECTURE.md.
