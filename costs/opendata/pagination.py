from rest_framework.pagination import BasePagination, CursorPagination
from rest_framework.response import Response


class Pagination(CursorPagination):
    """Cursor pages: stable while rows are added, and no page count to compute.
    Each view names its order (`cursor_ordering`); the cursor holds the
    position in it, never a hidden row's number."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 500

    def get_ordering(self, request, queryset, view):
        return getattr(view, "cursor_ordering", ("pk",))


class SinglePage(BasePagination):
    """A short list computed in memory (corridors, currencies): the whole list,
    in the same envelope as a cursor page, with no next page."""

    def paginate_queryset(self, queryset, request, view=None):
        return list(queryset)

    def get_paginated_response(self, data):
        return Response({"next": None, "previous": None, "results": data})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "description": "Always null."},
                "previous": {"type": "string", "nullable": True, "description": "Always null."},
                "results": schema,
            },
        }
