namespace IBok.GraphQL.Persistence.Access;

/// <summary>
/// A row that belongs to one customer. <see cref="IBokDbContext"/> gives every entity type implementing it a
/// query filter by the current <see cref="Viewer"/>: this is the one place where "a customer sees only their own
/// data" is enforced.
/// </summary>
public interface ICustomerOwned
{
    /// <summary>The owning customer's id.</summary>
    long CustomerId { get; }
}
