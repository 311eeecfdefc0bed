"""Reference data: partner countries, dialogues, JVAP domains, IOM routes and causes."""
