"""The policy app's state changes, one module per step or desk."""
