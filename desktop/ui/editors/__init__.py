"""Record editors (cases, incidents): forms with inline validation and autosaved drafts."""
