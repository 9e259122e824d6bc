using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.GraphQL.Persistence.Model.Metering;
using CaseStatusValue = IBok.Domain.Cases.CaseStatus;
using ReadingStatusValue = IBok.GraphQL.Persistence.Model.Metering.ReadingStatus;

namespace IBok.Web.Portal;

/// <summary>The portal's names for the domain's enumerations, in Polish and English.</summary>
public static class PortalText
{
    /// <summary>A meter's unit as written after numbers: m³ or GJ.</summary>
    public static string Unit(MeterUnit unit) => unit == MeterUnit.Gigajoule ? "GJ" : "m³";

    /// <summary>A meter value with 3 decimals and its unit.</summary>
    public static string Quantity(PortalFormat format, decimal value, MeterUnit unit)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Quantity(value, Unit(unit));
    }

    /// <summary>A reading's status.</summary>
    public static string ReadingStatus(PortalLanguage language, ReadingStatusValue status) => status switch
    {
        ReadingStatusValue.Accepted => language.Text("przyjęty", "accepted"),
        ReadingStatusValue.FlaggedForReview => language.Text("do sprawdzenia", "under review"),
        ReadingStatusValue.Rejected => language.Text("odrzucony", "rejected"),
        _ => status.ToString(),
    };

    /// <summary>A case's status.</summary>
    public static string CaseStatus(PortalLanguage language, CaseStatusValue status) => status switch
    {
        CaseStatusValue.Submitted => language.Text("złożona", "submitted"),
        CaseStatusValue.Registered => language.Text("zarejestrowana", "registered"),
        CaseStatusValue.InProgress => language.Text("w toku", "in progress"),
        CaseStatusValue.WaitingForCustomer => language.Text("czeka na Twoją odpowiedź", "waiting for your answer"),
        CaseStatusValue.Resolved => language.Text("załatwiona", "resolved"),
        CaseStatusValue.Rejected => language.Text("odrzucona", "rejected"),
        _ => status.ToString(),
    };

    /// <summary>A meter's kind.</summary>
    public static string MeterKind(PortalLanguage language, MeterKind kind) => kind switch
    {
        IBok.Domain.Metering.MeterKind.MainWater => language.Text("wodomierz główny", "main water meter"),
        IBok.Domain.Metering.MeterKind.HotWater => language.Text("wodomierz ciepłej wody", "hot water meter"),
        IBok.Domain.Metering.MeterKind.Heat => language.Text("ciepłomierz", "heat meter"),
        IBok.Domain.Metering.MeterKind.Submeter => language.Text("podlicznik (np. ogrodowy)", "submeter (e.g. garden)"),
        _ => kind.ToString(),
    };

    /// <summary>A contracted service.</summary>
    public static string Service(PortalLanguage language, UtilityService service) => service switch
    {
        UtilityService.WaterSupply => language.Text("dostawa wody", "water supply"),
        UtilityService.SewageDisposal => language.Text("odprowadzanie ścieków", "sewage disposal"),
        UtilityService.Heat => language.Text("ciepło", "heat"),
        _ => service.ToString(),
    };

    /// <summary>How often a contract is billed.</summary>
    public static string BillingCycle(PortalLanguage language, BillingCycle cycle) => cycle switch
    {
        IBok.Domain.Customers.BillingCycle.Monthly => language.Text("co miesiąc", "monthly"),
        IBok.Domain.Customers.BillingCycle.BiMonthly => language.Text("co dwa miesiące", "every two months"),
        IBok.Domain.Customers.BillingCycle.Quarterly => language.Text("co kwartał", "quarterly"),
        _ => cycle.ToString(),
    };

    /// <summary>How a contract's meters are read.</summary>
    public static string ReadingMethod(PortalLanguage language, ReadingMethod method) => method switch
    {
        IBok.Domain.Customers.ReadingMethod.Collector => language.Text("inkasent", "meter reader"),
        IBok.Domain.Customers.ReadingMethod.Remote => language.Text("odczyt zdalny", "remote reading"),
        IBok.Domain.Customers.ReadingMethod.SelfReading => language.Text("samodzielny odczyt (e-odczyt)", "self-reading (e-reading)"),
        IBok.Domain.Customers.ReadingMethod.Norm => language.Text("ryczałt (norma zużycia)", "flat rate (consumption norm)"),
        _ => method.ToString(),
    };

    /// <summary>A reading's kind.</summary>
    public static string ReadingKind(PortalLanguage language, ReadingKind kind) => kind switch
    {
        IBok.Domain.Metering.ReadingKind.Collector => language.Text("inkasent", "meter reader"),
        IBok.Domain.Metering.ReadingKind.Customer => language.Text("klient", "customer"),
        IBok.Domain.Metering.ReadingKind.Remote => language.Text("zdalny", "remote"),
        IBok.Domain.Metering.ReadingKind.Estimated => language.Text("szacunek", "estimate"),
        _ => kind.ToString(),
    };
}
