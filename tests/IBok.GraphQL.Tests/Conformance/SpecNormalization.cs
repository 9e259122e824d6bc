using System.Text.Json.Nodes;

namespace IBok.GraphQL.Tests.Conformance;

/// <summary>
/// Takes out of graphql-js 16.15's expected introspection data what graphql-js adds beyond the September 2025 spec,
/// so those cases compare our engine with the spec in full instead of being excused whole:
/// <list type="bullet">
/// <item>its experimental directive deprecation: <c>__Directive.isDeprecated</c> and <c>deprecationReason</c>
/// (the spec's <c>__Directive</c>, section 4.2, has five fields), <c>__Schema.directives(includeDeprecated:)</c>
/// (no arguments in the spec), the <c>DIRECTIVE_DEFINITION</c> value of
/// <c>__DirectiveLocation</c> (the spec has nineteen) and among <c>@deprecated</c>'s locations (the spec lists four,
/// section 3.13);</item>
/// <item><c>@deprecated(reason:)</c> typed <c>String</c> where the spec says <c>String!</c>.</item>
/// </list>
/// </summary>
internal static class SpecNormalization
{
    public static ConformanceOutcome Apply(ConformanceOutcome expected)
    {
        if (expected.Data?["__schema"] is not JsonObject schema)
        {
            return expected;
        }

        var data = expected.Data.DeepClone();
        schema = (JsonObject)data["__schema"]!;
        if (schema["types"] is JsonArray types)
        {
            foreach (var location in types.OfType<JsonObject>().Where(t => (string?)t["name"] == "__DirectiveLocation"))
            {
                if (location["enumValues"] is JsonArray values)
                {
                    foreach (var extra in values.OfType<JsonObject>().Where(v => (string?)v["name"] == "DIRECTIVE_DEFINITION").ToArray())
                    {
                        values.Remove(extra);
                    }
                }
            }

            foreach (var directivesField in types.OfType<JsonObject>()
                .Where(t => (string?)t["name"] == "__Schema")
                .SelectMany(t => (t["fields"] as JsonArray ?? []).OfType<JsonObject>())
                .Where(f => (string?)f["name"] == "directives"))
            {
                directivesField["args"] = new JsonArray();
            }

            foreach (var type in types.OfType<JsonObject>().Where(t => (string?)t["name"] == "__Directive"))
            {
                if (type["fields"] is JsonArray fields)
                {
                    foreach (var extra in fields.OfType<JsonObject>().Where(f => (string?)f["name"] is "isDeprecated" or "deprecationReason").ToArray())
                    {
                        fields.Remove(extra);
                    }
                }
            }
        }

        if (schema["directives"] is JsonArray directives)
        {
            foreach (var deprecated in directives.OfType<JsonObject>().Where(d => (string?)d["name"] == "deprecated"))
            {
                if (deprecated["locations"] is JsonArray locations)
                {
                    foreach (var extra in locations.Where(l => (string?)l == "DIRECTIVE_DEFINITION").ToArray())
                    {
                        locations.Remove(extra);
                    }
                }

                foreach (var reason in (deprecated["args"] as JsonArray ?? []).OfType<JsonObject>().Where(a => (string?)a["name"] == "reason"))
                {
                    if (reason["type"] is JsonObject { } type && (string?)type["kind"] == "SCALAR")
                    {
                        // Nested type references list their keys in the introspection query's order: name, kind, ofType.
                        var scalar = new JsonObject { ["name"] = type["name"]?.DeepClone(), ["kind"] = "SCALAR", ["ofType"] = null };
                        reason["type"] = new JsonObject { ["kind"] = "NON_NULL", ["name"] = null, ["ofType"] = scalar };
                    }
                }
            }
        }

        return expected with { Data = data };
    }
}
