"""Country reports rendered from a campaign's form definition."""
