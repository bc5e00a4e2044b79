"""The OpenAPI description of the API's answers beyond the data: CSV as text,
304 for a client that has the data already, and the errors a client can meet."""

from drf_spectacular.openapi import AutoSchema

ERROR = {
    "type": "object",
    "description": "What was wrong: `detail`, or the name of each bad filter with its messages.",
    "additionalProperties": True,
}
CSV = {
    "type": "string",
    "description": "The whole list as CSV (UTF-8 with a byte-order mark): one row per record, "
    "nested fields as dotted columns; text that could start a spreadsheet formula begins "
    "with an apostrophe.",
}


def _error(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": ERROR}}}


class OpenDataSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        bodies = super()._get_response_bodies(direction)
        for body in bodies.values():
            content = body.get("content", {})
            if "text/csv" in content:
                content["text/csv"] = {"schema": CSV}
        bodies["304"] = {
            "description": "Not modified: the ETag or date the client sent is current."
        }
        if self._is_list_view():
            bodies["400"] = _error("A filter has a value it cannot take.")
        bodies["404"] = _error("No such record, or a cursor that is not valid.")
        bodies["429"] = _error("Too many requests: wait for the seconds in Retry-After.")
        return bodies
