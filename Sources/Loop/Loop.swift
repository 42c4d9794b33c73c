// The Loop layer; see docs/ARCHITECTURE.md.
