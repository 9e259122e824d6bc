using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>
/// The static-resolver conventions of execute-cases.js, as resolvers bound to every object field of an SDL:
/// a field resolves to its parent's entry of the same name; <c>{"$error": "msg"}</c> throws (as a list item, it is
/// an error item); <c>{"$delay": ms, "value": v}</c> resolves to v after ms milliseconds; the string
/// <c>"$args"</c> resolves to the coerced arguments as JSON. Every call is logged as graphql-js's script logs it.
/// </summary>
internal sealed class ConventionResolvers
{
    private readonly List<string> _log = [];

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToArray();
            }
        }
    }

    public SdlResolvers For(string sdl)
    {
        var resolvers = new SdlResolvers();
        var document = Parser.Parse(sdl);
        var fields = document.Definitions.SelectMany(d => d switch
        {
            ObjectTypeDefinitionNode o => o.Fields.Select(f => o.Name.Value + "." + f.Name.Value),
            ObjectTypeExtensionNode o => o.Fields.Select(f => o.Name.Value + "." + f.Name.Value),
            _ => [],
        });
        foreach (var coordinate in fields.Distinct())
        {
            resolvers.Field(coordinate, Resolve);
        }

        return resolvers;
    }

    private async ValueTask<object?> Resolve(IFieldResolveContext context)
    {
        var resolveContext = (ResolveFieldContext)context;
        var path = string.Join(".", resolveContext.Path);
        Add("start " + path);
        var value = context.Source is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(context.Field.Name) : null;
        if (value is IReadOnlyDictionary<string, object?> delayed && delayed.TryGetValue("$delay", out var delay) && delay is long milliseconds)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), context.CancellationToken);
            Add("end " + path);
            value = delayed.GetValueOrDefault("value");
        }

        return Settle(value, context.Arguments);
    }

    private static object? Settle(object? value, IReadOnlyDictionary<string, object?> arguments)
    {
        if (value is "$args")
        {
            return ToJson(arguments);
        }

        if (ErrorMessage(value) is { } message)
        {
            throw new GraphQLException(message);
        }

        return value is object?[] items ? items.Select(ItemValue).ToArray() : value;
    }

    private static object? ItemValue(object? value) => ErrorMessage(value) is { } message
        ? new GraphQLException(message)
        : value is object?[] items ? items.Select(ItemValue).ToArray() : value;

    private static string? ErrorMessage(object? value) =>
        value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("$error", out var message) ? message as string : null;

    private static string ToJson(object? value)
    {
        using var stream = new MemoryStream();
        // Like JSON.stringify, non-ASCII letters stay unescaped (characters beyond the BMP would still differ).
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ExecutionResultJson.WriteValue(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private void Add(string entry)
    {
        lock (_log)
        {
            _log.Add(entry);
        }
    }
}
