namespace IBok.GraphQL.Persistence.Access;

/// <summary>
/// The customer row itself: its <see cref="Id"/> is the customer id, so <see cref="IBokDbContext"/> filters it
/// by the current <see cref="Viewer"/> the same way as <see cref="ICustomerOwned"/> rows.
/// </summary>
public interface ICustomerRoot
{
    /// <summary>The customer's id.</summary>
    long Id { get; }
}
