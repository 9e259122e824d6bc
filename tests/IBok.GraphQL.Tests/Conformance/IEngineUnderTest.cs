namespace IBok.GraphQL.Tests.Conformance;

/// <summary>
/// The extension point for running our engine against the corpus. An implementation builds the schema from
/// <see cref="ConformanceCase.Schema"/>, parses, validates and executes <see cref="ConformanceCase.Document"/> with the
/// static resolver conventions of README.md, and reports where it stopped. The differential test (to be written once
/// the engine executes) runs every <see cref="ConformanceCorpus"/> entry through it and asserts
/// <see cref="ConformanceComparer.Compare"/> finds no difference.
/// </summary>
public interface IEngineUnderTest
{
    /// <summary>Runs one case end to end and returns the outcome in the corpus's terms.</summary>
    ConformanceOutcome Run(ConformanceCase testCase);
}
