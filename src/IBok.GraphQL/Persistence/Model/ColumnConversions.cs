using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IBok.GraphQL.Persistence.Model;

/// <summary>
/// The column conventions of docs/brief-api ("Persistence"), in one place so every configuration applies them the
/// same way: instants are UTC, enums are text, small enum sets are one comma-separated text column.
/// </summary>
internal static class ColumnConversions
{
    // SQLite hands DateTime back with Kind Unspecified and PostgreSQL refuses a non-UTC DateTime for
    // TIMESTAMP WITH TIME ZONE, so every instant is normalised to UTC on the way in and marked UTC on the way out.
    private static readonly ValueConverter<DateTime, DateTime> UtcInstant = new(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtcInstant = new(
        value => value == null ? null : value.Value.Kind == DateTimeKind.Local ? value.Value.ToUniversalTime() : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc),
        value => value == null ? null : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc));

    /// <summary>Maps an instant (UTC) to a column.</summary>
    public static PropertyBuilder<DateTime> IsInstant(this PropertyBuilder<DateTime> property, string column) =>
        property.HasColumnName(column).HasConversion(UtcInstant);

    /// <summary>Maps an optional instant (UTC) to a column.</summary>
    public static PropertyBuilder<DateTime?> IsInstant(this PropertyBuilder<DateTime?> property, string column) =>
        property.HasColumnName(column).HasConversion(NullableUtcInstant);

    /// <summary>Maps an enum to a text column holding the member's name.</summary>
    public static PropertyBuilder<TEnum> IsEnumText<TEnum>(this PropertyBuilder<TEnum> property, string column)
        where TEnum : struct, Enum =>
        property.HasColumnName(column).HasConversion<string>();

    /// <summary>Maps an optional enum to a text column holding the member's name.</summary>
    public static PropertyBuilder<TEnum?> IsEnumText<TEnum>(this PropertyBuilder<TEnum?> property, string column)
        where TEnum : struct, Enum =>
        property.HasColumnName(column).HasConversion<string?>();

    /// <summary>Maps a quantity (m³, GJ) to a NUMERIC(14,3) column.</summary>
    public static PropertyBuilder<decimal> IsQuantity(this PropertyBuilder<decimal> property, string column) =>
        property.HasColumnName(column).HasPrecision(14, 3);

    /// <summary>Maps a net unit price (at most 4 decimals, as IBok.Domain's tariffs allow) to a NUMERIC(12,4) column.</summary>
    public static PropertyBuilder<decimal> IsUnitPrice(this PropertyBuilder<decimal> property, string column) =>
        property.HasColumnName(column).HasPrecision(12, 4);

    /// <summary>Maps an optional net unit price to a NUMERIC(12,4) column.</summary>
    public static PropertyBuilder<decimal?> IsUnitPrice(this PropertyBuilder<decimal?> property, string column) =>
        property.HasColumnName(column).HasPrecision(12, 4);

    /// <summary>Maps a VAT rate or an interest rate in percent to a NUMERIC(5,2) column.</summary>
    public static PropertyBuilder<decimal> IsPercent(this PropertyBuilder<decimal> property, string column) =>
        property.HasColumnName(column).HasPrecision(5, 2);

    /// <summary>
    /// Maps a small set of enum members (a contract's services, a reading's review reasons) to one text column,
    /// names separated by commas in declaration order, e.g. <c>WaterSupply,SewageDisposal</c>; empty text for none.
    /// </summary>
    public static PropertyBuilder<List<TEnum>> IsEnumList<TEnum>(this PropertyBuilder<List<TEnum>> property, string column)
        where TEnum : struct, Enum =>
        property
            .HasColumnName(column)
            .HasConversion(
                new ValueConverter<List<TEnum>, string>(value => JoinEnums(value), text => SplitEnums<TEnum>(text)),
                new ValueComparer<List<TEnum>>(
                    (left, right) => left != null && right != null && left.SequenceEqual(right),
                    value => value.Aggregate(0, (hash, member) => HashCode.Combine(hash, member)),
                    value => value.ToList()));

    /// <summary>The text an enum list is stored as (exposed for raw-SQL tests and imports).</summary>
    public static string JoinEnums<TEnum>(IEnumerable<TEnum> members)
        where TEnum : struct, Enum =>
        string.Join(',', members.Distinct().Order().Select(member => member.ToString()));

    /// <summary>Reads the text an enum list is stored as; unknown names fail loudly naming them.</summary>
    public static List<TEnum> SplitEnums<TEnum>(string text)
        where TEnum : struct, Enum =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<TEnum>(name, ignoreCase: false, out var member) && Enum.IsDefined(member)
                ? member
                : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{name}' is not a {typeof(TEnum).Name}.")))
            .ToList();
}
