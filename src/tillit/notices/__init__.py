"""Every message a person receives: rendered from templates in the recipient's
language and queued in the outbox (ARCHITECTURE: one notices module).

Notices import the outbox and nothing above `core`: the calling service hands
over the rows to quote and the links to include, so every app may send one.
"""
