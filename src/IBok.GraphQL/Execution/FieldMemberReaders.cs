using System.Runtime.CompilerServices;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// Plain member reads behind compiled resolvers: a schema builder that compiles a resolver which only reads a
/// property of the source (the code-first schema's properties) registers the same read as a
/// <c>source → value</c> delegate, so the executor can call it without coercing arguments or building a
/// <see cref="ResolveFieldContext"/>. Keyed by the resolver delegate itself, so a middleware that replaces a
/// field's resolver (paging, global ids, authorization) loses the shortcut, as it must.
/// </summary>
internal static class FieldMemberReaders
{
    private static readonly ConditionalWeakTable<FieldResolver, Func<object?, object?>> Readers = [];

    /// <summary>What a reader returns for a source it cannot read (another type): the executor then calls the resolver.</summary>
    public static readonly object NotApplicable = new();

    /// <summary>Declares that <paramref name="resolver"/> is equivalent to <paramref name="read"/> for every source <paramref name="read"/> accepts.</summary>
    public static void Register(FieldResolver resolver, Func<object?, object?> read) => Readers.AddOrUpdate(resolver, read);

    /// <summary>The member read registered for <paramref name="resolver"/>, or null.</summary>
    public static Func<object?, object?>? Find(FieldResolver? resolver) =>
        resolver is not null && Readers.TryGetValue(resolver, out var read) ? read : null;
}
