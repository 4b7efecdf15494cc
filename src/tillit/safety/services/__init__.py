"""Meeting security changes, one module per desk."""
