using System.Text;

namespace IBok.GraphQL.Types;

/// <summary>
/// An enum type (spec 3.9 Enums): a closed set of names, each standing for an internal value resolvers use.
/// </summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);

    /// <summary>Defines an enum with <paramref name="values"/> in definition order.</summary>
    public EnumType(string name, IEnumerable<EnumValueDefinition> values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values.ToArray();
        foreach (var value in Values)
        {
            _byName.TryAdd(value.Name, value);
        }
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values { get; }

    /// <summary>
    /// An enum mirroring the CLR enum <typeparamref name="TEnum"/>: each member becomes a value named in
    /// SCREAMING_SNAKE_CASE (<c>MainWater</c> → <c>MAIN_WATER</c>, as HotChocolate names them) whose
    /// internal value is the member.
    /// </summary>
    public static EnumType FromClrEnum<TEnum>(string? name = null, string? description = null)
        where TEnum : struct, Enum =>
        new(
            name ?? typeof(TEnum).Name,
            Enum.GetValues<TEnum>().Select(member => new EnumValueDefinition(ToScreamingSnakeCase(member.ToString()), member)))
        {
            Description = description,
        };

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public EnumValueDefinition? FindValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// Result coercion (spec 3.9 "Result Coercion"): the name of the enum value whose internal value equals
    /// <paramref name="value"/>.
    /// </summary>
    /// <exception cref="ValueCoercionException">No enum value has that internal value.</exception>
    public string Serialize(object value)
    {
        foreach (var candidate in Values)
        {
            if (Equals(candidate.Value, value))
            {
                return candidate.Name;
            }
        }

        throw new ValueCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>
    /// Input coercion from a variable value (spec 3.9 "Input Coercion"): a string naming a value gives that
    /// value's internal value.
    /// </summary>
    /// <exception cref="ValueCoercionException">Not a string, or no such value (with graphql-js's suggestions).</exception>
    public object? ParseValue(object value)
    {
        if (value is not string text)
        {
            var shown = ValueInspector.Inspect(value);
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-string value: {shown}." + DidYouMeanValue(shown));
        }

        return FindValue(text) is { } found
            ? found.Value
            : throw new ValueCoercionException($"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(text));
    }

    private string DidYouMeanValue(string unknown) =>
        SuggestionList.DidYouMean(SuggestionList.For(unknown, Values.Select(v => v.Name)), "the enum value");

    private static string ToScreamingSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
