using System.Globalization;

namespace IBok.Domain.Cases;

/// <summary>Which side of a case a person is on.</summary>
public enum CaseActorRole
{
    /// <summary>The customer who filed the case (or someone acting for them).</summary>
    Customer,

    /// <summary>A member of the utility's staff.</summary>
    Staff,
}

/// <summary>A person who wrote in a case or changed its status.</summary>
public sealed record CaseActor
{
    private CaseActor(CaseActorRole role, string name) => (Role, Name) = (role, name);

    /// <summary>Customer or staff.</summary>
    public CaseActorRole Role { get; }

    /// <summary>The name shown in the thread, trimmed.</summary>
    public string Name { get; }

    /// <summary>True for staff.</summary>
    public bool IsStaff => Role == CaseActorRole.Staff;

    /// <summary>The customer, by the name shown in the thread.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public static CaseActor Customer(string name) => new(CaseActorRole.Customer, ValidName(name));

    /// <summary>A staff member, by the name shown in the thread.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public static CaseActor Staff(string name) => new(CaseActorRole.Staff, ValidName(name));

    /// <summary><c>Staff: Anna Nowak</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Role}: {Name}");

    private static string ValidName(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A case participant needs a name.", nameof(name)) : name.Trim();
}
