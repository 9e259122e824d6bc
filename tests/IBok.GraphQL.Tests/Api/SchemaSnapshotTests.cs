using IBok.Domain.Tests.Snapshots;
using IBok.GraphQL.Api;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Api;

/// <summary>
/// iBOK's public API as SDL, kept in __snapshots__/ so every change to it shows up in review
/// (re-approve deliberately with UPDATE_SNAPSHOTS=1).
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void IBokSchema_Sdl() => Snapshot.Match(SchemaPrinter.Print(IBokSchema.Instance));
}
