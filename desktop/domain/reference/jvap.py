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

# The same titles in French, Portuguese and Arabic (the programme's languages), keyed by domain
# number ("1") or priority-area code ("1.1"). English stays in `DOMAINS`.
TRANSLATIONS: dict[str, dict[str, str]] = {
    "1": {
        "fr": "Avantages des migrations en termes de développement et lutte contre les causes "
        "profondes de la migration irrégulière et du phénomène des personnes déplacées",
        "pt": "Benefícios da migração para o desenvolvimento e combate às causas profundas da "
        "migração irregular e das deslocações forçadas",
        "ar": "فوائد الهجرة للتنمية ومعالجة الأسباب الجذرية للهجرة غير النظامية والتهجير القسري",
    },
    "1.1": {
        "fr": "Opportunités économiques et emploi",
        "pt": "Oportunidades económicas e emprego",
        "ar": "الفرص الاقتصادية والتشغيل",
    },
    "1.2": {
        "fr": "Transferts de fonds et mobilisation de la diaspora",
        "pt": "Remessas e envolvimento da diáspora",
        "ar": "التحويلات المالية وإشراك المغتربين",
    },
    "1.3": {
        "fr": "Résilience, stabilité et prévention des conflits",
        "pt": "Resiliência, estabilidade e prevenção de conflitos",
        "ar": "الصمود والاستقرار ومنع النزاعات",
    },
    "1.4": {
        "fr": "Approche du déplacement axée sur le développement",
        "pt": "Abordagem das deslocações orientada para o desenvolvimento",
        "ar": "نهج إنمائي في التعامل مع التهجير",
    },
    "1.5": {
        "fr": "Changement climatique et facteurs environnementaux",
        "pt": "Alterações climáticas e fatores ambientais",
        "ar": "تغيّر المناخ والعوامل البيئية",
    },
    "2": {
        "fr": "Migration légale et mobilité",
        "pt": "Migração legal e mobilidade",
        "ar": "الهجرة القانونية والتنقّل",
    },
    "2.1": {
        "fr": "Voies de migration régulière et mobilité de la main-d'œuvre",
        "pt": "Vias de migração regular e mobilidade laboral",
        "ar": "قنوات الهجرة النظامية وتنقّل اليد العاملة",
    },
    "2.2": {
        "fr": "Mobilité des étudiants, des chercheurs et des entrepreneurs",
        "pt": "Mobilidade de estudantes, investigadores e empreendedores",
        "ar": "تنقّل الطلاب والباحثين ورواد الأعمال",
    },
    "2.3": {
        "fr": "Facilitation de la délivrance des visas",
        "pt": "Facilitação de vistos",
        "ar": "تيسير إجراءات التأشيرات",
    },
    "2.4": {
        "fr": "Reconnaissance des compétences et des qualifications",
        "pt": "Reconhecimento de competências e qualificações",
        "ar": "الاعتراف بالمهارات والمؤهلات",
    },
    "3": {"fr": "Protection et asile", "pt": "Proteção e asilo", "ar": "الحماية واللجوء"},
    "3.1": {
        "fr": "Protection des réfugiés et des demandeurs d'asile",
        "pt": "Proteção de refugiados e requerentes de asilo",
        "ar": "حماية اللاجئين وطالبي اللجوء",
    },
    "3.2": {
        "fr": "Soutien aux communautés d'accueil",
        "pt": "Apoio às comunidades de acolhimento",
        "ar": "دعم المجتمعات المضيفة",
    },
    "3.3": {
        "fr": "Systèmes et capacités en matière d'asile",
        "pt": "Sistemas e capacidades de asilo",
        "ar": "أنظمة اللجوء وقدراتها",
    },
    "3.4": {
        "fr": "Protection des migrants en situation de vulnérabilité",
        "pt": "Proteção de migrantes em situação de vulnerabilidade",
        "ar": "حماية المهاجرين في أوضاع هشّة",
    },
    "4": {
        "fr": "Prévention de la migration irrégulière, du trafic de migrants et de la traite des "
        "êtres humains, et lutte contre ces phénomènes",
        "pt": "Prevenção e combate à migração irregular, ao tráfico ilícito de migrantes e ao "
        "tráfico de seres humanos",
        "ar": "منع الهجرة غير النظامية وتهريب المهاجرين والاتجار بالبشر ومكافحتها",
    },
    "4.1": {
        "fr": "Cadres législatifs et institutionnels",
        "pt": "Quadros legislativos e institucionais",
        "ar": "الأطر التشريعية والمؤسسية",
    },
    "4.2": {"fr": "Gestion des frontières", "pt": "Gestão das fronteiras", "ar": "إدارة الحدود"},
    "4.3": {
        "fr": "Lutte contre les réseaux de passeurs",
        "pt": "Combate às redes de tráfico ilícito de migrantes",
        "ar": "مكافحة شبكات التهريب",
    },
    "4.4": {
        "fr": "Identification et protection des victimes de la traite",
        "pt": "Identificação e proteção das vítimas de tráfico",
        "ar": "تحديد هوية ضحايا الاتجار وحمايتهم",
    },
    "4.5": {
        "fr": "Campagnes d'information et de sensibilisation",
        "pt": "Campanhas de informação e sensibilização",
        "ar": "حملات الإعلام والتوعية",
    },
    "5": {
        "fr": "Retour, réadmission et réintégration",
        "pt": "Regresso, readmissão e reintegração",
        "ar": "العودة وإعادة القبول وإعادة الإدماج",
    },
    "5.1": {
        "fr": "Coopération en matière de retour et de réadmission",
        "pt": "Cooperação em matéria de regresso e readmissão",
        "ar": "التعاون في مجال العودة وإعادة القبول",
    },
    "5.2": {
        "fr": "Retour volontaire assisté",
        "pt": "Regresso voluntário assistido",
        "ar": "العودة الطوعية المدعومة",
    },
    "5.3": {
        "fr": "Réintégration durable",
        "pt": "Reintegração sustentável",
        "ar": "إعادة الإدماج المستدامة",
    },
    "5.4": {
        "fr": "Identification et documents de voyage",
        "pt": "Identificação e documentos de viagem",
        "ar": "تحديد الهوية ووثائق السفر",
    },
}


def domain_title(number: int, language: str = "en") -> str:
    """A domain's title in one of the product's languages (English when not translated)."""
    return TRANSLATIONS.get(str(number), {}).get(language) or DOMAINS[number].title


def priority_area_title(code: str, language: str = "en") -> str:
    return TRANSLATIONS.get(code, {}).get(language) or PRIORITY_AREAS[code]
