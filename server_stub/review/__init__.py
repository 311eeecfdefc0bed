"""The secretariat's review: submitted reports, decisions on them, and completeness."""
