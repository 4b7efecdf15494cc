"""The public pages, one module per page or two; `public/urls.py` names each view."""
