"""The analysts' console, one module per desk; `console/urls.py` names each view."""
