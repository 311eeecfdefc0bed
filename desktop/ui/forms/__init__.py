"""Form building blocks: value widgets with one protocol (`value()`, `set_value()`, `changed`)
and a binder that maps dotted record paths to them and places validation messages."""
