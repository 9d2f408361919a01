"""The central server's OpenAPI, fuzzed by schemathesis on both backends: no request, however malformed, makes
the server fail (5xx), and every answer matches the schema it publishes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance

from caseapp.services import central


def test_no_request_makes_the_server_fail_and_answers_match_the_schema(server):
    with server.store() as store:
        token = central.enroll(store, central.new_enrollment_code(store, "UB-BZD").code).token
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/enroll", "/v1/sync/push", "/v1/sync/pull", "/v1/sync/digest"}
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def exercise(case) -> None:
            # a schema-valid enrollment code or stream the server does not hold is refused (4xx), by design
            case.call_and_validate(headers={"Authorization": f"Bearer {token}", "Accept-Language": "en"},
                                   excluded_checks=[positive_data_acceptance])

        exercise()
