"""Schemathesis over the OpenAPI spec, in process through ASGI: whatever it sends, the server
never answers 5xx, and its answers match the documented codes, content types and schemas.

The schema is loaded when this module is imported (one test per operation), so the app is made
then, on an SQLite file that is migrated and filled only when the tests run.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

from desktop.domain.wire import Mutation
from server_stub import accounts, campaigns
from server_stub.app import create_app
from server_stub.db.engine import write_session
from server_stub.db.migrate import upgrade_to_head
from server_stub.db.models import User, utc_now
from server_stub.security import tokens
from server_stub.settings import Settings
from server_stub.sync.push import apply_push

MAX_EXAMPLES = 30


class World:
    def __init__(self, app):
        self.app = app
        self.engine = app.state.engine

    def fresh_headers(self, email: str = "sec@example.org") -> dict[str, str]:
        """A new device and token per call: a generated logout or device revocation does not
        sign the next call out."""
        from datetime import timedelta

        with write_session(self.engine) as session:
            user = session.query(User).filter_by(email=email).one()
            device = tokens.open_device(session, user, "schemathesis", utc_now())
            issued = tokens.issue_tokens(
                session, device.id, utc_now(), timedelta(minutes=15), timedelta(days=1)
            )
        return {"Authorization": f"Bearer {issued.access_token}"}


FOLDER = Path(tempfile.mkdtemp(prefix="focal-schemathesis-"))
atexit.register(shutil.rmtree, FOLDER, ignore_errors=True)
APP = create_app(
    Settings(
        db=f"sqlite:///{FOLDER / 'server.db'}",
        run_migrations=False,
        api_docs=True,
        login_failures_per_address=10_000,
    )
)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module")
def world():
    """A campaign, a draft report, a secretariat and a focal point; fresh tokens per call."""
    engine = APP.state.engine
    upgrade_to_head(engine)
    accounts.add_user(engine, "sec@example.org", "a long password", "secretariat", None)
    focal = accounts.add_user(
        engine, "focal.sn@example.org", "a long password", "focal_point", "SN"
    ).user
    record_id, data = campaigns.read_campaign_file(campaigns.SAMPLE_CAMPAIGN)
    campaigns.put_campaign(engine, record_id, data)
    principal = tokens.Principal(focal.id, focal.email, "focal_point", "SN", 0)
    report = {"campaign_id": record_id, "country": "SN", "answers": {}}
    apply_push(
        engine,
        principal,
        [Mutation(mutation_id=uuid.uuid4(), kind="country_report", id=uuid.uuid4(), data=report)],
    )
    yield World(APP)
    engine.dispose()


@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
@schema.parametrize()
def test_no_input_gets_a_server_error(case, world):
    # Every check runs but one: the server is lenient on purpose where pydantic coerces a value
    # of another JSON type (`"deleted": 0` is read as false), which schemathesis counts as
    # "schema-violating data accepted". Server errors and undocumented answers are all checked.
    case.call_and_validate(headers=world.fresh_headers(), excluded_checks=[negative_data_rejection])
