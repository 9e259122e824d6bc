using IBok.GraphQL.CodeFirst;

namespace IBok.GraphQL.Api.Common;

/// <summary>An amount of money: an exact decimal (a JSON string, never a float) with its currency.</summary>
[GraphQLName("Money")]
public sealed class MoneyValue
{
    private MoneyValue(decimal amount) => Amount = amount;

    /// <summary>The amount with two decimal places, e.g. "163.71"; negative for credits.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code; iBOK settles in Polish złoty, "PLN".</summary>
    public string Currency => "PLN";

    /// <summary>An amount stored as grosze.</summary>
    public static MoneyValue FromGrosze(long grosze) => new((grosze / 100m) + 0.00m);

    /// <summary>An amount of the domain.</summary>
    public static MoneyValue From(IBok.Domain.Money money) => new(money.Amount + 0.00m);
}
