using System.Text;
using IBok.GraphQL.Language;
using IBok.GraphQL.Tests.Conformance;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;
using IBok.GraphQL.Validation;

namespace IBok.GraphQL.Tests.Robustness;

/// <summary>
/// Hostile input: random bytes and random mutations of the corpus's valid documents, thrown at the parser and the
/// validator. Every input must end in a result or a <see cref="GraphQLSyntaxException"/>: no other exception escapes,
/// nothing hangs. Seeded, so a failure reproduces.
/// </summary>
public sealed class ParserAndValidatorFuzzTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", "on", "fragment", "query", "mutation",
        "subscription", "type", "extend", "schema", "directive", "repeatable", "input", "enum", "union", "interface",
        "implements", "scalar", "\"", "\"\"\"", "\\u{1F600}", "\\uD83D", "\\", "#", "\n", "\r", "\t", ",", "0", "-1",
        "1.5e10", "1e", "0x1", "true", "null", "__typename", "__schema", "ż", "\u00A0", "\uFEFF", "\0", "𝔊",
    ];

    [Fact]
    public void RandomBytes_EndInAResultOrASyntaxError()
    {
        var random = new Random(20261121);
        RunWithinBudget(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                var bytes = new byte[random.Next(0, 200)];
                random.NextBytes(bytes);
                AssertCleanParse(bytes, $"random bytes #{i}: {Convert.ToHexString(bytes)}");
            }
        });
    }

    [Fact]
    public void MutatedCorpusDocuments_EndInAResultOrASyntaxError_AndValidateCleanly()
    {
        var random = new Random(1234);
        var cases = ConformanceCorpus.Load()
            .Select(entry => entry.Case)
            .Where(c => c.Topic is "validation" or "execution" or "abstract" or "variables")
            .ToArray();
        var schemas = new Dictionary<string, GraphQLSchema?>(StringComparer.Ordinal);
        var validated = 0;

        RunWithinBudget(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var testCase = cases[random.Next(cases.Length)];
                var mutated = Mutate(testCase.Document, random);
                var label = $"mutation #{i} of {testCase.DisplayName}:\n{mutated}";
                var document = AssertCleanParse(Encoding.UTF8.GetBytes(mutated), label);
                if (document is null || Schema(testCase.Schema, schemas) is not { } schema)
                {
                    continue;
                }

                try
                {
                    DocumentValidator.Validate(schema, document);
                    validated++;
                }
                catch (Exception ex)
                {
                    Assert.Fail($"The validator threw {ex.GetType().Name} ({ex.Message}) for {label}");
                }
            }
        });

        Assert.True(validated > 2_000, $"Only {validated} mutated documents reached the validator; the mutations are too destructive to test it.");
    }

    private static DocumentNode? AssertCleanParse(byte[] utf8, string label)
    {
        try
        {
            return Parser.Parse(utf8.AsSpan());
        }
        catch (GraphQLSyntaxException ex)
        {
            Assert.True(ex.Line >= 1 && ex.Column >= 1, $"A syntax error without a position for {label}: {ex.Message}");
            return null;
        }
        catch (Exception ex)
        {
            Assert.Fail($"The parser threw {ex.GetType().Name} ({ex.Message}) for {label}");
            return null;
        }
    }

    private static string Mutate(string document, Random random)
    {
        var text = new StringBuilder(document);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0: // delete a short range
                    var length = Math.Min(random.Next(1, 6), text.Length - at);
                    text.Remove(at, Math.Max(0, length));
                    break;
                case 1: // insert a token or a troublesome character
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2: // duplicate a slice elsewhere
                    var start = random.Next(text.Length + 1);
                    var slice = text.ToString(start, Math.Min(random.Next(1, 30), text.Length - start));
                    text.Insert(random.Next(text.Length + 1), slice);
                    break;
                default: // replace a character with a random code point
                    if (at < text.Length)
                    {
                        text[at] = (char)random.Next(0x20, 0x3000);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static GraphQLSchema? Schema(string sdl, Dictionary<string, GraphQLSchema?> cache)
    {
        if (!cache.TryGetValue(sdl, out var schema))
        {
            try
            {
                schema = SchemaFromSdl.Build(sdl);
            }
            catch (Exception ex) when (ex is SdlValidationException or SchemaValidationException or GraphQLSyntaxException)
            {
                schema = null;
            }

            cache[sdl] = schema;
        }

        return schema;
    }

    private static void RunWithinBudget(Action action)
    {
        var run = Task.Run(action);
        Assert.True(run.Wait(Budget), $"The fuzz run did not finish within {Budget.TotalSeconds} s: the parser or validator hangs.");
        run.GetAwaiter().GetResult();
    }
}
