using Xunit.Sdk;

namespace IBok.Domain.Tests.Snapshots;

public sealed class SnapshotTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ibok-snap-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Match_MissingLocally_WritesAndPasses()
    {
        var store = new SnapshotStore(directory, isContinuousIntegration: false, update: false);

        store.Match("First", "a\r\nb");

        Assert.Equal("a\nb\n", File.ReadAllText(store.PathOf("First")));
    }

    [Fact]
    public void Match_MissingUnderCi_WritesAndFails()
    {
        var store = new SnapshotStore(directory, isContinuousIntegration: true, update: false);

        var ex = Assert.Throws<XunitException>(() => store.Match("First", "a"));

        Assert.Contains("was missing and has been written; under CI every snapshot must be committed", ex.Message, StringComparison.Ordinal);
        Assert.Equal("a\n", File.ReadAllText(store.PathOf("First")));
    }

    [Fact]
    public void Match_Equal_Passes()
    {
        new SnapshotStore(directory, false, false).Match("Same", "x\ny");

        new SnapshotStore(directory, isContinuousIntegration: true, update: false).Match("Same", "x\r\ny\n");
    }

    [Fact]
    public void Match_Different_FailsWithLineDiff()
    {
        new SnapshotStore(directory, false, false).Match("Changed", "one\ntwo\nthree");

        var ex = Assert.Throws<XunitException>(() => new SnapshotStore(directory, true, false).Match("Changed", "one\n2\nthree"));

        Assert.EndsWith("  one\n- two\n+ 2\n  three\n", ex.Message, StringComparison.Ordinal);
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(Path.Combine(directory, "Changed.snap")));
    }

    [Fact]
    public void Match_UpdateRequested_OverwritesAndPassesEvenUnderCi()
    {
        new SnapshotStore(directory, false, false).Match("Updated", "old");

        new SnapshotStore(directory, isContinuousIntegration: true, update: true).Match("Updated", "new");

        Assert.Equal("new\n", File.ReadAllText(Path.Combine(directory, "Updated.snap")));
    }

    [Fact]
    public void LineDiff_ElidesLongUnchangedRuns()
    {
        var diff = LineDiff.Render("a\nb\nc\nd\ne\nf", "a\nb\nc\nd\ne\nF");

        Assert.Equal("  ...\n  e\n- f\n+ F\n", diff);
    }

    [Fact]
    public void SourcePath_PathMappedByCiBuild_IsFoundAboveTheAssembly()
    {
        var file = Path.Combine(directory, "tests", "Area", "SomeTests.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "// test");
        var binaries = Directory.CreateDirectory(Path.Combine(directory, "tests", "Area", "bin", "Release")).FullName;

        Assert.Equal(file, Snapshot.SourcePath("/_/tests/Area/SomeTests.cs", binaries));
        Assert.Equal("/real/path/Tests.cs", Snapshot.SourcePath("/real/path/Tests.cs", binaries));
        Assert.Throws<XunitException>(() => Snapshot.SourcePath("/_/tests/Missing.cs", binaries));
    }
}
