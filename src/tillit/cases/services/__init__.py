"""Every change of state of a case, one module per desk (STYLE R1)."""
