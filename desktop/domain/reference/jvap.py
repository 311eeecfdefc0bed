"""The five domains of the Joint Valletta Action Plan and their priority areas."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Domain:
    number: int
    title: str
    priority_areas: dict[str, str]


DOMAINS: dict[int, Domain] = {
    d.number: d
    for d in (
        Domain(
            1,
            "Development benefits of migration and addressing root causes of irregular migration "
            "and forced displacement",
            {
                "1.1": "Economic opportunities and employment",
                "1.2": "Remittances and diaspora engagement",
                "1.3": "Resilience, stability and conflict prevention",
                "1.4": "Development-oriented approach to displacement",
                "1.5": "Climate change and environmental drivers",
            },
        ),
        Domain(
            2,
            "Legal migration and mobility",
            {
                "2.1": "Regular migration channels and labour mobility",
                "2.2": "Mobility of students, researchers and entrepreneurs",
                "2.3": "Visa facilitation",
                "2.4": "Recognition of skills and qualifications",
            },
        ),
        Domain(
            3,
            "Protection and asylum",
            {
                "3.1": "Protection of refugees and asylum seekers",
                "3.2": "Support to host communities",
                "3.3": "Asylum systems and capacity",
                "3.4": "Protection of migrants in vulnerable situations",
            },
        ),
        Domain(
            4,
            "Prevention of and fight against irregular migration, migrant smuggling and "
            "trafficking in human beings",
            {
                "4.1": "Legislative and institutional frameworks",
                "4.2": "Border management",
                "4.3": "Fight against smuggling networks",
                "4.4": "Identification and protection of victims of trafficking",
                "4.5": "Information and awareness campaigns",
            },
        ),
        Domain(
            5,
            "Return, readmission and reintegration",
            {
                "5.1": "Return and readmission cooperation",
                "5.2": "Assisted voluntary return",
                "5.3": "Sustainable reintegration",
                "5.4": "Identification and travel documents",
            },
        ),
    )
}

PRIORITY_AREAS: dict[str, str] = {
    code: title for domain in DOMAINS.values() for code, title in domain.priority_areas.items()
}
