namespace IBok.Domain.Billing;

/// <summary>Identifies one billing of one contract: billing the same key twice must yield the same invoice, so a
/// billing run interrupted at any point can be run again (DESIGN.md, "Non-negotiables").</summary>
/// <param name="ContractNumber">The contract number.</param>
/// <param name="Period">The billing period.</param>
public readonly record struct BillingKey(string ContractNumber, DatePeriod Period)
{
    /// <summary><c>UM/2026/001:2026-01-01..2026-02-28</c>.</summary>
    public override string ToString() => ContractNumber + ":" + Period;
}
