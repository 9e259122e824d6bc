namespace IBok.GraphQL.Persistence.Access;

/// <summary>The roles of iBOK's users (DESIGN.md, "Who uses it").</summary>
public enum ViewerRole
{
    /// <summary>Nobody signed in: only the anonymous features (reading by customer number, case tracking).</summary>
    Anonymous,

    /// <summary>A customer (odbiorca): sees and changes only their own data.</summary>
    Customer,

    /// <summary>Utility staff: cases, readings review, outages, payments, billing.</summary>
    Operator,

    /// <summary>Staff who also manage tariffs, staff accounts and API keys.</summary>
    Admin,

    /// <summary>Another utility system calling with an API key, within the roles the key was given.</summary>
    Integration,
}

/// <summary>
/// Who is asking, for one request. The database context filters every customer-owned table by it, so a
/// resolver cannot forget the check: another customer's rows simply do not exist for this viewer.
/// </summary>
public sealed record Viewer
{
    private Viewer(ViewerRole role, long? customerId, long? accountId, string displayName)
    {
        Role = role;
        CustomerId = customerId;
        AccountId = accountId;
        DisplayName = displayName;
    }

    /// <summary>Nobody signed in.</summary>
    public static Viewer Anonymous { get; } = new(ViewerRole.Anonymous, null, null, "anonymous");

    /// <summary>The system itself (background jobs, migrations, demo data): sees everything.</summary>
    public static Viewer System { get; } = new(ViewerRole.Admin, null, null, "system");

    /// <summary>A signed-in customer.</summary>
    public static Viewer ForCustomer(long customerId, long accountId, string displayName) =>
        new(ViewerRole.Customer, customerId, accountId, displayName);

    /// <summary>A signed-in member of staff or an integration (an API key).</summary>
    public static Viewer ForStaff(ViewerRole role, long accountId, string displayName)
    {
        if (role is ViewerRole.Anonymous or ViewerRole.Customer)
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Staff viewers are operators, admins or integrations.");
        }

        return new Viewer(role, null, accountId, displayName);
    }

    /// <summary>The viewer's role.</summary>
    public ViewerRole Role { get; }

    /// <summary>The customer this viewer is, for <see cref="ViewerRole.Customer"/>; otherwise null.</summary>
    public long? CustomerId { get; }

    /// <summary>The signed-in account or API key (for the audit log); null for anonymous and system.</summary>
    public long? AccountId { get; }

    /// <summary>A name for logs and the audit trail.</summary>
    public string DisplayName { get; }

    /// <summary>Whether the viewer may see every customer's data (staff, integrations, the system).</summary>
    public bool SeesAllCustomers => Role is ViewerRole.Operator or ViewerRole.Admin or ViewerRole.Integration;

    /// <summary>Whether the viewer is utility staff (operator or admin).</summary>
    public bool IsStaff => Role is ViewerRole.Operator or ViewerRole.Admin;
}

/// <summary>
/// Holds the <see cref="Viewer"/> of the current request (scoped service); the transport sets it once after
/// authentication, everything else reads it.
/// </summary>
public sealed class ViewerAccessor
{
    /// <summary>The current viewer; anonymous until the transport authenticates the request.</summary>
    public Viewer Viewer { get; set; } = Viewer.Anonymous;
}
