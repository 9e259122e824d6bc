// Consumes IBok.Domain from the nuget/ folder as a package and checks one invoice's total.
// Run by test.sh after `dotnet pack`; exits non-zero when the figure is wrong.
using IBok.Domain;

var breakdown = VatBreakdown.Compute([
    (VatRate.Reduced8, Money.Pln(12.34m * 10m)),
    (VatRate.Reduced8, Money.Pln(15.20m)),
]);
var expected = Money.Pln(149.69m); // (123.40 + 15.20) net = 138.60, VAT 8% = 11.09, gross 149.69

Console.WriteLine($"IBok.Domain package consumer: invoice gross {breakdown.Gross} (expected {expected})");
return breakdown.Gross == expected ? 0 : 1;
